package com.dossier.attachment.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInputStream;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFParser;

/**
 * PDFBox's parser held to a {@link PdfBudget}. PDFBox decodes a stream into memory
 * without any bound (an object stream while parsing, a content stream while extracting
 * text), and parsing has no clock. Here reading the file checks the deadline, and every
 * stream the parser finds is a {@link BoundedStream}: decoded once against the budget
 * ({@link BoundedDecoding}) before PDFBox may decode it. PDFBox's own brute-force parser
 * swaps in its document the same way; {@code createDocument()} is documented as meant to
 * be overridden for another document.
 */
final class BoundedPdfParser extends PDFParser {

	BoundedPdfParser(byte[] content, PdfBudget budget, StreamCacheCreateFunction cache) throws IOException {
		super(new Source(content, budget), "", null, null, cache);
		document.close();
		document = new Document(cache.create(), this, budget);
	}

	/**
	 * The file's bytes; every 64 KB read checks the deadline, whatever part of PDFBox is
	 * reading.
	 */
	private static final class Source extends RandomAccessReadBuffer {

		private final PdfBudget budget;

		private long read;

		Source(byte[] content, PdfBudget budget) {
			super(content);
			this.budget = budget;
		}

		@Override
		public int read() throws IOException {
			count(1);
			return super.read();
		}

		@Override
		public int read(byte[] b, int offset, int length) throws IOException {
			count(length);
			return super.read(b, offset, length);
		}

		private void count(int bytes) {
			long before = read;
			read += bytes;
			if (before >>> 16 != read >>> 16) {
				budget.checkTime();
			}
		}

	}

	private static final class Document extends COSDocument {

		private final RandomAccessStreamCache cache;

		private final BoundedPdfParser parser;

		private final PdfBudget budget;

		Document(RandomAccessStreamCache cache, BoundedPdfParser parser, PdfBudget budget) {
			super(() -> cache, parser);
			this.cache = cache;
			this.parser = parser;
			this.budget = budget;
		}

		@Override
		public COSStream createCOSStream(COSDictionary dictionary, long startPosition, long streamLength)
				throws IOException {
			BoundedStream stream = new BoundedStream(cache,
					parser.createRandomAccessReadView(startPosition, streamLength), budget);
			dictionary.forEach(stream::setItem);
			stream.setKey(dictionary.getKey());
			return stream;
		}

	}

	/**
	 * A parsed stream that passes the budget before any of its data is decoded or handed
	 * out.
	 */
	static final class BoundedStream extends COSStream {

		private final PdfBudget budget;

		private boolean admitted;

		BoundedStream(RandomAccessStreamCache cache, RandomAccessReadView data, PdfBudget budget) throws IOException {
			super(cache, data);
			this.budget = budget;
		}

		/**
		 * Decodes the data once against the budget; also for streams the inspection
		 * itself never decodes.
		 */
		void admit() throws IOException {
			budget.checkTime(); // and once any bound is crossed, nothing more is decoded
			if (!admitted) {
				admitted = true;
				BoundedDecoding.check(this, super::createRawInputStream, budget);
			}
		}

		@Override
		public InputStream createRawInputStream() throws IOException {
			admit(); // a page's single Flate content stream is inflated by PDPage
						// straight from the raw data
			return super.createRawInputStream();
		}

		@Override
		public COSInputStream createInputStream(DecodeOptions options) throws IOException {
			BoundedDecoding.refuseImageCodec(this);
			admit();
			return super.createInputStream(options);
		}

		@Override
		public RandomAccessRead createView() throws IOException {
			BoundedDecoding.refuseImageCodec(this);
			admit();
			return super.createView();
		}

		@Override
		public OutputStream createRawOutputStream() throws IOException {
			admitted = false; // decryption writes the plain data here: that is what gets
								// decoded next
			return super.createRawOutputStream();
		}

	}

}
