package com.dossier.handbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Applies the checked rows of a sheet to a section, all or nothing: a row without an id
 * is a new D draft; a row naming a record is compared with it — equal, it is left alone;
 * different, a D record is updated (at the version the sheet was exported at) and an A, B
 * or C record refuses with the row. An id that is not a live record of this section of
 * this enterprise is "unknown", whatever it is elsewhere.
 */
@Component
class ExcelImport {

	private final RecordStore store;

	private final RecordWriter writer;

	private final SectionTexts texts;

	ExcelImport(RecordStore store, RecordWriter writer, SectionTexts texts) {
		this.store = store;
		this.writer = writer;
		this.texts = texts;
	}

	ImportCounts apply(long enterpriseId, SectionDefinition section, List<ExcelRow> rows) {
		List<Long> ids = rows.stream().map(ExcelRow::id).filter(Objects::nonNull).distinct().toList();
		// Locked until the import commits: nobody saves these records in between.
		Map<Long, HandbookRecord> records = store.lockAll(enterpriseId, ids)
			.stream()
			.filter(r -> r.section().equals(section.code()))
			.collect(Collectors.toMap(HandbookRecord::id, Function.identity()));
		List<ExcelProblem> problems = new ArrayList<>();
		List<ExcelRow> created = new ArrayList<>();
		List<HandbookRecord> updated = new ArrayList<>();
		int unchanged = 0;
		Set<Long> seen = new HashSet<>();
		for (ExcelRow row : rows) {
			if (row.isNew()) {
				created.add(row);
				continue;
			}
			HandbookRecord record = records.get(row.id());
			String problem = record == null ? "excel.id_unknown"
					: !seen.add(row.id()) ? "excel.id_repeated" : problem(record, row);
			if (problem != null) {
				problems.add(new ExcelProblem(row.row(), row.idColumn(), texts.text(ExcelExchange.ID_LABEL), problem,
						record == null ? new Object[] { String.valueOf(row.id()) } : new Object[] {
								String.valueOf(row.id()), record.level().name(), String.valueOf(record.version()) }));
			}
			else if (record.data().equals(row.data())) {
				unchanged++;
			}
			else {
				updated.add(record.edited(row.data()));
			}
		}
		if (!problems.isEmpty()) {
			throw new ExcelImportException(problems);
		}
		created.forEach(row -> writer.create(enterpriseId, section.code(), Level.D, RecordStatus.DRAFT, row.data(),
				null, ChangeKind.CREATED));
		updated.forEach(record -> writer.save(record, ChangeKind.UPDATED));
		return new ImportCounts(created.size(), updated.size(), unchanged);
	}

	/** Why a changed row may not update its record, or null when it may. */
	private static String problem(HandbookRecord record, ExcelRow row) {
		if (record.data().equals(row.data())) {
			return null;
		}
		if (!record.level().editableByEnterprise()) {
			return "excel.record_locked";
		}
		if (record.status() == RecordStatus.PENDING) {
			return "excel.record_pending";
		}
		if (row.version() == null) {
			return "excel.version_missing";
		}
		return row.version() == record.version() ? null : "excel.version_stale";
	}

}
