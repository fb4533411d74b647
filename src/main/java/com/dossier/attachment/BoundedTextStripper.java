package com.dossier.attachment;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text extraction with a deadline: a content stream crafted to loop through millions of operators stops at the
 * deadline instead of holding a request thread.
 */
final class BoundedTextStripper extends PDFTextStripper {

	static final class DeadlineExceededException extends IOException {

		DeadlineExceededException() {
			super("PDF text extraction exceeded its time budget");
		}
	}

	private final long deadlineNanos;

	BoundedTextStripper(long deadlineNanos) {
		this.deadlineNanos = deadlineNanos;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		if (System.nanoTime() - deadlineNanos > 0) {
			throw new DeadlineExceededException();
		}
		super.processOperator(operator, operands);
	}

	String pageText(org.apache.pdfbox.pdmodel.PDDocument document, int page) throws IOException {
		setStartPage(page);
		setEndPage(page);
		return getText(document);
	}
}
