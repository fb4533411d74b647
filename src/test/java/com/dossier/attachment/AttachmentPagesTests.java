package com.dossier.attachment;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

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

/** The record form's attachment list and actions, and the history page's attachment changes, over HTTP. */
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

	@Test
	void deletingFromTheFormIsShownInTheHistory() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		long id = AttachmentClient.json(new AttachmentClient(port, operator.username()).upload(record.id(), "invoice",
				"发票.jpg", AttachmentApiTests.GOOD_SCAN)).get("id").asLong();
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
	}

	@Test
	void aPendingRecordShowsItsFilesWithoutUploadOrDelete() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		long id = AttachmentClient.json(new AttachmentClient(port, operator.username()).upload(record.id(), "invoice",
				"发票.jpg", AttachmentApiTests.GOOD_SCAN)).get("id").asLong();
		lifecycle.markPending(operator.enterpriseId(), List.of(record.id()));
		WebClient web = new WebClient(port);
		web.login(operator.username(), TestData.PASSWORD);

		String form = web.get("/handbook/records/" + record.id() + "/edit").body();

		assertThat(form).contains("发票.jpg").doesNotContain("attachment-upload")
			.doesNotContain("/handbook/attachments/" + id + "/delete");
		HttpResponse<String> refused = web.postForm("/handbook/attachments/" + id + "/delete", Map.of());
		assertThat(refused.statusCode()).isEqualTo(409);
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
