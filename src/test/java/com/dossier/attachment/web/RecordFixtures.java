package com.dossier.attachment.web;

import java.net.http.HttpResponse;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An equipment record, its scan and its filing, as the attachment API tests make them.
 */
final class RecordFixtures {

	private final int port;

	private final HandbookService handbook;

	RecordFixtures(int port, HandbookService handbook) {
		this.port = port;
		this.handbook = handbook;
	}

	long uploaded(TestData.Operator owner, HandbookRecord record) {
		HttpResponse<String> created = new AttachmentClient(port, owner.username()).upload(record.id(), "invoice",
				"scan.jpg", AttachmentApiTests.GOOD_SCAN);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return AttachmentClient.json(created).get("id").asLong();
	}

	/** Files the record for 原件校对 as its enterprise does, over the API. */
	void file(TestData.Operator owner, HandbookRecord record) {
		HttpResponse<String> filed = new AttachmentClient(port, owner.username())
			.postJson("/api/v1/verification-applications", "{\"recordIds\":[" + record.id() + "]}");
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
	}

	HandbookRecord equipment(TestData.Operator operator) {
		return handbook.create(operator.enterpriseId(), "equipment",
				Map.of("name", "全站仪", "model", "TS-" + TestData.unique(), "origin", "中国", "manufactureDate",
						"2020-05-01", "quantity", "2", "originalValue", "50000", "netValue", "30000"));
	}

}
