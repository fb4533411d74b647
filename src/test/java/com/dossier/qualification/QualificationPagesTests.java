package com.dossier.qualification;

import static com.dossier.qualification.QualificationApiTests.level;
import static com.dossier.qualification.QualificationTestData.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages people use: the enterprise files from the form (records that cannot be cited
 * say why), prints the application (HTML and PDF with its barcode); a reviewer finds it
 * in the queue, claims it, sees the record with its scans and history, and decides.
 */
@HttpTest
class QualificationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Autowired
	VerificationService verification;

	@Autowired
	RecordLifecycle lifecycle;

	QualificationTestData records;

	@BeforeEach
	void records() {
		records = new QualificationTestData(handbook, attachments, verification, lifecycle, data);
	}

	@Test
	void anEnterpriseFilesAndPrintsAndAReviewerApprovesThroughThePages() {
		TestData.Operator operator = data.operator();
		long draft = records.draft(operator.enterpriseId());
		long c = records.verified(operator, 1).get(0);
		WebClient ent = new WebClient(port);
		ent.login(operator.username(), TestData.PASSWORD);
		assertThat(ent.get("/handbook/sections").body()).contains("href=\"/handbook/qualification\"");

		String form = ent.get("/handbook/qualification/new").body();
		assertThat(form).contains("id=\"cite-" + c + "\"").doesNotContain("id=\"cite-" + draft + "\"");
		assertThat(form).contains("信息 #" + draft + " 尚未通过原件核对");
		assertThat(form).contains("建筑工程施工总承包 二级");
		HttpResponse<String> refused = ent.postForm("/handbook/qualification",
				Map.of("kind", "FIRST", "qualification", "supervision|A", "recordIds", Long.toString(draft)));
		assertThat(WebClient.location(refused)).isEqualTo("/handbook/qualification/new");
		assertThat(ent.get("/handbook/qualification/new").body()).contains("资质申请未提交");

		HttpResponse<String> filed = ent.postForm("/handbook/qualification",
				Map.of("kind", "FIRST", "qualification", "supervision|A", "recordIds", Long.toString(c)));
		String location = WebClient.location(filed);
		assertThat(location).matches("/handbook/qualification/Z\\d{13}");
		String number = location.substring(location.lastIndexOf('/') + 1);
		String print = ent.get(location).body();
		assertThat(print).contains(number, "工程监理 甲级", "法定代表人签字", "企业盖章", "barcode.png");
		HttpResponse<String> pdf = ent.get(location + "/form.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
		assertThat(ent.get("/handbook/qualification").body()).contains("id=\"withdraw-" + number + "\"");

		WebClient reviewer = new WebClient(port);
		reviewer.login(data.account(Role.REVIEWER), TestData.PASSWORD);
		assertThat(reviewer.get("/review?enterprise=" + operator.creditCode()).body()).contains("queue-" + number);
		reviewer.get("/review/" + number);
		reviewer.postForm("/review/" + number + "/claim", Map.of());
		String view = reviewer.get("/review/" + number).body();
		assertThat(view).contains("id=\"cited-" + c + "\"", "id=\"history-" + c + "\"", "/api/v1/attachments/",
				"id=\"decision-form\"");
		HttpResponse<String> noReason = reviewer.postForm("/review/" + number + "/decision",
				Map.of("result", "RETURN", "reason", ""));
		assertThat(reviewer.get(WebClient.location(noReason)).body()).contains("退回时必须填写原因");
		reviewer.postForm("/review/" + number + "/decision", Map.of("result", "APPROVE", "reason", ""));
		assertThat(reviewer.get("/review/" + number).body()).contains("审核通过").doesNotContain("decision-form");
		assertThat(level(api(port, operator.username()), c)).isEqualTo("B");
		assertThat(ent.get("/handbook/qualification").body()).contains("审核通过")
			.doesNotContain("id=\"withdraw-" + number + "\"");
	}

	@Test
	void aReviewerReadsTheScansOfCitedRecordsOnly() {
		TestData.Operator operator = data.operator();
		long c = records.verified(operator, 1).get(0);
		long uncited = records.verified(operator, 1).get(0);
		api(port, operator.username()).json("POST", "/api/v1/qualification-applications",
				QualificationTestData.filing(List.of(c)));
		WebClient reviewer = api(port, data.account(Role.REVIEWER));
		long citedScan = scanOf(operator, c);
		long otherScan = scanOf(operator, uncited);
		assertThat(reviewer.get("/api/v1/attachments/" + citedScan + "/content").statusCode()).isEqualTo(200);
		assertThat(reviewer.get("/api/v1/attachments/" + otherScan + "/content").statusCode()).isEqualTo(404);
	}

	private long scanOf(TestData.Operator operator, long recordId) {
		return QualificationTestData
			.json(api(port, operator.username()).json("GET", "/api/v1/records/" + recordId, null).body())
			.get("attachments")
			.get(0)
			.get("id")
			.asLong();
	}

}
