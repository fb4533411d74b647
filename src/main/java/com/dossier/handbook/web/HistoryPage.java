package com.dossier.handbook.web;

import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordAttachments;
import com.dossier.handbook.RecordVersion;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.security.PersonNames;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A record's versions (who — the person's name, when, level, status, why) and a
 * field-by-field comparison of any two of them.
 */
@Controller
@Secured("ROLE_ENTERPRISE")
class HistoryPage {

	private final HandbookService handbook;

	private final SectionTexts texts;

	private final ObjectProvider<RecordAttachments> attachments;

	/** Absent where the account module is not part of the application (module tests). */
	private final ObjectProvider<PersonNames> people;

	HistoryPage(HandbookService handbook, SectionTexts texts, ObjectProvider<RecordAttachments> attachments,
			ObjectProvider<PersonNames> people) {
		this.people = people;
		this.handbook = handbook;
		this.texts = texts;
		this.attachments = attachments;
	}

	/**
	 * Compares versions {@code a} and {@code b}; by default the two latest. Deleted
	 * records keep their history.
	 */
	@GetMapping("/handbook/records/{id}/history")
	String history(@PathVariable long id, @RequestParam(required = false) Integer a,
			@RequestParam(required = false) Integer b, Model model) {
		long enterprise = HandbookPages.enterprise();
		HandbookRecord record = handbook.own(enterprise, id);
		SectionDefinition section = handbook.definition(record);
		List<RecordVersion> versions = handbook.history(enterprise, id);
		RecordVersion right = pick(versions, b, versions.size() - 1);
		RecordVersion left = pick(versions, a, Math.max(0, versions.indexOf(right) - 1));
		PersonNames directory = people.getIfAvailable();
		Map<String, String> names = directory == null ? Map.of()
				: directory.labels(versions.stream().map(RecordVersion::actor).toList());
		model.addAttribute("view", HistoryView.of(record, section, versions,
				VersionComparison.of(section, texts, left, right), texts, names));
		RecordAttachments files = attachments.getIfAvailable();
		model.addAttribute("attachmentChanges", files == null ? List.of() : files.changes(id));
		HandbookMenu.activate(model, section.code());
		return "handbook/history";
	}

	private static RecordVersion pick(List<RecordVersion> versions, Integer number, int fallbackIndex) {
		return versions.stream()
			.filter(v -> number != null && v.version() == number)
			.findFirst()
			.orElse(versions.get(fallbackIndex));
	}

}
