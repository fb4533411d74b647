package com.dossier.print;

import java.util.List;

import com.dossier.audit.AuditEvent;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.SectionDefinition;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.print.Papers;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints the signed-in enterprise's own handbook (nobody else's: the enterprise comes
 * from the account, never the request). Each copy, page or PDF, gets a number, is
 * recorded with its digest and is audited, so its QR code can be checked later.
 */
@Service
@Transactional
public class HandbookPrints {

	static final String AUDIT_ACTION = "handbook.print";

	private final HandbookContent content;

	private final PrintStore store;

	private final EnterpriseService enterprises;

	private final Papers papers;

	private final AdministrationTime time;

	private final ApplicationEventPublisher events;

	HandbookPrints(HandbookContent content, PrintStore store, EnterpriseService enterprises, Papers papers,
			AdministrationTime time, ApplicationEventPublisher events) {
		this.content = content;
		this.store = store;
		this.enterprises = enterprises;
		this.papers = papers;
		this.time = time;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<SectionDefinition> sections(CurrentUser user) {
		user.require(Permission.PRINT);
		return content.chosen(user.requireEnterpriseId(), List.of());
	}

	public HandbookPaper print(CurrentUser user, List<String> codes, String format) {
		user.require(Permission.PRINT);
		long enterpriseId = user.requireEnterpriseId();
		List<SectionDefinition> sections = content.chosen(enterpriseId, codes);
		HandbookContent.Content c = content.of(enterpriseId, sections);
		List<String> chosen = sections.stream().map(SectionDefinition::code).toList();
		int count = c.sections().stream().mapToInt(s -> s.rows().size()).sum();
		String number = store.insert(enterpriseId, chosen, c.digest(), count, user.username(), time.now());
		events.publishEvent(AuditEvent.of(AUDIT_ACTION, "handbook-print:" + number,
				format + " " + String.join(",", chosen) + " (" + count + ") " + c.digest()));
		Enterprise e = enterprises.get(enterpriseId);
		return new HandbookPaper(number, e.name(), e.creditCode(), time.today(), papers.seal(number, c.digest()),
				c.sections(), codes.isEmpty() ? List.of() : chosen);
	}

}
