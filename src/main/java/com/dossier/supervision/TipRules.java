package com.dossier.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.QualificationCase;
import com.dossier.handbook.RecordStatus;
import com.dossier.handbook.SectionDefinition;
import com.dossier.qualification.QualificationApplication;
import com.dossier.registry.RegistryViews.LicenceView;
import com.dossier.registry.RegistryViews.PersonView;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules of 动态监管提示 (docs/supervision.md), over one {@link EnterpriseState}: every tip
 * that holds, the most serious first. A section counts as required when every case the
 * enterprise can apply under needs it; what one case needs beyond that is the
 * self-check's.
 */
final class TipRules {

	private TipRules() {
	}

	static List<Tip> of(EnterpriseState state) {
		List<Tip> tips = new ArrayList<>();
		List<QualificationCase> cases = QualificationCase.of(state.foreignInvested());
		for (Map.Entry<SectionDefinition, List<HandbookRecord>> e : state.records().entrySet()) {
			section(state, e.getKey(), e.getValue(), cases, tips);
		}
		for (LicenceView l : state.licences()) {
			if ("EXPIRED".equals(l.expiry()) || "EXPIRING".equals(l.expiry())) {
				boolean expired = "EXPIRED".equals(l.expiry());
				tips.add(new Tip(expired ? "licence.expired" : "licence.expiring",
						expired ? Severity.ERROR : Severity.WARNING, null, null, "/handbook/safety-licences",
						new Object[] { l.number(), l.validUntil(), l.daysLeft() }, null));
			}
		}
		for (PersonView p : state.expiringPersonnel()) {
			tips.add(new Tip("personnel.expiring", Severity.WARNING, null, null, "/handbook/personnel/" + p.id(),
					new Object[] { p.name(), p.registrationType(), p.validUntil() }, null));
		}
		for (QualificationApplication a : state.returned()) {
			tips.add(new Tip("qualification.returned", Severity.WARNING, null, null,
					"/handbook/qualification/" + a.number(), new Object[] { a.number() }, a.reason()));
		}
		tips.sort(Comparator.comparing(Tip::severity));
		return tips;
	}

	private static void section(EnterpriseState state, SectionDefinition section, List<HandbookRecord> records,
			List<QualificationCase> cases, List<Tip> tips) {
		Object name = name(section);
		boolean required = cases.stream().allMatch(section::requiredFor);
		if (required && section.yearly().isPresent()) {
			var yearly = section.yearly().get();
			if (records.stream().noneMatch(r -> yearly.counts(r.data(), state.lastYear()))) {
				tips.add(new Tip(section.code().replace('-', '_') + ".missing_year", Severity.ERROR, section.code(),
						null, sectionLink(section), new Object[] { name, String.valueOf(state.lastYear()) }, null));
			}
		}
		else if (required && records.stream().noneMatch(EnterpriseState::inForce)) {
			tips.add(new Tip("section.missing", Severity.ERROR, section.code(), null, sectionLink(section),
					new Object[] { name }, null));
		}
		for (HandbookRecord r : records) {
			String label = RecordLabel.of(section, r);
			String edit = "/handbook/records/" + r.id() + "/edit";
			if (r.status() == RecordStatus.REJECTED) {
				tips.add(new Tip("record.failed", Severity.ERROR, section.code(), r.id(), edit,
						new Object[] { name, label }, r.rejectionReason()));
			}
			for (AttachmentKind kind : state.missingScans(section, r)) {
				tips.add(new Tip("attachment.missing", Severity.WARNING, section.code(), r.id(), edit,
						new Object[] { name, label, resolvable(kind.labelKey()) }, null));
			}
			if (r.status() == RecordStatus.DRAFT && state.missingScans(section, r).isEmpty()) {
				tips.add(new Tip("record.draft", Severity.INFO, section.code(), r.id(), "/handbook/verification",
						new Object[] { name, label }, null));
			}
		}
	}

	static Object name(SectionDefinition section) {
		return resolvable(section.nameKey());
	}

	static String sectionLink(SectionDefinition section) {
		return "/handbook/sections/" + section.code();
	}

	private static DefaultMessageSourceResolvable resolvable(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

}
