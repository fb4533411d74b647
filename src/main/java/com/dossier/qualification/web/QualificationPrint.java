package com.dossier.qualification.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.dossier.handbook.SectionTexts;
import com.dossier.qualification.QualificationApplication;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.print.PdfSheet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The printed 资质申请表 as PDF: the number as a barcode, the enterprise, the qualification
 * asked for, the contact snapshot, every cited record with its level, and lines for the
 * legal representative's signature and the company seal.
 */
@Component
class QualificationPrint {

	private final SectionTexts texts;

	private final String configuredFont;

	private final AdministrationTime time;

	QualificationPrint(SectionTexts texts, @Value("${dossier.print.font:}") String configuredFont,
			AdministrationTime time) {
		this.texts = texts;
		this.configuredFont = configuredFont;
		this.time = time;
	}

	byte[] render(QualificationApplication a, String qualification, List<CitedLine> lines) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		String colon = english ? ": " : "：";
		try (PdfSheet w = PdfSheet.open(configuredFont)) {
			w.barcode(a.number(), 220, 50);
			w.text(16, t("qualification.print.title"));
			w.text(11, t("review.number") + colon + a.number());
			w.gap(24);
			w.text(11, t("review.enterprise") + colon + a.enterpriseName());
			w.text(11, t("qualification.print.credit-code") + colon + a.creditCode());
			w.text(11, t("qualification.field.kind") + colon + t("qualification.kind." + a.kind()));
			w.text(11, t("qualification.field.qualification") + colon + qualification);
			if (a.contact() != null) {
				w.text(11, t("qualification.print.contact") + colon + a.contact().name() + "    " + a.contact().phone()
						+ "    " + a.contact().mobile());
			}
			w.text(11, t("review.submitted") + colon + time.minutes(a.submittedAt()));
			w.gap(8);
			w.text(12, t("qualification.print.items", lines.size()));
			for (CitedLine line : lines) {
				w.wrapped(10, line.index() + ". " + line.sectionName() + " (#" + line.recordId() + ", "
						+ t("qualification.column.level") + " " + line.levelFiled() + ")  " + line.summary(english));
			}
			w.gap(30);
			w.text(11, t("qualification.print.signature") + colon + "____________________    "
					+ t("qualification.print.seal") + colon + "____________________");
			w.gap(20);
			w.text(11, t("qualification.print.date") + colon + t("qualification.print.date-blank"));
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
