package com.dossier.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.qualification.QualificationApplication;
import com.dossier.qualification.QualificationService;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.IdNumber;
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
 * Prepares an enterprise's data the way the product makes it — drafts, scans, 原件校对 by a
 * clerk, imports from a management system, a reviewer's decision — and reads its tips and
 * self-check over the API. Built from the beans of the shared {@code @HttpTest} context.
 */
final class SupervisionTestData {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger sample = new AtomicInteger(100);

	private final int port;

	private final TestData data;

	private final HandbookService handbook;

	private final TestAttachments attachments;

	private final VerificationService verification;

	private final QualificationService qualifications;

	private final AdministrationTime time;

	SupervisionTestData(int port, TestData data, HandbookService handbook, TestAttachments attachments,
			VerificationService verification, QualificationService qualifications, AdministrationTime time) {
		this.port = port;
		this.data = data;
		this.handbook = handbook;
		this.attachments = attachments;
		this.verification = verification;
		this.qualifications = qualifications;
		this.time = time;
	}

	LocalDate today() {
		return time.today();
	}

	/** A D draft of the section with sample data (and {@code overrides}), no scans. */
	HandbookRecord draft(TestData.Operator op, String section, Map<String, String> overrides) {
		Map<String, String> values = new LinkedHashMap<>(HandbookSamples.sample(section, sample.incrementAndGet()));
		values.putAll(overrides);
		return handbook.create(op.enterpriseId(), section, values);
	}

	HandbookRecord withScans(HandbookRecord record) {
		return attachments.attachRequired(record);
	}

	/** Files the records for 原件校对; the application's number. */
	String file(TestData.Operator op, List<Long> ids) {
		return verification.file(user(op), ids).number();
	}

	/**
	 * A clerk claims the application and decides every item: PASS, or FAIL with the
	 * reason.
	 */
	void decide(String number, List<Long> ids, String failReason) {
		CurrentUser clerk = new CurrentUser(0, data.account(Role.CLERK), Role.CLERK, null);
		verification.claim(clerk, number);
		ids.forEach(id -> verification.decide(clerk, number, id, failReason == null ? Decision.PASS : Decision.FAIL,
				failReason));
	}

	/** Records of these sections in force (C): drafted with scans, filed and passed. */
	List<Long> verified(TestData.Operator op, List<String> sections, Map<String, String> overrides) {
		List<Long> ids = new ArrayList<>();
		for (String section : sections) {
			ids.add(withScans(draft(op, section, section.equals("audit-report") ? overrides : Map.of())).id());
		}
		decide(file(op, ids), ids, null);
		return ids;
	}

	/** Last year's annual audit report, the one a review asks for. */
	Map<String, String> lastYearsAudit() {
		return Map.of("reportType", "ANNUAL", "year", String.valueOf(today().getYear() - 1));
	}

	QualificationApplication fileQualification(TestData.Operator op, List<Long> ids) {
		return qualifications.file(user(op), QualificationApplication.Kind.UPGRADE, "building-construction", "SECOND",
				ids);
	}

	void returnQualification(String number, String reason) {
		CurrentUser reviewer = new CurrentUser(0, data.account(Role.REVIEWER), Role.REVIEWER, null);
		qualifications.claim(reviewer, number);
		qualifications.decide(reviewer, number, QualificationApplication.Result.RETURN, reason);
	}

	/** Imports the enterprise's licences and personnel as a management system would. */
	void importRegistry(TestData.Operator op, List<Map<String, Object>> licences, List<Map<String, Object>> personnel) {
		Map<String, Object> enterprise = new LinkedHashMap<>();
		enterprise.put("creditCode", op.creditCode());
		enterprise.put("safetyLicences", licences);
		enterprise.put("personnel", personnel);
		String body = JSON.writeValueAsString(Map.of("source", "test-source", "enterprises", List.of(enterprise)));
		var response = new WebClient(port).basic(data.account(Role.ADMIN), TestData.PASSWORD)
			.json("POST", "/api/v1/admin/imports", body);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.body());
		}
	}

	static Map<String, Object> licence(String sourceId, LocalDate validUntil) {
		return Map.of("sourceId", sourceId, "number", "（沪）JZ安许证字[2024]" + sourceId, "validFrom", "2020-01-01",
				"validUntil", validUntil.toString(), "status", "有效");
	}

	static Map<String, Object> person(String sourceId, String name, LocalDate validUntil) {
		return Map.of("sourceId", sourceId, "name", name, "idType", "ID_CARD", "idNumber", idNumber(sourceId),
				"registrationType", "一级注册建造师", "registrationNumber", "沪131" + sourceId, "validUntil",
				validUntil.toString());
	}

	/** A valid resident ID number, different per source id. */
	static String idNumber(String sourceId) {
		String first = "31010519800101" + String.format("%03d", Math.floorMod(sourceId.hashCode(), 998) + 1);
		return first + IdNumber.checkCharacter(first);
	}

	JsonNode tips(TestData.Operator op) {
		return tips(op, "zh-CN");
	}

	JsonNode tips(TestData.Operator op, String language) {
		var response = api(op).language(language).get("/api/v1/enterprise/tips");
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	JsonNode selfCheck(TestData.Operator op, String qualificationCase) {
		var response = api(op).get("/api/v1/enterprise/self-check?case=" + qualificationCase);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	WebClient api(TestData.Operator op) {
		return new WebClient(port).basic(op.username(), TestData.PASSWORD);
	}

	/** The tips of {@code code}, for {@code section} when it is not null. */
	static List<JsonNode> of(JsonNode tips, String code, String section) {
		List<JsonNode> found = new ArrayList<>();
		tips.forEach(t -> {
			if (t.get("code").asString().equals(code) && (section == null || section.equals(text(t.path("section"))))) {
				found.add(t);
			}
		});
		return found;
	}

	static String text(JsonNode node) {
		return node.isNull() || node.isMissingNode() ? null : node.asString();
	}

	private static CurrentUser user(TestData.Operator op) {
		return new CurrentUser(0, op.username(), Role.ENTERPRISE, op.enterpriseId());
	}

}
