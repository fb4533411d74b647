package com.dossier.verification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Records ready to file, API clients and JSON for the verification tests. */
final class VerificationTestData {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger sample = new AtomicInteger(1);

	private VerificationTestData() {
	}

	/**
	 * A D record complete enough to file. Once attachments are required before filing,
	 * this is the one place that must also upload them.
	 */
	/** A D record with every scan its section requires, so that it can be filed. */
	static long readyRecord(HandbookService handbook, TestAttachments attachments, long enterpriseId) {
		return attachments
			.attachRequired(handbook.create(enterpriseId, "equipment",
					HandbookSamples.sample("equipment", sample.incrementAndGet())))
			.id();
	}

	static WebClient api(int port, String username) {
		return new WebClient(port).basic(username, TestData.PASSWORD);
	}

	static String filing(List<Long> ids) {
		return JSON.writeValueAsString(Map.of("recordIds", ids));
	}

	static String decision(String result, String reason) {
		return reason == null ? "{\"result\":\"" + result + "\"}"
				: JSON.writeValueAsString(Map.of("result", result, "reason", reason));
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
