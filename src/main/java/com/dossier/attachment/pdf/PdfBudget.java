package com.dossier.attachment.pdf;

import java.time.Duration;
import java.util.Collection;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What one PDF inspection may spend, in memory and in time. A file that needs more is
 * refused ({@code pdf.too_complex}): no real attachment of less than 1 MB comes near
 * these bounds, and a crafted one must not hold a core or the heap. The first bound
 * crossed trips the budget for good, so that PDFBox code which swallows exceptions cannot
 * hide it: the inspector asks {@link #exceeded()} before accepting.
 */
public final class PdfBudget {

	/** Decoded size of one stream; a page of dense vector drawing is a few hundred KB. */
	static final long MAX_STREAM_BYTES = 4L * 1024 * 1024;

	/** Decoded size of all streams of one file together. */
	static final long MAX_DECODED_BYTES = 32L * 1024 * 1024;

	/** Indirect objects; a 300-page tagged report has a few tens of thousands. */
	static final int MAX_OBJECTS = 50_000;

	/** Dictionaries and arrays reachable from the trailer, direct ones included. */
	static final int MAX_NODES = 300_000;

	/**
	 * PDFBox walks the page tree recursively; real trees are a few levels deep, thousands
	 * overflow the stack.
	 */
	static final int MAX_PAGE_TREE_DEPTH = 64;

	/**
	 * PDFBox 3.0.8 scans the whole cross-reference table once for every object stream it
	 * opens (PDFBOX-6268), so the cost grows with their product: 50,000 objects in object
	 * streams of 100 is 25 million.
	 */
	static final long MAX_OBJECT_STREAM_WORK = 25_000_000L;

	/** PDF 32000-1, Annex C: a string in a content stream is at most 32,767 bytes. */
	static final int MAX_STRING_BYTES = 32_767;

	/**
	 * A dense page has about 10,000 characters; each costs a few hundred bytes while its
	 * page is laid out.
	 */
	static final int MAX_PAGE_GLYPHS = 100_000;

	static final int MAX_GLYPHS = 1_000_000;

	static final Duration DEADLINE = Duration.ofSeconds(10);

	/**
	 * A bound was crossed: unchecked, because PDFBox catches and logs most IOExceptions
	 * and carries on.
	 */
	static final class ExceededException extends RuntimeException {

		ExceededException(String reason) {
			super(reason, null, false, false);
		}

	}

	private final long deadlineNanos;

	private long decoded;

	private long glyphs;

	private int pageGlyphs;

	private String exceeded;

	private Object[] measured = {};

	PdfBudget(Duration deadline) {
		this.deadlineNanos = System.nanoTime() + deadline.toNanos();
	}

	void checkTime() {
		if (exceeded != null || System.nanoTime() - deadlineNanos > 0) {
			exceed("pdf.complexity.time", DEADLINE.toSeconds());
		}
	}

	/**
	 * The cross-reference table: counted before anything is resolved, when refusing still
	 * costs nothing.
	 */
	void objects(Collection<Long> offsetsOrObjectStreams) {
		int objects = offsetsOrObjectStreams.size();
		long objectStreams = offsetsOrObjectStreams.stream().filter(o -> o < 0).distinct().count();
		if (objects > MAX_OBJECTS) {
			exceed("pdf.complexity.objects", objects, MAX_OBJECTS);
		}
		if (objectStreams * objects > MAX_OBJECT_STREAM_WORK) {
			exceed("pdf.complexity.object_streams", objectStreams, objects);
		}
	}

	/** Called as the object walk goes; checks the deadline now and then as well. */
	void walked(int nodes) {
		if (nodes > MAX_NODES) {
			exceed("pdf.complexity.objects", nodes, MAX_NODES);
		}
		if (nodes % 4096 == 1) {
			checkTime();
		}
	}

	void pageTreeDepth(int depth) {
		if (depth > MAX_PAGE_TREE_DEPTH) {
			exceed("pdf.complexity.nesting");
		}
	}

	/**
	 * Some recursion in PDFBox we do not bound ourselves ran out of stack: the file is
	 * nested too deep.
	 */
	void stackExhausted() {
		try {
			exceed("pdf.complexity.nesting");
		}
		catch (ExceededException e) {
			// recorded: the inspector refuses the file
		}
	}

	/**
	 * Counts the bytes one decoding stage wrote; a stream or the whole file over its
	 * bound trips the budget.
	 */
	void decoded(long streamBytes, int more) {
		decoded += more;
		if (streamBytes > MAX_STREAM_BYTES) {
			exceed("pdf.complexity.stream", MAX_STREAM_BYTES / (1024 * 1024));
		}
		if (decoded > MAX_DECODED_BYTES) {
			exceed("pdf.complexity.decoded", MAX_DECODED_BYTES / (1024 * 1024));
		}
	}

	void string(int bytes) {
		if (bytes > MAX_STRING_BYTES) {
			exceed("pdf.complexity.string", bytes, MAX_STRING_BYTES);
		}
	}

	void startPage() {
		pageGlyphs = 0;
	}

	void glyph() {
		if (++pageGlyphs > MAX_PAGE_GLYPHS || ++glyphs > MAX_GLYPHS) {
			exceed("pdf.complexity.text", MAX_PAGE_GLYPHS, MAX_GLYPHS);
		}
	}

	boolean exceeded() {
		return exceeded != null;
	}

	/** The refusal's measured value: which bound, in words of the user's language. */
	DefaultMessageSourceResolvable reason() {
		return new DefaultMessageSourceResolvable(new String[] { exceeded }, measured, exceeded);
	}

	private void exceed(String reason, Object... values) {
		if (exceeded == null) {
			exceeded = reason;
			measured = values;
		}
		throw new ExceededException(exceeded);
	}

}
