package com.dossier.handbook.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.ImportCounts;
import com.dossier.handbook.RecordAttachments;
import com.dossier.handbook.SectionCatalog;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API v1 of the handbook (DESIGN §9). Every record call is scoped to the caller's
 * enterprise.
 */
@RestController
@RequestMapping("/api/v1")
class HandbookApi {

	/**
	 * A write: the record's data and, for an update, the version the client last read.
	 */
	record RecordRequest(Map<String, Object> data, Integer version) {
	}

	private final HandbookService handbook;

	private final SectionCatalog catalog;

	private final SectionTexts texts;

	private final ObjectProvider<RecordAttachments> attachments;

	HandbookApi(HandbookService handbook, SectionCatalog catalog, SectionTexts texts,
			ObjectProvider<RecordAttachments> attachments) {
		this.handbook = handbook;
		this.catalog = catalog;
		this.texts = texts;
		this.attachments = attachments;
	}

	/** The definitions, for any signed-in user (clerks read records with them too). */
	@GetMapping("/sections")
	List<DefinitionJson.SectionView> sections() {
		return catalog.all().stream().map(d -> DefinitionJson.of(d, texts)).toList();
	}

	@GetMapping("/sections/{code}")
	DefinitionJson.SectionView section(@PathVariable String code) {
		return DefinitionJson.of(
				catalog.find(code).orElseThrow(() -> new com.dossier.shared.NotFoundException("section.not_found")),
				texts);
	}

	@Secured("ROLE_ENTERPRISE")
	@GetMapping("/sections/{code}/records")
	RecordJson.PageView records(@PathVariable String code, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		long enterprise = enterprise();
		SectionDefinition section = handbook.section(enterprise, code);
		Page<HandbookRecord> p = handbook.page(enterprise, code, Page.number(page), Page.size(size, 20));
		Map<Long, List<RecordAttachments.Attached>> files = attached(p.items());
		return new RecordJson.PageView(
				p.items().stream().map(r -> RecordJson.of(section, r, files.getOrDefault(r.id(), List.of()))).toList(),
				p.page(), p.size(), p.totalItems(), p.totalPages());
	}

	@Secured("ROLE_ENTERPRISE")
	@PostMapping("/sections/{code}/records")
	ResponseEntity<RecordJson.RecordView> create(@PathVariable String code, @RequestBody RecordRequest request) {
		HandbookRecord record = handbook.create(enterprise(), code, request.data());
		return ResponseEntity.created(URI.create("/api/v1/records/" + record.id())).body(view(record));
	}

	@Secured("ROLE_ENTERPRISE")
	@GetMapping("/records/{id}")
	RecordJson.RecordView record(@PathVariable long id) {
		return view(handbook.get(enterprise(), id));
	}

	@Secured("ROLE_ENTERPRISE")
	@PutMapping("/records/{id}")
	RecordJson.RecordView update(@PathVariable long id, @RequestBody RecordRequest request) {
		long enterprise = enterprise();
		if (request.version() == null) {
			new FieldErrors().reject("version", "field.required").throwIfAny();
		}
		return view(handbook.update(enterprise, id, request.version(), request.data()));
	}

	@Secured("ROLE_ENTERPRISE")
	@DeleteMapping("/records/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
		handbook.delete(enterprise(), id, version);
		return ResponseEntity.noContent().build();
	}

	@Secured("ROLE_ENTERPRISE")
	@GetMapping("/records/{id}/history")
	List<RecordJson.VersionView> history(@PathVariable long id) {
		long enterprise = enterprise();
		SectionDefinition section = handbook.definition(handbook.own(enterprise, id));
		return handbook.history(enterprise, id).stream().map(v -> RecordJson.of(section, v)).toList();
	}

	/** 变更: 201 with a new D draft, or 200 with the draft already open for this record. */
	@Secured("ROLE_ENTERPRISE")
	@PostMapping("/records/{id}/revision")
	ResponseEntity<RecordJson.RecordView> revision(@PathVariable long id) {
		HandbookService.Revision revision = handbook.openRevision(enterprise(), id);
		RecordJson.RecordView body = view(revision.draft());
		return revision.created()
				? ResponseEntity.created(URI.create("/api/v1/records/" + revision.draft().id())).body(body)
				: ResponseEntity.ok(body);
	}

	@Secured("ROLE_ENTERPRISE")
	@GetMapping("/sections/{code}/export")
	ResponseEntity<byte[]> export(@PathVariable String code) {
		return ExcelDownload.of(handbook, enterprise(), code);
	}

	@Secured("ROLE_ENTERPRISE")
	@PostMapping("/sections/{code}/import")
	ImportCounts importExcel(@PathVariable String code, @RequestPart("file") MultipartFile file) throws IOException {
		return handbook.importExcel(enterprise(), code, file.getInputStream(), file.getSize());
	}

	private RecordJson.RecordView view(HandbookRecord record) {
		return RecordJson.of(handbook.definition(record), record, attached(record));
	}

	private List<RecordAttachments.Attached> attached(HandbookRecord record) {
		RecordAttachments source = attachments.getIfAvailable();
		return source == null ? List.of() : source.of(record.id());
	}

	private Map<Long, List<RecordAttachments.Attached>> attached(List<HandbookRecord> records) {
		RecordAttachments source = attachments.getIfAvailable();
		return source == null || records.isEmpty() ? Map.of()
				: source.of(records.stream().map(HandbookRecord::id).toList());
	}

	private static long enterprise() {
		return CurrentUser.require().requireEnterpriseId();
	}

}
