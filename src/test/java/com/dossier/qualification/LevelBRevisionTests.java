package com.dossier.qualification;

import static com.dossier.qualification.QualificationTestData.api;
import static com.dossier.qualification.QualificationTestData.decision;
import static com.dossier.qualification.QualificationTestData.filing;
import static com.dossier.qualification.QualificationTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationService;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * D → C → B through the product, then a change to the B record: it is read-only, a
 * revision (a D draft) goes through 原件校对 and replaces it as C; the history shows the
 * whole chain.
 */
@HttpTest
class LevelBRevisionTests {

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
	void aBRecordIsChangedOnlyByARevisionThatPassesVerificationAndReplacesItAsC() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		long id = records.verified(operator, 1).get(0);
		String number = json(ent.json("POST", "/api/v1/qualification-applications", filing(List.of(id))).body())
			.get("number")
			.asString();
		WebClient reviewer = api(port, data.account(Role.REVIEWER));
		reviewer.json("POST", "/api/v1/qualification-applications/" + number + "/claim", null);
		reviewer.json("POST", "/api/v1/qualification-applications/" + number + "/decision", decision("APPROVE", null));
		JsonNode b = json(ent.json("GET", "/api/v1/records/" + id, null).body());
		assertThat(b.get("level").asString()).isEqualTo("B");

		HttpResponse<String> edit = ent.json("PUT", "/api/v1/records/" + id,
				"{\"data\":{\"name\":\"x\"},\"version\":" + b.get("version").asInt() + "}");
		assertThat(edit.statusCode()).isEqualTo(409);
		assertThat(json(edit.body()).get("code").asString()).isEqualTo("record.locked");
		assertThat(ent.json("DELETE", "/api/v1/records/" + id, null).statusCode()).isEqualTo(409);

		HttpResponse<String> opened = ent.json("POST", "/api/v1/records/" + id + "/revision", null);
		assertThat(opened.statusCode()).isEqualTo(201);
		long draft = json(opened.body()).get("id").asLong();
		assertThat(json(opened.body()).get("level").asString()).isEqualTo("D");
		HttpResponse<String> whileRevised = ent.json("POST", "/api/v1/qualification-applications", filing(List.of(id)));
		assertThat(json(whileRevised.body()).get("errors").get(0).get("code").asString())
			.isEqualTo("qualification.cite.revision");
		attachments.attachRequired(operator.enterpriseId(), draft);
		records.pass(operator, List.of(draft));

		JsonNode replaced = json(ent.json("GET", "/api/v1/records/" + id, null).body());
		assertThat(replaced.get("level").asString()).isEqualTo("C");
		JsonNode history = json(ent.json("GET", "/api/v1/records/" + id + "/history", null).body());
		assertThat(history.findValuesAsString("level")).containsSubsequence("D", "C", "B", "C");
		assertThat(ent.json("POST", "/api/v1/qualification-applications", filing(List.of(id))).statusCode())
			.isEqualTo(201);
	}

}
