package com.dossier.attachment.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.dossier.attachment.TestImages;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.support.Browser;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record form's attachments in a real browser: a good scan, a refused one, and 图片自动调整
 * of a PNG.
 */
@HttpTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	Browser browser;

	TestData.Operator operator;

	Path files;

	@BeforeAll
	void open() throws IOException {
		operator = data.operator();
		files = Files.createTempDirectory("dossier-uploads");
		browser = Browser.open(port);
		browser.login(operator.username(), TestData.PASSWORD);
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void uploadsAGoodScanIsRefusedABadOneAndConvertsAPng() throws IOException {
		browser.go("/handbook/sections/equipment/new");
		assertThat(browser.pageText()).contains("*信息保存后才能上传附件");
		assertThat(browser.has(".attachment-upload")).isFalse();

		HandbookRecord record = handbook.create(operator.enterpriseId(), "equipment",
				Map.of("name", "经纬仪", "model", "J2-" + TestData.unique(), "origin", "中国", "manufactureDate",
						"2021-01-01", "quantity", "1", "originalValue", "8000", "netValue", "6000"));
		String edit = "/handbook/records/" + record.id() + "/edit";
		browser.go(edit);
		assertThat(browser.text("#attachments-missing")).contains("尚未上传“发票等证明文件”");
		assertThat(browser.text("[data-kind=invoice] button")).isEqualTo("发票等证明文件上传");

		upload("发票扫描件.jpg", TestImages.jpeg(794, 1123, 96));
		assertThat(browser.path()).startsWith(edit);
		assertThat(browser.text("#flash-success")).contains("发票扫描件.jpg");
		assertThat(browser.text(".attachment-list")).contains("发票扫描件.jpg", "96 dpi", "210×297 毫米", operator.username());
		assertThat(browser.has("#attachments-missing")).isFalse();
		browser.click(".attachment-view");
		assertThat(browser.find("#attachment-viewer").isDisplayed()).isTrue();
		waitForImage("#attachment-viewer img");
		String before = browser.find("#attachment-viewer img").getCssValue("width");
		browser.click("#attachment-viewer .zoom-in");
		assertThat(browser.find("#attachment-viewer img").getCssValue("width")).isNotEqualTo(before);

		byte[] good = TestImages.jpeg(794, 1123, 96);
		upload("坏文件.jpg", Arrays.copyOf(good, good.length / 2));
		assertThat(browser.path()).startsWith(edit);
		assertThat(browser.text("#flash-error")).contains("图片已损坏或不完整");
		assertThat(rows()).isEqualTo(1);

		upload("照片.png", TestImages.png(TestImages.page(1240, 1754, BufferedImage.TYPE_INT_RGB, false)));
		assertThat(browser.path()).startsWith("/handbook/attachments/conversions/");
		assertThat(browser.text("#flash-error")).contains("文件内容不是 JPEG 图片", "图片自动调整");
		assertThat(browser.text("#conversion-facts")).contains("dpi", "210×297", "KB");
		waitForImage("#conversion-preview");
		browser.screenshot("attachment-conversion");
		assertThat(browser.axe()).as("axe on attachment-conversion").isEmpty();
		browser.click("#conversion-accept").waitForPath(edit);
		assertThat(browser.text("#flash-success")).contains("照片.jpg");
		assertThat(rows()).isEqualTo(2);
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('attachments').scrollIntoView()");
		browser.screenshot("attachment-list");
		assertThat(browser.axe()).as("axe on attachment-list").isEmpty();
	}

	private void upload(String name, byte[] content) throws IOException {
		Path file = files.resolve(name);
		Files.write(file, content);
		browser.find("[data-kind=invoice] input[type=file]").sendKeys(file.toAbsolutePath().toString());
		browser.click("[data-kind=invoice] .attachment-upload button");
	}

	private int rows() {
		return browser.driver().findElements(By.cssSelector(".attachment-list tbody tr")).size();
	}

	private void waitForImage(String css) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
					"var i = document.querySelector(arguments[0]); return i.complete && i.naturalWidth > 0;", css));
	}

}
