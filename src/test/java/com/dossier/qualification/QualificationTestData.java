package com.dossier.qualification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationApplication.Decision;
import com.dossier.verification.VerificationService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records at each level the way the product makes them (D drafts with their scans, C by a
 * clerk's pass in 原件校对, A by import), clients and JSON for the qualification tests. Built
 * from the beans of the shared {@code @HttpTest} context, so it adds none.
 */
final class QualificationTestData {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger sample = new AtomicInteger(1);

	private final HandbookService handbook;

	private final TestAttachments attachments;

	private final VerificationService verification;

	private final RecordLifecycle lifecycle;

	private final TestData data;

	QualificationTestData(HandbookService handbook, TestAttachments attachments, VerificationService verification,
			RecordLifecycle lifecycle, TestData data) {
		this.handbook = handbook;
		this.attachments = attachments;
		this.verification = verification;
		this.lifecycle = lifecycle;
		this.data = data;
	}

	/** A D draft with every scan it needs, ready for 原件校对. */
	long draft(long enterpriseId) {
		return attachments
			.attachRequired(handbook.create(enterpriseId, "equipment",
					HandbookSamples.sample("equipment", sample.incrementAndGet())))
			.id();
	}

	/** C records: drafts filed for 原件校对 and passed by a clerk. */
	List<Long> verified(TestData.Operator operator, int count) {
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(draft(operator.enterpriseId()));
		}
		pass(operator, ids);
		return ids;
	}

	/** Files the records for 原件校对 and has a clerk pass them all. */
	void pass(TestData.Operator operator, List<Long> ids) {
		String number = file(operator, ids);
		CurrentUser clerk = new CurrentUser(0, data.account(Role.CLERK), Role.CLERK, null);
		verification.claim(clerk, number);
		ids.forEach(id -> verification.decide(clerk, number, id, Decision.PASS, null));
	}

	String file(TestData.Operator operator, List<Long> ids) {
		CurrentUser user = new CurrentUser(0, operator.username(), Role.ENTERPRISE, operator.enterpriseId());
		return verification.file(user, ids).number();
	}

	/** A level-A record, as an import from a management system makes it. */
	long imported(long enterpriseId) {
		return lifecycle
			.importLevelA(enterpriseId, "equipment", HandbookSamples.sample("equipment", sample.incrementAndGet()))
			.id();
	}

	static WebClient api(int port, String username) {
		return new WebClient(port).basic(username, TestData.PASSWORD);
	}

	static String filing(String kind, String category, String grade, List<Long> ids) {
		return JSON.writeValueAsString(Map.of("kind", kind, "category", category, "grade", grade, "recordIds", ids));
	}

	static String filing(List<Long> ids) {
		return filing("UPGRADE", "building-construction", "SECOND", ids);
	}

	static String decision(String result, String reason) {
		return reason == null ? "{\"result\":\"" + result + "\"}"
				: JSON.writeValueAsString(Map.of("result", result, "reason", reason));
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
