package com.dossier.handbook;

import static com.dossier.handbook.HandbookTestData.body;
import static com.dossier.handbook.HandbookTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.audit.AuditEntry;
import com.dossier.audit.AuditFilter;
import com.dossier.audit.AuditLog;
import com.dossier.demo.DemoSamples;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Levels hold against any request; 变更 opens a revision that replaces its record once
 * verified.
 */
@HttpTest
class RecordLevelsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	RecordLifecycle lifecycle;

	@Autowired
	TestAttachments attachments;

	@Autowired
	AuditLog audit;

	private final SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();

	@Test
	void levelsABAndCRefuseEditAndDeleteWhateverTheClientSends() {
		TestData.Operator operator = data.operator();
		WebClient api = HandbookTestData.api(port, operator);
		HandbookRecord a = lifecycle.importLevelA(operator.enterpriseId(), "equipment",
				DemoSamples.sample(equipment, 1));
		long b = create(api, 2);
		attachments.attachRequired(operator.enterpriseId(), b);
		lifecycle.markPending(operator.enterpriseId(), List.of(b));
		lifecycle.verify(b);
		lifecycle.markUsed(List.of(b));
		long c = create(api, 3);
		attachments.attachRequired(operator.enterpriseId(), c);
		lifecycle.markPending(operator.enterpriseId(), List.of(c));
		lifecycle.verify(c);

		for (long id : List.of(a.id(), b, c)) {
			JsonNode record = json(api.json("GET", "/api/v1/records/" + id, null).body());
			int version = record.get("version").asInt();
			assertThat(record.get("editable").asBoolean()).isFalse();
			HttpResponse<String> edit = api.json("PUT", "/api/v1/records/" + id,
					body(DemoSamples.sample(equipment, 9), version));
			assertThat(edit.statusCode()).isEqualTo(409);
			assertThat(json(edit.body()).get("code").asString()).isEqualTo("record.locked");
			HttpResponse<String> delete = api.json("DELETE", "/api/v1/records/" + id, null);
			assertThat(json(delete.body()).get("code").asString()).isEqualTo("record.locked");
		}
		assertThat(json(api.json("GET", "/api/v1/records/" + b, null).body()).get("level").asString()).isEqualTo("B");
		HttpResponse<String> revisionOfA = api.json("POST", "/api/v1/records/" + a.id() + "/revision", null);
		assertThat(revisionOfA.statusCode()).isEqualTo(409);
	}

	@Test
	void aPendingRecordIsFrozenUntilReleasedAndARejectionShowsItsReason() {
		TestData.Operator operator = data.operator();
		WebClient api = HandbookTestData.api(port, operator);
		long id = create(api, 4);
		attachments.attachRequired(operator.enterpriseId(), id);
		lifecycle.markPending(operator.enterpriseId(), List.of(id));
		HttpResponse<String> edit = api.json("PUT", "/api/v1/records/" + id, body(DemoSamples.sample(equipment, 5), 2));
		assertThat(edit.statusCode()).isEqualTo(409);
		assertThat(json(edit.body()).get("code").asString()).isEqualTo("record.pending");

		lifecycle.reject(id, "原件与扫描件不一致");
		JsonNode rejected = json(api.json("GET", "/api/v1/records/" + id, null).body());
		assertThat(rejected.get("level").asString()).isEqualTo("D");
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("rejectionReason").asString()).isEqualTo("原件与扫描件不一致");
		HttpResponse<String> fixed = api.json("PUT", "/api/v1/records/" + id,
				body(DemoSamples.sample(equipment, 5), rejected.get("version").asInt()));
		assertThat(fixed.statusCode()).isEqualTo(200);
		assertThat(json(fixed.body()).get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aRevisionStaysADraftBesideTheRecordInForceUntilVerifiedThenReplacesIt() {
		TestData.Operator operator = data.operator();
		WebClient api = HandbookTestData.api(port, operator);
		long original = create(api, 6);
		attachments.attachRequired(operator.enterpriseId(), original);
		lifecycle.markPending(operator.enterpriseId(), List.of(original));
		lifecycle.verify(original);

		HttpResponse<String> opened = api.json("POST", "/api/v1/records/" + original + "/revision", null);
		assertThat(opened.statusCode()).isEqualTo(201);
		JsonNode draft = json(opened.body());
		long draftId = draft.get("id").asLong();
		assertThat(draft.get("level").asString()).isEqualTo("D");
		assertThat(draft.get("revisionOf").asLong()).isEqualTo(original);
		HttpResponse<String> again = api.json("POST", "/api/v1/records/" + original + "/revision", null);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json(again.body()).get("id").asLong()).isEqualTo(draftId);
		HttpResponse<String> onDraft = api.json("POST", "/api/v1/records/" + draftId + "/revision", null);
		assertThat(json(onDraft.body()).get("code").asString()).isEqualTo("record.editable");

		Map<String, String> changed = DemoSamples.sample(equipment, 7);
		assertThat(api.json("PUT", "/api/v1/records/" + draftId, body(changed, 1)).statusCode()).isEqualTo(200);
		JsonNode inForce = json(api.json("GET", "/api/v1/records/" + original, null).body());
		assertThat(inForce.get("level").asString()).isEqualTo("C");
		assertThat(inForce.get("data").get("model").asString())
			.isEqualTo(DemoSamples.sample(equipment, 6).get("model"));

		attachments.attachRequired(operator.enterpriseId(), draftId);
		lifecycle.markPending(operator.enterpriseId(), List.of(draftId));
		lifecycle.verify(draftId);
		JsonNode replaced = json(api.json("GET", "/api/v1/records/" + original, null).body());
		assertThat(replaced.get("level").asString()).isEqualTo("C");
		assertThat(replaced.get("data").get("model").asString()).isEqualTo(changed.get("model"));
		assertThat(api.json("GET", "/api/v1/records/" + draftId, null).statusCode()).isEqualTo(404);
		JsonNode history = json(api.json("GET", "/api/v1/records/" + original + "/history", null).body());
		assertThat(history.valueStream().map(v -> v.get("change").asString()).toList()).containsExactly("CREATED",
				"SUBMITTED", "VERIFIED", "REPLACED");
		assertThat(history.get(2).get("data").get("model").asString())
			.isEqualTo(DemoSamples.sample(equipment, 6).get("model"));
		JsonNode page = json(api.json("GET", "/api/v1/sections/equipment/records", null).body());
		assertThat(page.get("totalItems").asLong()).isEqualTo(1);
	}

	@Test
	void theSecondOfTwoConcurrentEditorsIsRefusedAndNothingIsLost() {
		TestData.Operator operator = data.operator();
		WebClient first = HandbookTestData.api(port, operator);
		WebClient second = HandbookTestData.api(port, operator);
		long id = create(first, 8);
		assertThat(first.json("PUT", "/api/v1/records/" + id, body(DemoSamples.sample(equipment, 10), 1)).statusCode())
			.isEqualTo(200);
		HttpResponse<String> late = second.json("PUT", "/api/v1/records/" + id,
				body(DemoSamples.sample(equipment, 11), 1));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(json(late.body()).get("detail").asString()).contains("已被他人修改");
		JsonNode record = json(first.json("GET", "/api/v1/records/" + id, null).body());
		assertThat(record.get("data").get("model").asString())
			.isEqualTo(DemoSamples.sample(equipment, 10).get("model"));
		assertThat(audit.latest(new AuditFilter(operator.username(), null, null, null, null, null), 20))
			.extracting(AuditEntry::action, AuditEntry::target)
			.contains(org.assertj.core.groups.Tuple.tuple("handbook.record.created", "record:" + id),
					org.assertj.core.groups.Tuple.tuple("handbook.record.updated", "record:" + id));
	}

	private long create(WebClient api, int n) {
		HttpResponse<String> created = api.json("POST", "/api/v1/sections/equipment/records",
				body(DemoSamples.sample(equipment, n)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created.body()).get("id").asLong();
	}

}
