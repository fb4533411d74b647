package com.dossier.attachment.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.dossier.attachment.inspection.FileSignature;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.attachment.inspection.Notice;
import com.dossier.shared.Sizes;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The PDF policy (附件要求：类型 PDF，大小 小于1MB) plus our safety rules: not encrypted, no active
 * content, no links out of the document. Parsing is bounded in memory and time
 * ({@link PdfBudget}): the size is checked before PDFBox sees the bytes, every stream is
 * decoded against the budget before PDFBox may decode it, the objects are counted before
 * any is resolved, the page count and the object walk are capped, text extraction has its
 * own deadline, and the whole inspection has one too. A file over any bound is refused as
 * {@code pdf.too_complex}.
 */
public final class PdfInspector {

	public static final int MAX_BYTES = 1_048_576;

	static final int MAX_PAGES = 300;

	/**
	 * For streams PDFBox writes (decrypted data); decoding never goes through it, the
	 * budget bounds that.
	 */
	static final long MAX_MEMORY = 64L * 1024 * 1024;

	private final Duration textBudget;

	private final Duration deadline;

	public PdfInspector() {
		this(AuditReportCheck.BUDGET, PdfBudget.DEADLINE);
	}

	/**
	 * With other time budgets, for text extraction and for the whole inspection (tests
	 * use short ones).
	 */
	PdfInspector(Duration textBudget, Duration deadline) {
		this.textBudget = textBudget;
		this.deadline = deadline;
	}

	public Inspection<PdfFacts> inspect(byte[] content) {
		return inspect(content, null);
	}

	/**
	 * The PDF policy, then the audit-report content check for the given enterprise's
	 * name.
	 */
	public Inspection<PdfFacts> inspectAuditReport(byte[] content, String enterpriseName) {
		return inspect(content, Objects.requireNonNull(enterpriseName));
	}

	private Inspection<PdfFacts> inspect(byte[] content, String enterpriseName) {
		if (!FileSignature.isPdf(content)) {
			return Inspection.refused("pdf.not_pdf", FileSignature.sniff(content));
		}
		if (content.length >= MAX_BYTES) {
			return Inspection.refused("pdf.too_large", Sizes.kb(content.length), (long) content.length);
		}
		if (!endsWithEofMarker(content)) {
			return Inspection.refused("pdf.corrupt"); // truncated: every writer ends the
														// file with %%EOF
		}
		PdfBudget budget = new PdfBudget(deadline);
		try (PDDocument document = new BoundedPdfParser(content, budget,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)
			.parse()) {
			Inspection<PdfFacts> result = inspect(document, content.length, enterpriseName, budget);
			return budget.exceeded() ? tooComplex(budget) : result;
		}
		catch (InvalidPasswordException e) {
			return Inspection.refused("pdf.encrypted", reason("pdf.encryption.open_password"));
		}
		catch (IOException | RuntimeException e) {
			// PDFBox's parser errors all mean: not a file we accept; a crossed bound says
			// which one.
			return budget.exceeded() ? tooComplex(budget) : Inspection.refused("pdf.corrupt");
		}
		catch (StackOverflowError e) {
			// Nesting deeper than any real file, in a recursion of PDFBox not bounded
			// here (the page tree is).
			// Everything the overflow left behind belongs to this inspection and is
			// dropped with it.
			budget.stackExhausted();
			return tooComplex(budget);
		}
	}

	private Inspection<PdfFacts> inspect(PDDocument document, long bytes, String enterpriseName, PdfBudget budget) {
		if (document.isEncrypted()) {
			return Inspection.refused("pdf.encrypted", reason("pdf.encryption.owner_password"));
		}
		budget.objects(document.getDocument().getXrefTable().values());
		int pages = document.getNumberOfPages();
		if (pages == 0) {
			return Inspection.refused("pdf.corrupt");
		}
		if (pages > MAX_PAGES) {
			return Inspection.refused("pdf.too_many_pages", pages, MAX_PAGES);
		}
		checkPageTree(document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES), budget);
		Set<String> active = ActiveContent.find(document.getDocument().getTrailer(), budget);
		if (!active.isEmpty()) {
			return Inspection.refused("pdf.active_content", String.join(", ", active));
		}
		List<Notice> warnings = new ArrayList<>();
		AuditReportFindings findings = enterpriseName == null ? null
				: AuditReportCheck.check(document, enterpriseName, warnings, textBudget, budget);
		return Inspection.accepted(new PdfFacts(bytes, pages, String.valueOf(document.getVersion()), findings),
				warnings);
	}

	/**
	 * The page tree's depth, walked without recursion before PDFBox walks it recursively.
	 */
	private static void checkPageTree(COSDictionary root, PdfBudget budget) {
		Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Map.Entry<COSDictionary, Integer>> todo = new ArrayDeque<>();
		if (root != null) {
			todo.push(Map.entry(root, 1));
		}
		while (!todo.isEmpty()) {
			Map.Entry<COSDictionary, Integer> node = todo.pop();
			budget.pageTreeDepth(node.getValue());
			COSArray kids = node.getKey().getCOSArray(COSName.KIDS);
			if (kids == null || !seen.add(node.getKey())) {
				continue;
			}
			for (int i = 0; i < kids.size(); i++) {
				if (kids.getObject(i) instanceof COSDictionary kid) {
					todo.push(Map.entry(kid, node.getValue() + 1));
				}
			}
		}
	}

	private static Inspection<PdfFacts> tooComplex(PdfBudget budget) {
		return Inspection.refused("pdf.too_complex", budget.reason());
	}

	/**
	 * Acrobat requires %%EOF within the last 1024 bytes; a file without it was cut short.
	 */
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
