package com.dossier.verification.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.dossier.enterprise.Enterprise;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.print.PdfSheet;
import com.dossier.verification.VerificationApplication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * 书面材料打印 as PDF: the number as a barcode, the enterprise, the contact snapshot, each
 * item, and lines for the legal representative's signature and the company seal. Chinese
 * needs an embedded CJK font (see {@link PdfSheet}).
 */
@Component
class PrintForm {

	private final SectionTexts texts;

	private final String configuredFont;

	private final AdministrationTime time;

	PrintForm(SectionTexts texts, @Value("${dossier.print.font:}") String configuredFont, AdministrationTime time) {
		this.time = time;
		this.texts = texts;
		this.configuredFont = configuredFont;
	}

	byte[] render(VerificationApplication a, Enterprise enterprise, List<ItemLine> lines) {
		try (PdfSheet w = PdfSheet.open(configuredFont)) {
			w.barcode(a.number(), 220, 50);
			// English takes half-width punctuation: "Date: …", not "Date：…"
			boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
			String colon = english ? ": " : "：";
			String between = english ? "; " : "；";
			w.text(16, t("verification.print.title"));
			w.text(11, t("verification.print.number") + colon + a.number());
			w.gap(24);
			w.text(11, t("verification.print.enterprise") + colon + enterprise.name());
			w.text(11, t("verification.print.credit-code") + colon + enterprise.creditCode());
			if (a.contact() != null) {
				w.text(11,
						t("verification.print.contact") + colon + a.contact().name() + "    "
								+ t("verification.print.phone") + colon + a.contact().phone() + "    "
								+ t("verification.print.mobile") + colon + a.contact().mobile());
			}
			w.text(11, t("verification.print.submitted") + colon + time.minutes(a.submittedAt()));
			w.gap(8);
			w.text(12, t("verification.print.items", lines.size()));
			for (ItemLine line : lines) {
				// every field, as on the printed page: the clerk compares each with the
				// originals
				String fields = String.join(between,
						line.fields().stream().map(f -> f.label() + colon + f.value()).toList());
				w.wrapped(10, line.index() + ". " + line.sectionName() + (english ? " (#" : "（#") + line.recordId()
						+ (english ? ")  " : "）  ") + fields + "  " + t("verification.print.scans", line.scanCount()));
				w.text(10,
						"    " + t("verification.column.result") + colon + "□ " + t("verification.decision.PASS")
								+ "    □ " + t("verification.decision.FAIL") + "    " + t("verification.column.reason")
								+ colon + "______________________");
			}
			w.gap(30);
			w.text(11, t("verification.print.signature") + colon + "____________________    "
					+ t("verification.print.seal") + colon + "____________________");
			w.gap(20);
			w.text(11, t("verification.print.date") + colon + t("verification.print.date-blank"));
			return w.bytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String t(String key, Object... args) {
		return texts.message(key, args);
	}

}
