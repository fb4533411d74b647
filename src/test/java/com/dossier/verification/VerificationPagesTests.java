package com.dossier.verification;

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
 * The pages of 原件校对: filing from the list, printing (HTML and PDF with Chinese), and the
 * clerk's workbench.
 */
@HttpTest
class VerificationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Test
	void anOperatorFilesFromTheListPrintsTheFormAndSeesWhyARecordCannotBePicked() throws Exception {
		TestData.Operator operator = data.operator();
		long first = readyRecord(handbook, attachments, operator.enterpriseId());
		long second = readyRecord(handbook, attachments, operator.enterpriseId());
		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);

		String list = browser.get("/handbook/verification?section=equipment").body();
		assertThat(list).contains("id=\"pick-" + first + "\"").contains("id=\"pick-" + second + "\"");
		browser.postForm("/handbook/verification", Map.of());
		assertThat(browser.get("/handbook/verification").body()).contains("请至少勾选一条信息");
		HttpResponse<String> filed = browser.postForm("/handbook/verification",
				Map.of("recordIds", Long.toString(first)));
		String location = WebClient.location(filed);
		assertThat(location).matches("/handbook/verification/applications/W\\d{13}");
		String number = location.substring(location.lastIndexOf('/') + 1);

		String again = browser.get("/handbook/verification").body();
		assertThat(again).doesNotContain("id=\"pick-" + first + "\"").contains("已在原件校对申请 " + number + " 中");
		String print = browser.get(location).body();
		assertThat(print).contains(number).contains("法定代表人签字").contains("企业盖章").contains("测试联系人").contains("附件数");
		String applications = browser.get("/handbook/verification/applications").body();
		assertThat(applications).contains(number).contains("id=\"withdraw-" + number + "\"");

		HttpResponse<byte[]> pdf = bytes(operator.username(), location + "/form.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
		try (PDDocument doc = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("原件校对申请表").contains(number).contains("法定代表人签字").contains("测试联系人");
			// The item's line wraps where its values end (they vary with the sample).
			assertThat(text.replaceAll("\\s+", "")).contains("附件1份");
		}
		HttpResponse<byte[]> barcode = bytes(operator.username(), location + "/barcode.png");
		assertThat(barcode.headers().firstValue("Content-Type")).hasValue("image/png");

		TestData.Operator other = data.operator();
		assertThat(bytes(other.username(), location).statusCode()).isEqualTo(404);
		assertThat(bytes(other.username(), location + "/form.pdf").statusCode()).isEqualTo(404);

		browser.postForm("/handbook/verification/applications/" + number + "/withdraw", Map.of());
		assertThat(browser.get("/handbook/verification").body()).contains("id=\"pick-" + first + "\"");
	}

	@Test
	void aClerkOpensTheScannedNumberClaimsAndDecidesOnThePages() throws Exception {
		TestData.Operator operator = data.operator();
		long record = readyRecord(handbook, attachments, operator.enterpriseId());
		WebClient api = VerificationTestData.api(port, operator.username());
		String number = VerificationTestData
			.json(api.json("POST", "/api/v1/verification-applications", VerificationTestData.filing(List.of(record)))
				.body())
			.get("number")
			.asString();

		WebClient clerk = new WebClient(port);
		clerk.login(data.account(Role.CLERK), TestData.PASSWORD);
		String queue = clerk.get("/clerk?enterprise=" + operator.creditCode()).body();
		assertThat(queue).contains("queue-" + number);
		assertThat(WebClient.location(clerk.get("/clerk/open?number=" + number.toLowerCase())))
			.isEqualTo("/clerk/applications/" + number);
		assertThat(WebClient.location(clerk.get("/clerk/open?number=W123"))).isEqualTo("/clerk");
		assertThat(clerk.get("/clerk").body()).contains("申请编号格式不正确");

		clerk.get("/clerk/applications/" + number);
		clerk.postForm("/clerk/applications/" + number + "/claim", Map.of());
		String item = clerk.get("/clerk/applications/" + number + "/items/" + record).body();
		assertThat(item).contains("decision-form").contains("设备");
		// the record's scan is a PDF: shown as a picture of its page, drawn on the server
		// (issue 14 #1)
		java.util.regex.Matcher scan = java.util.regex.Pattern
			.compile("src=\"(/clerk/applications/" + number + "/items/" + record + "/scans/(\\d+)/pages/)1\\.png\"")
			.matcher(item);
		assertThat(scan.find()).as("the item view shows the record's scans: %s", item).isTrue();
		HttpResponse<byte[]> picture = bytes(data.account(Role.CLERK), scan.group(1) + "1.png");
		assertThat(picture.statusCode()).isEqualTo(200);
		assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(java.util.Arrays.copyOf(picture.body(), 4)).containsExactly(0x89, 'P', 'N', 'G');
		assertThat(bytes(data.account(Role.CLERK), scan.group(1) + "2.png").statusCode()).as("no page 2")
			.isEqualTo(404);
		assertThat(bytes(operator.username(), scan.group(1) + "1.png").statusCode()).isEqualTo(403);
		String otherScan = "/clerk/applications/" + number + "/items/" + record + "/scans/12345/pages/1.png";
		assertThat(bytes(data.account(Role.CLERK), otherScan).statusCode()).as("not a scan of this item")
			.isEqualTo(404);
		assertThat(bytes(data.account(Role.CLERK), scan.group(1) + "first.png").statusCode()).isEqualTo(400);
		assertThat(clerk.get("/api/v1/attachments/" + scan.group(2) + "/content").statusCode()).isEqualTo(200);
		HttpResponse<String> decided = clerk.postForm(
				"/clerk/applications/" + number + "/items/" + record + "/decision",
				Map.of("result", "FAIL", "reasonChoice", "unclear"));
		assertThat(WebClient.location(decided)).isEqualTo("/clerk/applications/" + number);
		String after = clerk.get("/clerk/applications/" + number).body();
		assertThat(after).contains("扫描件不清晰").contains("校对完成");
	}

	@Test
	void eachSideKeepsToItsOwnPages() {
		WebClient enterprise = new WebClient(port);
		enterprise.login(data.operator().username(), TestData.PASSWORD);
		assertThat(enterprise.get("/clerk").statusCode()).isEqualTo(403);
		WebClient clerk = new WebClient(port);
		clerk.login(data.account(Role.CLERK), TestData.PASSWORD);
		assertThat(clerk.get("/handbook/verification").statusCode()).isEqualTo(403);
	}

	private HttpResponse<byte[]> bytes(String username, String path) throws Exception {
		String auth = Base64.getEncoder()
			.encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + auth)
			.header("Accept-Language", "zh-CN")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
