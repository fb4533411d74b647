package com.dossier.handbook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.LevelADuplicates;
import com.dossier.handbook.RecordAttachments;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.ConflictException;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信息自助变更: the section index, each section's page (legend, paged table or the one record),
 * and the record form. Every write redirects back with a flash message; a refused form is
 * shown again with the message beside each field.
 */
@Controller
@RequestMapping("/handbook")
@Secured("ROLE_ENTERPRISE")
class HandbookPages {

	static final int PAGE_SIZE = 10;

	/**
	 * The flash attribute naming the draft's revision note after 变更 (created, or the open
	 * one again).
	 */
	private static final String REVISION_NOTE = "revisionNote";

	private final HandbookService handbook;

	private final SectionTexts texts;

	private final RecordLifecycle lifecycle;

	private final ObjectProvider<RecordAttachments> attachments;

	private final LevelADuplicates duplicates;

	HandbookPages(HandbookService handbook, SectionTexts texts, RecordLifecycle lifecycle,
			ObjectProvider<RecordAttachments> attachments, LevelADuplicates duplicates) {
		this.duplicates = duplicates;
		this.handbook = handbook;
		this.texts = texts;
		this.lifecycle = lifecycle;
		this.attachments = attachments;
	}

	@GetMapping("/sections")
	String index(Model model) {
		long enterprise = enterprise();
		model.addAttribute("index", SectionIndex.of(handbook.sections(enterprise), texts));
		HandbookMenu.activate(model, null);
		return "handbook/index";
	}

	@GetMapping("/sections/{code}")
	String section(@PathVariable String code, @RequestParam(required = false) Integer page, Model model,
			HttpServletRequest request) {
		long enterprise = enterprise();
		SectionDefinition section = handbook.section(enterprise, code);
		Page<HandbookRecord> records = handbook.page(enterprise, code, Page.number(page), PAGE_SIZE);
		if (records.items().isEmpty() && records.page() > 0) {
			return "redirect:/handbook/sections/" + code + "?page=" + records.lastPage();
		}
		// One query for the page's open revisions, not two per B or C row.
		Map<Long, Long> revisions = handbook.openRevisionsOf(enterprise,
				records.items().stream().filter(r -> r.level().revisable()).map(HandbookRecord::id).toList());
		model.addAttribute("records", records);
		model.addAttribute("view", SectionView.of(section, records, revisions, texts, request.getContextPath()));
		model.addAttribute("duplicates",
				duplicates.of(enterprise, section)
					.stream()
					.map(d -> texts.message("handbook.duplicate_of_a", new Object[] { d.name(), d.idNumber() }))
					.toList());
		HandbookMenu.activate(model, code);
		return "handbook/section";
	}

	@GetMapping("/sections/{code}/new")
	String newRecord(@PathVariable String code, Model model) {
		long enterprise = enterprise();
		SectionDefinition section = handbook.section(enterprise, code);
		return form(model, section, null, RecordForm.empty(section));
	}

	@PostMapping("/sections/{code}/records")
	String create(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes flash) {
		long enterprise = enterprise();
		SectionDefinition section = handbook.section(enterprise, code);
		RecordForm form = RecordForm.posted(section, params);
		try {
			HandbookRecord record = handbook.create(enterprise, code, form.values());
			flash.addFlashAttribute("flashSuccess", texts.text("handbook.flash.created"));
			return "redirect:/handbook/records/" + record.id() + "/edit";
		}
		catch (InvalidInputException e) {
			return form(model, section, null, form.withErrors(e, this::message));
		}
	}

	@GetMapping("/records/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		long enterprise = enterprise();
		HandbookRecord record = handbook.get(enterprise, id);
		return form(model, handbook.section(enterprise, record.section()), record, RecordForm.of(record));
	}

	@PostMapping("/records/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		long enterprise = enterprise();
		HandbookRecord record = handbook.get(enterprise, id);
		SectionDefinition section = handbook.section(enterprise, record.section());
		RecordForm form = RecordForm.posted(section, params);
		try {
			handbook.update(enterprise, id, form.version() == null ? -1 : form.version(), form.values());
			flash.addFlashAttribute("flashSuccess", texts.text("handbook.flash.saved"));
			return "redirect:/handbook/records/" + id + "/edit";
		}
		catch (InvalidInputException e) {
			return form(model, section, record, form.withErrors(e, this::message));
		}
		catch (ConflictException e) {
			if (!SaveConflict.VERSION.equals(e.code()) || !record.editable()) {
				throw e;
			}
			// Saved in another tab or by a colleague meanwhile: keep what was typed, say
			// what they saved, and let a
			// second 保存 overwrite it knowingly (the form now carries their version). 409,
			// but the page is the form.
			HandbookRecord now = handbook.get(enterprise, id);
			SaveConflict conflict = SaveConflict.of(section, form, now, handbook.history(enterprise, id));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			List<FormPage.Note> notes = new ArrayList<>();
			notes.add(new FormPage.Note("conflict", "error", texts.message("handbook.conflict.note",
					new Object[] { String.valueOf(now.version()), now.updatedBy() == null ? "" : now.updatedBy() })));
			return form(model, section, now, form.withVersion(now.version()), notes, conflict.theirs());
		}
	}

	@PostMapping("/records/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes flash) {
		long enterprise = enterprise();
		HandbookRecord record = handbook.get(enterprise, id);
		handbook.delete(enterprise, id, version);
		flash.addFlashAttribute("flashSuccess", texts.text("handbook.flash.deleted"));
		return "redirect:/handbook/sections/" + record.section();
	}

	@PostMapping("/records/{id}/revision")
	String revision(@PathVariable long id, RedirectAttributes flash) {
		HandbookService.Revision revision = handbook.openRevision(enterprise(), id);
		// One message on the draft's page, its revision note, worded for what just
		// happened (issue 14 #16).
		flash.addFlashAttribute(REVISION_NOTE,
				revision.created() ? "handbook.revision.created" : "handbook.revision.reopened");
		return "redirect:/handbook/records/" + revision.draft().id() + "/edit";
	}

	private String form(Model model, SectionDefinition section, HandbookRecord record, RecordForm form) {
		return form(model, section, record, form, new ArrayList<>(), Map.of());
	}

	private String form(Model model, SectionDefinition section, HandbookRecord record, RecordForm form,
			List<FormPage.Note> notes, Map<String, String> theirs) {
		String revisionKey = model.getAttribute(REVISION_NOTE) instanceof String key ? key : "handbook.revision.of";
		FormPage.recordNotes(record, revisionKey, notes, texts);
		if (!form.errors().isEmpty()) {
			notes.add(new FormPage.Note("form-errors", "error", texts.text("error.validation.failed")));
		}
		RecordAttachments source = attachments.getIfAvailable();
		List<RecordAttachments.Attached> attached = record == null || source == null ? List.of()
				: source.of(record.id());
		AttachmentPanel panel = AttachmentPanel.of(section, record, record == null || record.editable(), attached,
				record == null ? List.of() : lifecycle.missing(record), texts);
		model.addAttribute("page", FormPage.of(section, record, form, notes, theirs, panel, texts));
		HandbookMenu.activate(model, section.code());
		return "handbook/form";
	}

	private String message(String code, Object[] args) {
		return texts.message(code, args);
	}

	static long enterprise() {
		return CurrentUser.require().requireEnterpriseId();
	}

}
