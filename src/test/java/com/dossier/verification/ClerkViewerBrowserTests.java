package com.dossier.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.Browser;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the clerk and the enterprise see of issue 14's #1, #2 and #7 in Chromium: a PDF
 * scan paged through as pictures, a turned scan that stays on its panel, and the printed
 * form without its toolbar, on A4, with every field.
 */
@HttpTest
@Tag("browser")
class ClerkViewerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Test
	void theClerkPagesThroughATwoPagePdfAndTurnsItWithoutLosingIt() {
		TestData.Operator operator = data.operator();
		long record = attachments
			.attachRequired(
					handbook.create(operator.enterpriseId(), "equipment", HandbookSamples.sample("equipment", 41)),
					TestAttachments.pdf(2), 2)
			.id();
		String number = file(operator, record);
		try (Browser browser = Browser.open(port)) {
			browser.login(data.account(Role.CLERK), TestData.PASSWORD);
			browser.go("/clerk/applications/" + number + "/items/" + record);
			String scan = browser.find(".scan-item").getAttribute("id").substring("scan-".length());
			String image = "#scan-image-" + scan;
			waitForPicture(browser, image, "/pages/1.png");
			assertThat(browser.text("#page-of-" + scan)).isEqualTo("第 1 页，共 2 页");
			assertThat(browser.find("#page-previous-" + scan).isEnabled()).isFalse();
			browser.screenshot("clerk-pdf-page-1");
			assertThat(browser.axe()).as("axe on clerk-pdf-page-1").isEmpty();

			browser.click("#page-next-" + scan);
			waitForPicture(browser, image, "/pages/2.png");
			assertThat(browser.text("#page-of-" + scan)).isEqualTo("第 2 页，共 2 页");
			assertThat(browser.find("#page-next-" + scan).isEnabled()).isFalse();
			browser.screenshot("clerk-pdf-page-2");

			Map<String, Number> before = rect(browser, image);
			browser.click("#rotate");
			Map<String, Number> panel = rect(browser, "#scans");
			Map<String, Number> turned = rect(browser, image);
			browser.screenshot("clerk-pdf-rotated");
			assertThat(turned.get("width").doubleValue()).as("turned a quarter")
				.isCloseTo(before.get("height").doubleValue(), org.assertj.core.data.Offset.offset(2.0));
			assertThat(turned.get("left").doubleValue()).as("still on the panel (left)")
				.isGreaterThanOrEqualTo(panel.get("left").doubleValue() - 1);
			assertThat(turned.get("top").doubleValue()).as("still on the panel (top)")
				.isGreaterThanOrEqualTo(panel.get("top").doubleValue() - 1);

			browser.click("#page-previous-" + scan);
			waitForPicture(browser, image, "/pages/1.png");
			assertThat(browser.text("#page-of-" + scan)).isEqualTo("第 1 页，共 2 页");
		}
	}

	@Test
	void thePrintedFormHasNoToolbarIsA4AndGivesEveryField() throws Exception {
		TestData.Operator operator = data.operator();
		long record = VerificationTestData.readyRecord(handbook, attachments, operator.enterpriseId());
		String number = file(operator, record);
		try (Browser browser = Browser.open(port)) {
			browser.login(operator.username(), TestData.PASSWORD);
			browser.go("/handbook/verification/applications/" + number);
			assertThat(browser.find("#print-toolbar").isDisplayed()).isTrue();
			Map<String, Object> printed = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.printToPDF",
					Map.of("preferCSSPageSize", true));
			byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
			java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "print-form.pdf"), pdf);
			try (PDDocument doc = Loader.loadPDF(pdf)) {
				PDRectangle page = doc.getPage(0).getMediaBox();
				assertThat(page.getWidth()).as("A4 wide").isCloseTo(595f, org.assertj.core.data.Offset.offset(3f));
				assertThat(page.getHeight()).as("A4 high").isCloseTo(842f, org.assertj.core.data.Offset.offset(3f));
				String text = new PDFTextStripper().getText(doc);
				assertThat(text).contains("原件校对申请表", number, "法定代表人签字", "校对结果");
				assertThat(text).contains("出厂日期", "原值（万元）", "净值（万元）");
				assertThat(text).as("no toolbar, menu or header on paper")
					.doesNotContain("下载 PDF", "我的原件校对申请", "安全退出", "信息自助变更");
			}
		}
	}

	/**
	 * #13: the workbench's inputs look like every other input, and short cells never wrap
	 * at 1,400 px.
	 */
	@Test
	void theWorkbenchInputsAreStyledAndShortCellsStayOnOneLine() {
		TestData.Operator operator = data.operator();
		long record = VerificationTestData.readyRecord(handbook, attachments, operator.enterpriseId());
		String number = file(operator, record);
		try (Browser browser = Browser.open(port)) {
			browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
			browser.login(data.account(Role.CLERK), TestData.PASSWORD);
			browser.go("/clerk?enterprise=" + operator.creditCode());
			for (String input : List.of("#scan-number", "#filter-date", "#filter-status", "#filter-enterprise")) {
				assertThat(browser.find(input).getCssValue("border-top-width")).as(input).isEqualTo("1px");
				assertThat(browser.find(input).getCssValue("border-top-color")).as(input)
					.isEqualTo("rgba(138, 150, 168, 1)");
				assertThat(browser.find(input).getCssValue("padding-left")).as(input).isEqualTo("8px");
			}
			browser.screenshot("clerk-workbench");
			assertThat(browser.axe()).as("axe on clerk-workbench").isEmpty();
			assertThat(lines(browser, "#queue-" + number + " td.nowrap")).as("queue cells")
				.isNotEmpty()
				.allMatch(n -> n <= 1);
			browser.go("/clerk/applications/" + number);
			assertThat(lines(browser, "#item-" + record + " td.nowrap")).as("item cells")
				.isNotEmpty()
				.allMatch(n -> n <= 1);
		}
	}

	/** How many lines the text of each element takes. */
	@SuppressWarnings("unchecked")
	private static List<Long> lines(Browser browser, String css) {
		return (List<Long>) ((JavascriptExecutor) browser.driver()).executeScript("""
				return Array.from(document.querySelectorAll(arguments[0])).map(function (cell) {
				  var range = document.createRange();
				  range.selectNodeContents(cell);
				  var tops = new Set(Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; })
				    .map(function (r) { return Math.round(r.top); }));
				  return tops.size;
				});""", css);
	}

	private String file(TestData.Operator operator, long record) {
		WebClient api = VerificationTestData.api(port, operator.username());
		return VerificationTestData
			.json(api.json("POST", "/api/v1/verification-applications", VerificationTestData.filing(List.of(record)))
				.body())
			.get("number")
			.asString();
	}

	/** Waits until the picture shows the page asked for, loaded and laid out. */
	private static void waitForPicture(Browser browser, String css, String page) {
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d -> {
			Object done = ((JavascriptExecutor) d).executeScript("var i = document.querySelector(arguments[0]);"
					+ "return i.complete && i.naturalWidth > 0 && i.src.endsWith(arguments[1]) && i.style.width !== '';",
					css, page);
			return Boolean.TRUE.equals(done);
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Number> rect(Browser browser, String css) {
		return (Map<String, Number>) ((JavascriptExecutor) browser.driver())
			.executeScript("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
					+ "return {left: r.left, top: r.top, width: r.width, height: r.height};", css);
	}

}
