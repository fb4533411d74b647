package com.dossier.verification;

import static com.dossier.verification.VerificationTestData.api;
import static com.dossier.verification.VerificationTestData.filing;
import static com.dossier.verification.VerificationTestData.json;
import static com.dossier.verification.VerificationTestData.readyRecord;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14's rough edges of 原件校对 as the enterprise and the clerk meet them on the pages
 * (#7, #11, #14, #16).
 */
@HttpTest
class VerificationRoughEdgesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	/**
	 * #14: withdrawn items read 已撤回, and the withdrawal gives the record back with its
	 * earlier reason.
	 */
	@Test
	void aWithdrawnApplicationReadsWithdrawnAndKeepsTheEarlierFailReason() {
		TestData.Operator operator = data.operator();
		long record = readyRecord(handbook, attachments, operator.enterpriseId());
		WebClient ent = api(port, operator.username());
		String first = file(ent, record);
		WebClient clerk = api(port, data.account(Role.CLERK));
		clerk.json("POST", "/api/v1/verification-applications/" + first + "/claim", null);
		clerk.json("POST", "/api/v1/verification-applications/" + first + "/items/" + record + "/decision",
				VerificationTestData.decision("FAIL", "扫描件不清晰"));

		String second = file(ent, record);
		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		browser.get("/handbook/verification/applications");
		browser.postForm("/handbook/verification/applications/" + second + "/withdraw", Map.of());

		assertThat(json(ent.json("GET", "/api/v1/records/" + record, null).body()).get("rejectionReason").asString())
			.isEqualTo("扫描件不清晰");
		String list = browser.get("/handbook/verification/applications").body();
		assertThat(row(list, "item-" + second + "-" + record)).contains("已撤回").doesNotContain("待校对");
		assertThat(row(list, "item-" + first + "-" + record)).contains("不通过", "扫描件不清晰");
	}

	/**
	 * #16: from 技术装备 the page opens on that section, first and unfolded, the others
	 * folded below.
	 */
	@Test
	void theFilingPageGroupsBySectionAndOpensOnTheOneItCameFrom() {
		TestData.Operator operator = data.operator();
		long equipment = readyRecord(handbook, attachments, operator.enterpriseId());
		long plant = handbook.create(operator.enterpriseId(), "plant", HandbookSamples.sample("plant", 3)).id();
		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);

		String page = browser.get("/handbook/verification?section=equipment").body();
		int equipmentGroup = page.indexOf("id=\"group-equipment\"");
		int plantGroup = page.indexOf("id=\"group-plant\"");
		assertThat(equipmentGroup).isPositive().isLessThan(plantGroup);
		assertThat(tag(page, "group-equipment")).contains(" open");
		assertThat(tag(page, "group-plant")).doesNotContain(" open");
		assertThat(page.substring(equipmentGroup, plantGroup)).contains("candidate-" + equipment);
		assertThat(page.substring(plantGroup)).contains("candidate-" + plant);
		assertThat(tag(page, "pick-" + equipment)).contains("checked");

		String everything = browser.get("/handbook/verification").body();
		assertThat(tag(everything, "group-plant")).contains(" open");
	}

	/**
	 * #7 and #11: the printed form gives every field of an item and a box for the clerk's
	 * result; in English the preset reason, the PDF's date line and the punctuation are
	 * English.
	 */
	@Test
	void thePrintedFormListsEveryFieldAndReadsEnglishInEnglish() throws Exception {
		TestData.Operator operator = data.operator();
		long record = readyRecord(handbook, attachments, operator.enterpriseId());
		WebClient ent = api(port, operator.username());
		String number = file(ent, record);
		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		String print = browser.get("/handbook/verification/applications/" + number).body();
		assertThat(print).contains("校对结果", "□ 通过", "□ 不通过");
		for (String label : List.of("设备及仪器名称", "出厂日期", "原值（万元）", "净值（万元）")) {
			assertThat(print).as("the printed item has the field %s", label).contains(label);
		}

		WebClient clerk = new WebClient(port);
		String clerkName = data.account(Role.CLERK);
		clerk.login(clerkName, TestData.PASSWORD);
		clerk.get("/clerk/applications/" + number);
		clerk.postForm("/clerk/applications/" + number + "/claim", Map.of());
		clerk.get("/clerk/applications/" + number + "/items/" + record);
		clerk.postForm("/clerk/applications/" + number + "/items/" + record + "/decision",
				Map.of("result", "FAIL", "reasonChoice", "mismatch"));
		assertThat(row(clerk.get("/clerk/applications/" + number).body(), "item-" + record)).contains("原件与扫描件不一致");
		String english = clerk.get("/clerk/applications/" + number + "?lang=en").body();
		assertThat(row(english, "item-" + record)).contains("Originals do not match the scans")
			.doesNotContain("原件与扫描件不一致")
			.doesNotContain("：");
		assertThat(clerk.get("/clerk/applications/" + number + "/items/" + record).body())
			.contains("Failed · " + clerkName)
			.contains("Originals do not match the scans");
		assertThat(json(ent.json("GET", "/api/v1/records/" + record, null).body()).get("rejectionReason").asString())
			.as("stored in the guide's words")
			.isEqualTo("原件与扫描件不一致");

		HttpResponse<byte[]> pdf = bytes(operator.username(),
				"/handbook/verification/applications/" + number + "/form.pdf", "en");
		try (PDDocument doc = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Date: ").doesNotContain("年").doesNotContain("：").doesNotContain("（");
			// the HTML-rendered form wraps a heading in its narrow cell, and the text
			// extraction splits some Latin words there: compare without the spaces
			assertThat(text.replaceAll("\\s+", "")).contains("Resultofthecheck");
		}
	}

	private static String file(WebClient ent, long record) {
		return json(ent.json("POST", "/api/v1/verification-applications", filing(List.of(record))).body()).get("number")
			.asString();
	}

	/** The table row with this id. */
	private static String row(String html, String id) {
		Matcher m = Pattern.compile("<tr id=\"" + Pattern.quote(id) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("row %s", id).isTrue();
		return m.group(1);
	}

	/** The start tag of the element with this id. */
	private static String tag(String html, String id) {
		Matcher m = Pattern.compile("<[a-z]+ [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(m.find()).as("element %s", id).isTrue();
		return m.group();
	}

	private HttpResponse<byte[]> bytes(String username, String path, String language) throws Exception {
		String auth = Base64.getEncoder()
			.encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + auth)
			.header("Accept-Language", language)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
