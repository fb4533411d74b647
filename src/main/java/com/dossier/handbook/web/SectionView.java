package com.dossier.handbook.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.Level;
import com.dossier.handbook.RecordStatus;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.Page;

/**
 * A section page as src/main/jte/handbook/section.jte shows it: every cell already
 * formatted, every label resolved and every link built here, once, so that the template
 * is a plain loop. The list is the benchmark's hot page (bench/run.sh: ≥ 1,000 req/s): no
 * message lookup per cell or per row, none that can be done once per page. Public because
 * the compiled templates live in their own package.
 *
 * @param code the section's code; {@code base} its page's address (the pager's and the
 * forms')
 * @param note the section's explanation (which qualification cases need it), or null
 * @param templateLink the 模板下载 link's text, or null when the section has no template
 * @param offerNew whether 新增 is offered (many-record sections always, one-record sections
 * while empty)
 * @param columns the table's column headings (many-record sections)
 * @param rows the page's records, numbered from the page's first
 * @param labels the row actions' texts, the same on every row
 */
public record SectionView(String code, String base, String title, String note, String templateLink, boolean many,
		boolean empty, boolean offerNew, List<String> columns, List<Row> rows, Labels labels) {

	/**
	 * One value of a record: its field's key and label (the one-record facts list) and
	 * its text as people read it.
	 */
	public record Cell(String key, String label, String text, String css) {
	}

	/**
	 * One record: {@code editable} offers edit and delete (D, not pending),
	 * {@code revisable} offers 变更 (B, C). {@code heading} is the one-record title (现行有效
	 * or 变更中), {@code tag} the status note (in force · changing, or the revision of #n),
	 * or null.
	 */
	public record Row(long id, String domId, Level level, int number, List<Cell> cells, String status, String tag,
			String heading, boolean editable, boolean revisable, int version, String editHref, String deleteAction,
			String reviseAction, String historyHref) {
	}

	/** The actions' texts. */
	public record Labels(String edit, String delete, String confirmDelete, String revise, String history) {
	}

	static SectionView of(SectionDefinition section, Page<HandbookRecord> records, Map<Long, Long> revisions,
			SectionTexts texts, String contextPath) {
		List<FieldDef> fields = section.many() ? section.columnFields() : section.fields();
		List<String> labels = fields.stream().map(f -> texts.text(f.labelKey())).toList();
		// Each option's label once per page, not once per cell.
		List<Map<String, String>> options = fields.stream()
			.map(f -> f.options()
				.stream()
				.collect(Collectors.toMap(FieldDef.Option::value, o -> texts.text(o.labelKey()))))
			.toList();
		Map<RecordStatus, String> statuses = new EnumMap<>(RecordStatus.class);
		String inForce = texts.text("handbook.revision.in-force");
		String open = texts.text("handbook.revision.open");
		String revise = texts.text("handbook.action.revise");
		String recordsBase = contextPath + "/handbook/records/";
		int first = records.page() * records.size() + 1;
		List<Row> rows = new ArrayList<>(records.items().size());
		for (HandbookRecord r : records.items()) {
			List<Cell> cells = new ArrayList<>(fields.size());
			for (int i = 0; i < fields.size(); i++) {
				FieldDef f = fields.get(i);
				String value = r.data().get(f.key());
				String text = value == null ? "" : options.get(i).getOrDefault(value, value);
				cells.add(new Cell(f.key(), labels.get(i), text, f.type().numeric() ? "num" : null));
			}
			// Level A names its management system, the actor of its last import.
			String tag = revisions.containsKey(r.id()) ? inForce + " · " + open
					: r.isRevision() ? revise + " #" + r.revisionOf() : r.level() == Level.A
							? texts.message("handbook.level-a.source", new Object[] { r.updatedBy() }) : null;
			String base = recordsBase + r.id();
			rows.add(new Row(r.id(), "record-" + r.id(), r.level(), first + rows.size(), List.copyOf(cells),
					statuses.computeIfAbsent(r.status(), s -> texts.text("handbook.status." + s)), tag,
					r.isRevision() ? open : inForce, r.editable(), r.level().revisable(), r.version(), base + "/edit",
					base + "/delete", base + "/revision", base + "/history"));
		}
		boolean empty = records.totalItems() == 0;
		return new SectionView(section.code(), contextPath + "/handbook/sections/" + section.code(),
				texts.text(section.nameKey()), section.noteKey() == null ? null : texts.text(section.noteKey()),
				section.templateKey() == null ? null : texts.text(section.templateKey()), section.many(), empty,
				section.many() || empty, section.many() ? labels : List.of(), rows,
				new Labels(texts.text("handbook.action.edit"), texts.text("handbook.action.delete"),
						texts.text("handbook.confirm.delete"), revise, texts.text("handbook.action.history")));
	}
}
