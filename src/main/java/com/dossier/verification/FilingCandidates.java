package com.dossier.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.Level;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.handbook.RecordStatus;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.Page;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 提交原件校对 page's list: every D record of the enterprise, each either pickable or with
 * the reasons it is not (already in an application, or something still missing such as a
 * required scan).
 */
@Component
public class FilingCandidates {

	/** A D record and, when it cannot be filed, why not (already translated). */
	public record Candidate(SectionDefinition section, HandbookRecord record, List<String> reasons) {

		public boolean pickable() {
			return reasons.isEmpty();
		}
	}

	private static final int PAGE = 100;

	private final HandbookService handbook;

	private final RecordLifecycle lifecycle;

	private final ApplicationRepository applications;

	private final SectionTexts texts;

	FilingCandidates(HandbookService handbook, RecordLifecycle lifecycle, ApplicationRepository applications,
			SectionTexts texts) {
		this.handbook = handbook;
		this.lifecycle = lifecycle;
		this.applications = applications;
		this.texts = texts;
	}

	@Transactional(readOnly = true)
	public List<Candidate> of(long enterpriseId) {
		List<Candidate> result = new ArrayList<>();
		for (SectionDefinition section : handbook.sections(enterpriseId)) {
			List<HandbookRecord> records = new ArrayList<>();
			Page<HandbookRecord> page;
			int n = 0;
			do {
				page = handbook.page(enterpriseId, section.code(), n++, PAGE);
				page.items().stream().filter(r -> r.level() == Level.D).forEach(records::add);
			}
			while (page.hasNext());
			Map<Long, String> filedIn = applications
				.openApplicationsOf(records.stream().map(HandbookRecord::id).toList());
			for (HandbookRecord r : records) {
				result.add(new Candidate(section, r, reasons(r, filedIn.get(r.id()))));
			}
		}
		return result;
	}

	private List<String> reasons(HandbookRecord r, String application) {
		if (r.status() == RecordStatus.PENDING) {
			return List.of(texts.message("verification.filing.pending", new Object[] { application }));
		}
		return lifecycle.missing(r).stream().map(m -> texts.message(m.messageKey(), m.args())).toList();
	}

}
