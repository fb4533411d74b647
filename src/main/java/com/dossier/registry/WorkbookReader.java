package com.dossier.registry;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an import workbook as a stream of rows (POI's event API), so that a sheet of tens
 * of thousands of rows never becomes a workbook in memory. Dates typed as dates come out
 * as {@code yyyy-MM-dd}; sheets of other names are skipped.
 */
final class WorkbookReader {

	/** One row of a known sheet: its number as Excel shows it, values by field key. */
	record SheetRow(ImportSheet sheet, int row, Map<String, String> values) {
	}

	/**
	 * A problem of the file or a sheet rather than of a value (no such workbook, a
	 * missing column).
	 */
	static final class Unreadable extends RuntimeException {

		final String code;

		final Object[] args;

		Unreadable(String code, Object... args) {
			super(code);
			this.code = code;
			this.args = args;
		}

	}

	static final int MAX_ROWS = 20_000;

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(30L * 1024 * 1024);
	}

	private WorkbookReader() {
	}

	/**
	 * The rows of the sheets {@code layout} knows; {@code progress} is told each row read
	 * (a large workbook takes a while).
	 */
	static List<SheetRow> read(InputStream in, ImportLayout layout, IntConsumer progress) {
		List<SheetRow> rows = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(in)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			var sheets = reader.getSheetIterator();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					var kind = layout.named(sheets.getSheetName());
					if (kind.isEmpty()) {
						continue;
					}
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
							new Rows(kind.get(), rows, progress), new IsoDates(), false));
					parser.parse(new InputSource(sheet));
				}
			}
		}
		catch (Unreadable e) {
			throw e;
		}
		catch (Exception e) {
			// Not a workbook, a damaged one, or one that trips the zip-bomb guard.
			throw new Unreadable("excel.unreadable");
		}
		return rows;
	}

	/** Collects the rows of one sheet, the first row giving the columns. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final ImportSheet kind;

		private final List<SheetRow> out;

		private final IntConsumer progress;

		private final Map<Integer, ImportSheets.Column> columns = new HashMap<>();

		private Map<String, String> current;

		private int count;

		Rows(ImportSheet kind, List<SheetRow> out, IntConsumer progress) {
			this.kind = kind;
			this.out = out;
			this.progress = progress;
		}

		@Override
		public void startRow(int rowNum) {
			current = new LinkedHashMap<>();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int col = new CellReference(reference).getCol();
			if (count == 0) {
				current.put(Integer.toString(col), value);
				return;
			}
			var column = columns.get(col);
			if (column != null && value != null && !value.isBlank()) {
				current.put(column.key(), value.strip());
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (count++ == 0) {
				current.forEach(
						(col, header) -> kind.byHeader(header).ifPresent(c -> columns.put(Integer.parseInt(col), c)));
				kind.columns()
					.stream()
					.filter(c -> c.header().endsWith("*") && !columns.containsValue(c))
					.findFirst()
					.ifPresent(c -> {
						throw new Unreadable("registry.excel.missing_column", kind.name(), c.label());
					});
				return;
			}
			if (count > MAX_ROWS + 1) {
				throw new Unreadable("registry.excel.too_many_rows", kind.name(), MAX_ROWS);
			}
			if (!current.isEmpty()) {
				out.add(new SheetRow(kind, rowNum + 1, current));
				progress.accept(out.size());
			}
		}

	}

	/** Formats date cells as ISO dates, whatever their Excel format. */
	private static final class IsoDates extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
				return date.toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}

	}

}
