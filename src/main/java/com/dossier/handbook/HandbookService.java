package com.dossier.handbook;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dossier.shared.AdministrationTime;
import com.dossier.shared.ConflictException;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Permission;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an enterprise operator does with its sections: list, create, edit, delete, open a
 * revision, read history. Every call names the operator's enterprise; a record of another
 * enterprise is "not found", never "forbidden". Changes need {@link Permission#EDIT}.
 * <p>
 * Each change is one transaction. A page's reads have none of their own: each is one
 * statement at READ COMMITTED, which a transaction would only wrap in BEGIN and COMMIT,
 * two more round trips a page (issue 20); inside a caller's transaction they join it.
 * They carry no annotation at all rather than {@code SUPPORTS}: that still made an empty
 * transaction per call, 7% of the list page's time in the benchmark (JFR, 2026-12-03) for
 * five calls that changed nothing.
 */
@Service
public class HandbookService {

	/** A revision draft and whether this call opened it (false: it was already open). */
	public record Revision(HandbookRecord draft, boolean created) {
	}

	private final SectionCatalog catalog;

	private final EnterpriseProfile enterprises;

	private final RecordStore store;

	private final RecordWriter writer;

	private final ExcelExchange excel;

	private final ExcelImport excelImport;

	private final AdministrationTime time;

	HandbookService(SectionCatalog catalog, EnterpriseProfile enterprises, RecordStore store, RecordWriter writer,
			ExcelExchange excel, ExcelImport excelImport, AdministrationTime time) {
		this.excelImport = excelImport;
		this.time = time;
		this.catalog = catalog;
		this.enterprises = enterprises;
		this.store = store;
		this.writer = writer;
		this.excel = excel;
	}

	public List<SectionDefinition> sections(long enterpriseId) {
		return catalog.visibleTo(enterprises.foreignInvested(enterpriseId));
	}

	public SectionDefinition section(long enterpriseId, String code) {
		return catalog.require(code, enterprises.foreignInvested(enterpriseId));
	}

	public Page<HandbookRecord> page(long enterpriseId, String sectionCode, int page, int size) {
		SectionDefinition section = section(enterpriseId, sectionCode);
		return store.page(enterpriseId, section.code(), page, size);
	}

	public HandbookRecord get(long enterpriseId, long id) {
		HandbookRecord record = own(enterpriseId, id);
		if (record.deleted()) {
			throw new NotFoundException("record.not_found");
		}
		return record;
	}

	@Transactional
	public HandbookRecord create(long enterpriseId, String sectionCode, Map<String, ?> input) {
		CurrentUser.check(Permission.EDIT);
		SectionDefinition section = section(enterpriseId, sectionCode);
		Map<String, String> data = FieldRules.check(section, input, time.today());
		if (!section.many() && store.count(enterpriseId, section.code()) > 0) {
			throw new ConflictException("record.exists");
		}
		return writer.create(enterpriseId, section.code(), Level.D, RecordStatus.DRAFT, data, null, ChangeKind.CREATED);
	}

	@Transactional
	public HandbookRecord update(long enterpriseId, long id, int version, Map<String, ?> input) {
		CurrentUser.check(Permission.EDIT);
		HandbookRecord record = get(enterpriseId, id);
		record.requireEditable();
		record.requireVersion(version);
		Map<String, String> data = FieldRules.check(definition(record), input, time.today());
		return writer.save(record.edited(data), ChangeKind.UPDATED);
	}

	/**
	 * Deleted records leave the pages but stay in the history. {@code version} is checked
	 * when given.
	 */
	@Transactional
	public void delete(long enterpriseId, long id, Integer version) {
		CurrentUser.check(Permission.EDIT);
		HandbookRecord record = get(enterpriseId, id);
		HandbookRecord removed = record.removed();
		if (version != null) {
			record.requireVersion(version);
		}
		writer.save(removed, ChangeKind.DELETED);
	}

	/**
	 * 变更 of a B or C record: a D draft with the same data, linked to it. The original
	 * stays in force until the draft passes verification. One open revision per record:
	 * asking again (a double click, two tabs) returns the open one. The original's row
	 * lock makes concurrent requests take turns; the database's unique
	 * {@code open_revision_of} is the guarantee behind it.
	 */
	@Transactional
	public Revision openRevision(long enterpriseId, long id) {
		CurrentUser.check(Permission.EDIT);
		HandbookRecord original = store.lock(id)
			.filter(r -> r.enterpriseId() == enterpriseId && !r.deleted())
			.orElseThrow(() -> new NotFoundException("record.not_found"));
		original.requireRevisable();
		Optional<HandbookRecord> open = store.openRevisionOf(original.id());
		if (open.isPresent()) {
			return new Revision(open.get(), false);
		}
		try {
			return new Revision(writer.create(enterpriseId, original.section(), Level.D, RecordStatus.DRAFT,
					original.data(), original.id(), ChangeKind.REVISION_OPENED), true);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("record.revision_open");
		}
	}

	public Optional<HandbookRecord> openRevisionOf(long enterpriseId, long id) {
		return store.openRevisionOf(get(enterpriseId, id).id());
	}

	/**
	 * The open revisions of the enterprise's records {@code ids} (a list page's), by the
	 * record each revises.
	 */
	public Map<Long, Long> openRevisionsOf(long enterpriseId, java.util.Collection<Long> ids) {
		return store.openRevisionsOf(enterpriseId, ids);
	}

	/** Every version, oldest first; also of deleted records (their history is kept). */
	@Transactional(readOnly = true)
	public List<RecordVersion> history(long enterpriseId, long id) {
		return store.history(own(enterpriseId, id).id());
	}

	/** The section's records as .xlsx, one row each, with the table's columns. */
	@Transactional(readOnly = true)
	public byte[] exportExcel(long enterpriseId, String sectionCode) {
		SectionDefinition section = manySection(enterpriseId, sectionCode);
		return excel.export(section, store.all(enterpriseId, section.code(), 10 * ExcelExchange.MAX_ROWS));
	}

	/**
	 * Creates the sheet's new rows and updates the D records its rows name (see
	 * {@link ExcelImport}), or changes nothing when any row is wrong.
	 */
	@Transactional
	public ImportCounts importExcel(long enterpriseId, String sectionCode, InputStream in, long size) {
		CurrentUser.check(Permission.EDIT);
		SectionDefinition section = manySection(enterpriseId, sectionCode);
		return excelImport.apply(enterpriseId, section, excel.read(section, in, size, time.today()));
	}

	private SectionDefinition manySection(long enterpriseId, String sectionCode) {
		SectionDefinition section = section(enterpriseId, sectionCode);
		if (!section.many()) {
			throw new NotFoundException("section.no_excel");
		}
		return section;
	}

	/**
	 * The record even if deleted (for its history page), if it belongs to the enterprise.
	 */
	public HandbookRecord own(long enterpriseId, long id) {
		return store.find(id)
			.filter(r -> r.enterpriseId() == enterpriseId)
			.orElseThrow(() -> new NotFoundException("record.not_found"));
	}

	public SectionDefinition definition(HandbookRecord record) {
		return catalog.find(record.section()).orElseThrow(() -> new NotFoundException("section.not_found"));
	}

}
