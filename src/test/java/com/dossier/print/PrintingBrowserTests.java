package com.dossier.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.support.Browser;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator chooses sections on the printing page, gets the print view with its cover
 * and QR code (the stylesheet and the code load under the CSP), and the code's address
 * says the copy is genuine.
 */
@HttpTest
@Tag("browser")
class PrintingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Test
	void choosingSectionsPrintingAndCheckingTheCopy() {
		TestData.Operator operator = data.operator();
		var plant = handbook.create(operator.enterpriseId(), "plant", HandbookSamples.sample("plant", 7201));
		try (Browser browser = Browser.open(port)) {
			browser.login(operator.username(), TestData.PASSWORD);
			browser.go("/handbook/verification/applications")
				.click("#print-handbook")
				.waitForPath("/handbook/printing");
			assertThat(browser.axe()).as("axe on the printing page").isEmpty();
			browser.click("#choose-plant").click("#print-view").waitForPath("/handbook/print");
			assertThat(browser.path()).isEqualTo("/handbook/print?sections=plant");
			assertThat(browser.text("#cover-credit-code")).isEqualTo(operator.creditCode());
			assertThat(browser.has("#record-" + plant.id())).isTrue();
			assertThat(browser.has("#section-equipment")).isFalse();
			assertThat(browser.find("#print-pdf").getAttribute("href")).endsWith("/handbook/print.pdf?sections=plant");
			Object qrWidth = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return document.getElementById('paper-qr').naturalWidth");
			assertThat(((Number) qrWidth).intValue()).as("the QR code shows").isGreaterThan(100);
			Object footer = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return getComputedStyle(document.querySelector('.page-footer')).display");
			assertThat(footer).as("paper.css loads: the page footer is for paper only").isEqualTo("none");
			browser.screenshot("handbook-print-view");
			String token = browser.text("#paper-token");
			browser.go("/handbook/printing").logout();
			browser.go("/verify/" + token);
			assertThat(browser.text("#verify-genuine")).contains("本系统出具");
			assertThat(browser.text("#verify-status")).isEqualTo("与系统中现有信息一致");
		}
	}

}
