package com.dossier.shared.print;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dossier.print.HandbookPaper;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.web.PageContext;
import com.dossier.shared.web.Reminders;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * How long a whole handbook of 1,000 records takes to print as PDF (target: under 5 s):
 * the page from the precompiled template, then the PDF with the CJK font embedded.
 * Reading the records from the database is not in it (a page of 500 per query; see
 * HandbookContent). A plain main, not a test, so the build never pays for it:
 *
 * <pre>
 * mvn -q test-compile
 * mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.dossier.shared.print.HandbookPdfBenchmark
 * </pre>
 *
 * It warms up twice, then prints each run and the median of five.
 */
public final class HandbookPdfBenchmark {

	private static final int RECORDS = 1_000;

	private static final int SECTIONS = 10;

	private HandbookPdfBenchmark() {
	}

	public static void main(String[] args) {
		TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/common", "messages/handbook", "messages/print");
		messages.setDefaultEncoding("UTF-8");
		PageContext ctx = new PageContext(messages, Locale.SIMPLIFIED_CHINESE, "Dossier", null, null, null, null,
				List.of(), null, null, new AdministrationTime(ZoneId.of("Asia/Shanghai"), Clock.systemUTC()), Map.of(),
				Reminders.NONE);
		HtmlPdf pdf = new HtmlPdf("");
		HandbookPaper paper = paper();
		long[] ms = new long[7];
		for (int run = 0; run < ms.length; run++) {
			long start = System.nanoTime();
			StringOutput html = new StringOutput();
			templates.render("print/handbook.jte", Map.of("ctx", ctx, "paper", paper, "screen", false), html);
			byte[] bytes = pdf.render(html.toString());
			ms[run] = (System.nanoTime() - start) / 1_000_000;
			System.out.printf(Locale.ROOT, "run %d%s: %d ms, %d bytes%n", run + 1, run < 2 ? " (warm-up)" : "", ms[run],
					bytes.length);
		}
		long[] measured = Arrays.copyOfRange(ms, 2, ms.length);
		Arrays.sort(measured);
		System.out.printf(Locale.ROOT, "%d records in %d sections: median %d ms, max %d ms%n", RECORDS, SECTIONS,
				measured[measured.length / 2], measured[measured.length - 1]);
	}

	/** Ten sections of a hundred records, each with eight fields and one attachment. */
	private static HandbookPaper paper() {
		List<HandbookPaper.Section> sections = new ArrayList<>();
		for (int s = 0; s < SECTIONS; s++) {
			List<HandbookPaper.Row> rows = new ArrayList<>();
			for (int r = 0; r < RECORDS / SECTIONS; r++) {
				List<HandbookPaper.Field> fields = new ArrayList<>();
				for (int f = 0; f < 8; f++) {
					fields.add(new HandbookPaper.Field("字段名称" + f, "上海市浦东新区示范路" + (r * 8 + f) + "号 设备型号 XK-" + r));
				}
				rows.add(new HandbookPaper.Row(r + 1, s * 1000L + r, "D:未通过原件核对（企业可以修改）", "未提交", fields,
						List.of("发票 · invoice-" + r + ".jpg")));
			}
			sections.add(new HandbookPaper.Section("section-" + s, "栏目" + s, rows));
		}
		String url = "https://hall.example/verify/P000000001.AAAAAAAAAAAAAAAAAAAAAA";
		return new HandbookPaper("P000000001", "上海示范建设工程有限公司", "91310000MA1FL0XX0X", LocalDate.of(2026, 12, 2),
				new Papers.Seal("P000000001.AAAAAAAAAAAAAAAAAAAAAA", url, QrCodes.dataUri(url)), sections, List.of());
	}

}
