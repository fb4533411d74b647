package com.dossier.supervision;

import java.util.List;
import java.util.Locale;

import com.dossier.handbook.QualificationCase;
import com.dossier.handbook.RejectionReasons;
import com.dossier.shared.DossierException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * 动态监管提示 and 自检 for the signed-in enterprise, computed from its data on each call and put
 * in the reader's language. Other enterprises' data is never read: the enterprise is
 * always the caller's own.
 */
@Service
class SupervisionService {

	/** A tip or a self-check line as pages and the API show it. */
	record Shown(String code, String severity, String section, Long recordId, String message, String link) {
	}

	private final StateReader reader;

	private final MessageSource messages;

	private final RejectionReasons reasons;

	SupervisionService(StateReader reader, MessageSource messages, RejectionReasons reasons) {
		this.reader = reader;
		this.messages = messages;
		this.reasons = reasons;
	}

	List<Tip> tips(CurrentUser user) {
		return TipRules.of(reader.read(user));
	}

	List<Shown> shownTips(CurrentUser user, Locale locale) {
		return tips(user).stream()
			.map(t -> new Shown(t.code(), t.severity().name(), t.section(), t.recordId(),
					text(t.messageKey(), t.args(), t.reason(), locale), t.link()))
			.toList();
	}

	/**
	 * The cases the enterprise can check (the foreign ones for a foreign-invested one).
	 */
	List<QualificationCase> cases(CurrentUser user) {
		return QualificationCase.of(reader.foreignInvested(user));
	}

	SelfCheck.Result check(CurrentUser user, QualificationCase c) {
		EnterpriseState state = reader.read(user);
		if (c.foreign() != state.foreignInvested()) {
			throw new DossierException(HttpStatus.UNPROCESSABLE_CONTENT, "self_check.case_not_applicable", c.name());
		}
		return SelfCheck.of(state, c);
	}

	/**
	 * The case named by a request: absent means the enterprise's first case; an unknown
	 * name is refused.
	 */
	QualificationCase parseCase(CurrentUser user, String name) {
		if (name == null || name.isBlank()) {
			return cases(user).get(0);
		}
		try {
			return QualificationCase.valueOf(name.strip());
		}
		catch (IllegalArgumentException e) {
			throw new DossierException(HttpStatus.BAD_REQUEST, "self_check.case_unknown", name.strip());
		}
	}

	/** The self-check's items as lines in {@code locale}. */
	List<SupervisionViews.Line> lines(SelfCheck.Result result, Locale locale) {
		return result.items()
			.stream()
			.map(i -> new SupervisionViews.Line(i.requirement(), i.status().name(), i.section(),
					text(i.messageKey(), i.args(), i.reason(), locale), i.link()))
			.toList();
	}

	String text(String key, Object[] args, String reason, Locale locale) {
		Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = reason == null ? "—" : reasons.shown(reason);
		return messages.getMessage(key, all, key, locale);
	}

}
