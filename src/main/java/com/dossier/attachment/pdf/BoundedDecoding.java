package com.dossier.attachment.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Decodes a stream with PDFBox's own filters, in the order PDFBox applies them, but into
 * a sink that counts against the {@link PdfBudget} and stops at its bound. PDFBox then
 * decodes the same bytes to the same size, so a stream that passed here cannot exhaust
 * the heap there. Only the last stage's output is thrown away unkept.
 */
final class BoundedDecoding {

	/**
	 * Image codecs: an inspection never renders, so it never needs them; a non-image
	 * stream must not use them.
	 */
	private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
			COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

	interface Raw {

		InputStream open() throws IOException;

	}

	private BoundedDecoding() {
	}

	static void check(COSStream stream, Raw raw, PdfBudget budget) throws IOException {
		List<COSName> names = filterNames(stream);
		if (names.isEmpty() || names.stream().anyMatch(IMAGE_CODECS::contains)) {
			return; // raw data is bounded by the file's size; image data is never decoded
					// (refuseImageCodec)
		}
		List<Filter> filters = new ArrayList<>();
		for (COSName name : names) {
			Filter filter = FilterFactory.INSTANCE.getFilter(name);
			if (!filters.contains(filter)) {
				filters.add(filter); // as Filter.decode does: a repeated filter is
										// applied once
			}
		}
		byte[] previous = null;
		for (int i = 0; i < filters.size(); i++) {
			Counting out = new Counting(budget, i < filters.size() - 1);
			try (InputStream in = previous == null ? raw.open() : new ByteArrayInputStream(previous)) {
				filters.get(i).decode(in, out, stream, i, DecodeOptions.DEFAULT);
			}
			previous = out.kept();
		}
	}

	static void refuseImageCodec(COSStream stream) throws IOException {
		if (filterNames(stream).stream().anyMatch(IMAGE_CODECS::contains)) {
			throw new IOException("image data is not decoded while inspecting");
		}
	}

	private static List<COSName> filterNames(COSStream stream) {
		COSBase filters = stream.getFilters();
		List<COSName> names = new ArrayList<>();
		if (filters instanceof COSName name) {
			names.add(name);
		}
		else if (filters instanceof COSArray array) {
			for (COSBase item : array) {
				if (item instanceof COSName name) {
					names.add(name);
				}
			}
		}
		return names;
	}

	/** Counts decoded bytes against the budget, keeping them only for a further stage. */
	private static final class Counting extends OutputStream {

		private final PdfBudget budget;

		private final ByteArrayOutputStream kept;

		private long written;

		Counting(PdfBudget budget, boolean keep) {
			this.budget = budget;
			this.kept = keep ? new ByteArrayOutputStream() : null;
		}

		@Override
		public void write(int b) {
			count(1);
			if (kept != null) {
				kept.write(b);
			}
		}

		@Override
		public void write(byte[] b, int offset, int length) {
			count(length);
			if (kept != null) {
				kept.write(b, offset, length);
			}
		}

		private void count(int bytes) {
			long before = written;
			written += bytes;
			budget.decoded(written, bytes);
			if (before >>> 16 != written >>> 16) {
				budget.checkTime();
			}
		}

		byte[] kept() {
			return kept == null ? null : kept.toByteArray();
		}

	}

}
