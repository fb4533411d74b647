package com.dossier.attachment.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text extraction with a time budget and the {@link PdfBudget}'s bounds. Reading stops at
 * the soft deadline (the caller reports what the pages read so far showed); a string
 * longer than PDF allows in a content stream, or more characters than a page can hold,
 * trips the budget before PDFBox lays out a glyph of it — one operator alone can carry
 * millions, and laying them out costs a few hundred bytes each.
 */
final class BoundedTextStripper extends PDFTextStripper {

	static final class DeadlineExceededException extends IOException {

		DeadlineExceededException() {
			super("PDF text extraction exceeded its time budget");
		}

	}

	private final long deadlineNanos;

	private final PdfBudget budget;

	BoundedTextStripper(long deadlineNanos, PdfBudget budget) {
		this.deadlineNanos = deadlineNanos;
		this.budget = budget;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		if (System.nanoTime() - deadlineNanos > 0) {
			throw new DeadlineExceededException();
		}
		budget.checkTime();
		for (COSBase operand : operands) {
			if (operand instanceof COSString string) {
				budget.string(string.getBytes().length);
			}
			else if (operand instanceof COSArray array) {
				for (COSBase item : array) {
					if (item instanceof COSString string) {
						budget.string(string.getBytes().length);
					}
				}
			}
		}
		super.processOperator(operator, operands);
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		budget.startPage();
		super.startPage(page);
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		budget.glyph();
		super.processTextPosition(text);
	}

	String pageText(PDDocument document, int page) throws IOException {
		setStartPage(page);
		setEndPage(page);
		return getText(document);
	}

}
