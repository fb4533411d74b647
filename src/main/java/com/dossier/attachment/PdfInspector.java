package com.dossier.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The PDF policy (附件要求：类型 PDF，大小 小于1MB) plus our safety rules: not encrypted, no active content. Parsing
 * is bounded: the size is checked before PDFBox sees the bytes, decoded streams live in a capped main-memory cache
 * (no temp files), the page count is capped, the object walk is capped and text extraction has a deadline.
 */
public final class PdfInspector {

	static final int MAX_BYTES = 1_048_576;

	static final int MAX_PAGES = 300;

	static final long MAX_MEMORY = 64L * 1024 * 1024;

	private final Duration textBudget;

	public PdfInspector() {
		this(AuditReportCheck.BUDGET);
	}

	/** With a different time budget for text extraction (tests use a short one). */
	PdfInspector(Duration textBudget) {
		this.textBudget = textBudget;
	}

	public Inspection<PdfFacts> inspect(byte[] content) {
		return inspect(content, null);
	}

	/** The PDF policy, then the audit-report content check for the given enterprise's name. */
	public Inspection<PdfFacts> inspectAuditReport(byte[] content, String enterpriseName) {
		return inspect(content, Objects.requireNonNull(enterpriseName));
	}

	private Inspection<PdfFacts> inspect(byte[] content, String enterpriseName) {
		if (!FileSignature.isPdf(content)) {
			return Inspection.refused("pdf.not_pdf", FileSignature.sniff(content));
		}
		if (content.length >= MAX_BYTES) {
			return Inspection.refused("pdf.too_large", ImagePolicy.kb(content.length), (long) content.length);
		}
		if (!endsWithEofMarker(content)) {
			return Inspection.refused("pdf.corrupt"); // truncated: every writer ends the file with %%EOF
		}
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
			if (document.isEncrypted()) {
				return Inspection.refused("pdf.encrypted", reason("pdf.encryption.owner_password"));
			}
			int pages = document.getNumberOfPages();
			if (pages == 0) {
				return Inspection.refused("pdf.corrupt");
			}
			if (pages > MAX_PAGES) {
				return Inspection.refused("pdf.too_many_pages", pages, MAX_PAGES);
			}
			Set<String> active = ActiveContent.find(document.getDocument().getTrailer());
			if (!active.isEmpty()) {
				return Inspection.refused("pdf.active_content", String.join(", ", active));
			}
			List<Notice> warnings = new ArrayList<>();
			AuditReportFindings findings = enterpriseName == null ? null
					: AuditReportCheck.check(document, enterpriseName, warnings, textBudget);
			return Inspection.accepted(new PdfFacts(content.length, pages, String.valueOf(document.getVersion()),
					findings), warnings);
		}
		catch (InvalidPasswordException e) {
			return Inspection.refused("pdf.encrypted", reason("pdf.encryption.open_password"));
		}
		catch (IOException | RuntimeException e) {
			// PDFBox's parser errors, the memory cap and ActiveContent's node cap all mean: not a file we accept.
			return Inspection.refused("pdf.corrupt");
		}
	}

	/** Acrobat requires %%EOF within the last 1024 bytes; a file without it was cut short. */
	private static boolean endsWithEofMarker(byte[] content) {
		int from = Math.max(0, content.length - 1024);
		String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
		return tail.contains("%%EOF");
	}

	/** A measured value that itself needs translating ("需要打开密码"). */
	private static DefaultMessageSourceResolvable reason(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}
}
