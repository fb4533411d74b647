package com.dossier.demo;

import java.util.ArrayList;
import java.util.List;

import com.dossier.attachment.ScanUploads;
import com.dossier.demo.DemoScans.Line;
import com.dossier.enterprise.Enterprise;
import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.AttachmentPolicy;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.DossierException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Generated 演示扫描件 ({@link DemoScans}) for every kind a demo record requires, uploaded
 * through {@link ScanUploads#attach} as the signed-in operator ({@link DemoUsers#as}) —
 * the inspections and audit entries of a real upload — so that the records can be filed
 * as a user files them.
 */
@Component
class DemoScanUploads {

	private static final Logger log = LoggerFactory.getLogger(DemoScanUploads.class);

	/** What an audit report must show (DESIGN §5), one scanned page each. */
	private static final List<String> REPORT_PAGES = List.of("审计报告 首页", "审计报告 盖章页", "资产负债表", "审计机构营业执照");

	private static final List<String> REPORT_PAGES_EN = List.of("first page", "stamped page", "balance sheet",
			"audit firm's licence");

	private final HandbookService handbook;

	private final ScanUploads attachments;

	private final SectionTexts texts;

	DemoScanUploads(HandbookService handbook, ScanUploads attachments, SectionTexts texts) {
		this.handbook = handbook;
		this.attachments = attachments;
		this.texts = texts;
	}

	/**
	 * Uploads the required scans of each record; returns how many files were accepted.
	 */
	int attachRequired(Enterprise enterprise, List<HandbookRecord> records) {
		int files = 0;
		for (HandbookRecord record : records) {
			SectionDefinition section = handbook.definition(record);
			for (AttachmentKind kind : section.attachmentKinds()) {
				if (kind.requiredFor(record.data())) {
					files += attach(enterprise, section, record, kind) ? 1 : 0;
				}
			}
		}
		return files;
	}

	private boolean attach(Enterprise enterprise, SectionDefinition section, HandbookRecord record,
			AttachmentKind kind) {
		boolean pdf = kind.policy() == AttachmentPolicy.PDF;
		try {
			byte[] content = pdf ? DemoScans.pdf(reportPages(enterprise, section, record, kind))
					: DemoScans.jpeg(lines(enterprise, section, record, kind, null));
			attachments.attach(record.id(), kind.code(), "demo-" + kind.code() + (pdf ? ".pdf" : ".jpg"), content);
			return true;
		}
		catch (DossierException e) {
			// A demo must not stop the application: the record simply stays unready, as
			// before demo scans existed.
			log.warn("Demo scan {} for record {} refused: {}", kind.code(), record.id(), e.code());
			return false;
		}
	}

	private List<List<Line>> reportPages(Enterprise enterprise, SectionDefinition section, HandbookRecord record,
			AttachmentKind kind) {
		List<List<Line>> pages = new ArrayList<>();
		for (int i = 0; i < REPORT_PAGES.size(); i++) {
			pages.add(lines(enterprise, section, record, kind,
					new Line(REPORT_PAGES.get(i), "Page " + (i + 1) + ": " + REPORT_PAGES_EN.get(i), 20)));
		}
		return pages;
	}

	private List<Line> lines(Enterprise enterprise, SectionDefinition section, HandbookRecord record,
			AttachmentKind kind, Line page) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line("演示扫描件", "DEMO SCAN", 48));
		lines.add(new Line("DEMO SCAN · 非原件，仅供演示", "not an original: for demonstration only", 16));
		if (page != null) {
			lines.add(page);
		}
		lines.add(new Line(enterprise.name(), enterprise.creditCode(), 18));
		lines.add(new Line(
				texts.text(section.nameKey(), SectionTexts.ZH) + " · " + texts.text(kind.labelKey(), SectionTexts.ZH),
				section.code() + " / " + kind.code(), 18));
		String summary = section.columnFields()
			.stream()
			.limit(2)
			.map(f -> texts.display(f, record.data().get(f.key())))
			.filter(v -> !v.isBlank())
			.reduce((a, b) -> a + " · " + b)
			.orElse("");
		lines.add(new Line(summary, "", 16));
		lines.add(new Line("记录编号 " + record.id(), "record " + record.id(), 14));
		return lines;
	}

}
