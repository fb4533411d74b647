package com.dossier.attachment.web;

import java.net.http.HttpResponse;
import java.util.Map;

import com.dossier.attachment.TestImages;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 #8: what scanners produce — a 300-dpi A4 PNG of about 15 MB — is taken by the
 * record form and offered as 图片自动调整, not refused for its size; above the form's 30 MB the
 * refusal writes both sizes the one way (grouped KB: "30,730 KB" beside "30,720 KB"), in
 * both languages, and nothing is stored.
 */
@HttpTest
class ScanConversionTests {

	/**
	 * A 300-dpi A4 scan as PNG, about 15 MB (generated: nothing that large is committed).
	 */
	static byte[] scan;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void scanAnA4PageAt300Dpi() {
		scan = TestImages.a4ScanPng();
	}

	@Test
	void aTypicalScanIsOfferedForConversionAndAttachedOnceAccepted() {
		assertThat(scan.length).isBetween(12 * 1024 * 1024, 20 * 1024 * 1024); // above
																				// the old
																				// 10 MB
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		WebClient web = new WebClient(port);
		web.login(operator.username(), TestData.PASSWORD);
		String edit = "/handbook/records/" + record.id() + "/edit";
		web.get(edit); // the form's CSRF token

		HttpResponse<String> offered = web.postMultipart("/handbook/records/" + record.id() + "/attachments",
				Map.of("kind", "invoice"), "file", "扫描件.png", scan);
		assertThat(offered.statusCode()).isEqualTo(302);
		String preview = WebClient.location(offered);
		assertThat(preview).startsWith("/handbook/attachments/conversions/");
		String page = web.get(preview).body();
		assertThat(page).contains("图片自动调整", "检测为 PNG", "实际尺寸：210×297 毫米", "id=\"conversion-accept\"");
		HttpResponse<String> image = web.get(preview + "/image");
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");

		HttpResponse<String> accepted = web.postForm(preview + "/accept", Map.of());
		assertThat(WebClient.location(accepted)).isEqualTo(edit);
		assertThat(web.get(edit).body()).contains("扫描件.jpg").doesNotContain("尚未上传“发票等证明文件”");
	}

	@Test
	void aFileAboveTheFormsLimitIsRefusedWithBothSizesWrittenAlikeAndNothingStored() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		WebClient web = new WebClient(port);
		web.login(operator.username(), TestData.PASSWORD);
		String edit = "/handbook/records/" + record.id() + "/edit";
		web.get(edit); // the form's CSRF token
		byte[] tooLarge = new byte[30 * 1024 * 1024 + 10 * 1024];

		HttpResponse<String> refused = web.postMultipart("/handbook/records/" + record.id() + "/attachments",
				Map.of("kind", "invoice"), "file", "扫描件.png", tooLarge);
		assertThat(WebClient.location(refused)).isEqualTo(edit);
		assertThat(web.get(edit).body()).contains("文件大小为 30,730 KB，超过上传上限 30,720 KB");
		web.postMultipart("/handbook/records/" + record.id() + "/attachments?lang=en", Map.of("kind", "invoice"),
				"file", "scan.png", tooLarge);
		assertThat(web.get(edit + "?lang=en").body())
			.contains("The file is 30,730 KB, above the upload limit of 30,720 KB");
		assertThat(jdbc.sql("select count(*) from attachment where record_id = ?")
			.param(record.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from attachment_conversion where record_id = ?")
			.param(record.id())
			.query(Long.class)
			.single()).isZero();
	}

	private HandbookRecord equipment(TestData.Operator operator) {
		return handbook.create(operator.enterpriseId(), "equipment",
				Map.of("name", "水准仪", "model", "DS-" + TestData.unique(), "origin", "中国", "manufactureDate",
						"2019-05-01", "quantity", "1", "originalValue", "3000", "netValue", "1000"));
	}

}
