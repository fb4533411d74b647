package com.dossier.attachment.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.attachment.TestImages;
import com.dossier.attachment.storage.BlobId;
import com.dossier.attachment.storage.RandomIds;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record form's attachment list and actions, and the history page's attachment
 * changes, over HTTP.
 */
@HttpTest
class AttachmentPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	RecordLifecycle lifecycle;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void deletingFromTheFormIsShownInTheHistory() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		long id = AttachmentClient.json(new AttachmentClient(port, operator.username()).upload(record.id(), "invoice",
				"发票.jpg", AttachmentApiTests.GOOD_SCAN))
			.get("id")
			.asLong();
		WebClient web = new WebClient(port);
		web.login(operator.username(), TestData.PASSWORD);

		String form = web.get("/handbook/records/" + record.id() + "/edit").body();
		assertThat(form).contains("发票.jpg", "96 dpi", "/api/v1/attachments/" + id + "/content?view=true",
				"/handbook/attachments/" + id + "/delete", "attachment-upload");
		HttpResponse<String> deleted = web.postForm("/handbook/attachments/" + id + "/delete", Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(deleted)).isEqualTo("/handbook/records/" + record.id() + "/edit");
		assertThat(web.get("/handbook/records/" + record.id() + "/edit").body()).contains("附件“发票.jpg”已删除")
			.contains("尚未上传“发票等证明文件”");

		String history = web.get("/handbook/records/" + record.id() + "/history").body();
		assertThat(history).contains("附件变更", "发票.jpg", "上传", "删除", "发票等证明文件");
		assertThat(web.get("/handbook/records/" + record.id() + "/edit?lang=en").body())
			.contains("Still to upload before filing for verification:", "Nothing uploaded yet", "Upload ");
	}

	@Test
	void theUserPicksThePaperOfAnImageThatRecordsNoResolution() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		WebClient web = new WebClient(port);
		web.login(operator.username(), TestData.PASSWORD);
		assertThat(web.get("/handbook/records/" + record.id() + "/edit").body()).contains("name=\"paper\"",
				"A5（148×210 毫米）");
		byte[] png = TestImages.png(TestImages.page(1200, 1700, java.awt.image.BufferedImage.TYPE_INT_RGB, false));
		HttpResponse<String> offered = web.postMultipart("/handbook/records/" + record.id() + "/attachments",
				Map.of("kind", "invoice", "paper", "A5"), "file", "发票.png", png);
		String preview = WebClient.location(offered);
		assertThat(preview).startsWith("/handbook/attachments/conversions/");
		assertThat(web.get(preview).body()).contains("148", "210");
	}

	@Test
	void aPendingRecordShowsItsFilesWithoutUploadOrDelete() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		long id = AttachmentClient.json(new AttachmentClient(port, operator.username()).upload(record.id(), "invoice",
				"发票.jpg", AttachmentApiTests.GOOD_SCAN))
			.get("id")
			.asLong();
		lifecycle.markPending(operator.enterpriseId(), List.of(record.id()));
		WebClient web = new WebClient(port);
		web.login(operator.username(), TestData.PASSWORD);

		String form = web.get("/handbook/records/" + record.id() + "/edit").body();

		assertThat(form).contains("发票.jpg")
			.doesNotContain("attachment-upload")
			.doesNotContain("/handbook/attachments/" + id + "/delete");
		HttpResponse<String> refused = web.postForm("/handbook/attachments/" + id + "/delete", Map.of());
		assertThat(refused.statusCode()).isEqualTo(409);
	}

	@Test
	void aDiscardedConversionLeavesNothingBehind() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		WebClient web = new WebClient(port);
		web.login(operator.username(), TestData.PASSWORD);
		web.get("/handbook/records/" + record.id() + "/edit");
		byte[] bytes = TestData.unique().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String sha = BlobId.of(bytes).sha256();
		jdbc.sql("""
				insert into attachment_blob (sha256, size_bytes, content, created_at)
				values (?, 3, ?, current_timestamp)""").params(sha, bytes).update();
		long id = RandomIds.next();
		jdbc.sql(
				"""
						insert into attachment_conversion (id, record_id, enterprise_id, kind, sha256, file_name, refusal_code,
						    created_by, created_at) values (?, ?, ?, 'invoice', ?, 'x.jpg', 'image.not_jpeg', ?, current_timestamp)""")
			.params(id, record.id(), operator.enterpriseId(), sha, operator.username())
			.update();

		HttpResponse<String> discarded = web.postForm("/handbook/attachments/conversions/" + id + "/discard", Map.of());

		assertThat(discarded.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from attachment_conversion where id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(
				jdbc.sql("select count(*) from attachment_blob where sha256 = ?").param(sha).query(Long.class).single())
			.isZero();
	}

	@Test
	void anotherEnterpriseCannotSeeAConversionOrAnAttachmentPage() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		WebClient other = new WebClient(port);
		other.login(data.operator().username(), TestData.PASSWORD);

		assertThat(other.get("/handbook/records/" + record.id() + "/edit").statusCode()).isEqualTo(404);
		assertThat(other.get("/handbook/attachments/conversions/999999999").statusCode()).isEqualTo(404);
	}

	private HandbookRecord equipment(TestData.Operator operator) {
		return handbook.create(operator.enterpriseId(), "equipment",
				Map.of("name", "水准仪", "model", "DS-" + TestData.unique(), "origin", "中国", "manufactureDate",
						"2019-05-01", "quantity", "1", "originalValue", "3000", "netValue", "1000"));
	}

}
