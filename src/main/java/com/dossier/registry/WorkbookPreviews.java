package com.dossier.registry;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.dossier.registry.PreviewStore.Preview;
import com.dossier.registry.RegistryViews.PreviewLine;
import com.dossier.registry.WorkbookPayload.CellProblem;
import com.dossier.shared.AdministrationTime;

import org.springframework.stereotype.Component;

/**
 * The work of a preview job: read the workbook, check it, find what it would do by doing
 * it and rolling back, and keep the payload for the commit. Any problem ends it with the
 * problems by sheet, row and column, nothing saved.
 */
@Component
class WorkbookPreviews {

	/** Lines of the preview shown; the counts cover every item. */
	static final int SHOWN_LINES = 500;

	private final ImportService imports;

	private final PreviewStore previews;

	private final ImportLayout layout;

	private final AdministrationTime time;

	WorkbookPreviews(ImportService imports, PreviewStore previews, ImportLayout layout, AdministrationTime time) {
		this.imports = imports;
		this.previews = previews;
		this.layout = layout;
		this.time = time;
	}

	ImportJobResult preview(String source, String fileName, byte[] workbook, String owner,
			ImportService.Progress progress) {
		WorkbookPayload.Parsed parsed;
		try {
			var rows = WorkbookReader.read(new ByteArrayInputStream(workbook), layout,
					n -> progress.at("READING", n, 0));
			parsed = WorkbookPayload.of(source, rows, layout);
		}
		catch (WorkbookReader.Unreadable e) {
			return ImportJobResult.refused(List.of(new CellProblem(null, null, null, e.code, e.args)));
		}
		if (!parsed.problems().isEmpty()) {
			return ImportJobResult.refused(parsed.problems());
		}
		ImportResult result;
		try {
			result = imports.preview(parsed.request(), progress);
		}
		catch (ImportRefused e) {
			return ImportJobResult.refused(e.problems().stream().map(parsed::locate).toList());
		}
		List<PreviewLine> lines = result.items().stream().limit(SHOWN_LINES).map(i -> {
			CellProblem place = parsed.locate(new ImportProblem(i.path(), ""));
			return new PreviewLine(place.sheet(), place.row(), i.outcome().name());
		}).toList();
		progress.at("SAVING", result.items().size(), result.items().size());
		Preview preview = new Preview(fileName, parsed.request(), result.created(), result.updated(),
				result.unchanged(), result.removed(), result.enterprisesCreated(), result.items().size(), lines);
		return ImportJobResult.previewed(previews.save(preview, owner, time.now()));
	}

}
