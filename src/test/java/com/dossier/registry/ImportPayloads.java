package com.dossier.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.shared.IdNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Import payloads for tests, built as maps so a test can break any part of them. */
final class ImportPayloads {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ImportPayloads() {
	}

	/**
	 * A valid resident ID number of someone born on 1980-01-01, the sequence {@code n}.
	 */
	static String idNumber(int n) {
		// sequences 001–999: 000 is no one's
		String first = "31010519800101" + String.format("%03d", n % 999 + 1);
		return first + IdNumber.checkCharacter(first);
	}

	static Map<String, Object> person(String sourceId, String name, int n) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("sourceId", sourceId);
		p.put("name", name);
		p.put("idType", "ID_CARD");
		p.put("idNumber", idNumber(n));
		p.put("registrationType", "一级注册建造师");
		p.put("registrationNumber", "沪131" + n);
		p.put("specialty", "建筑工程");
		p.put("validUntil", "2028-06-30");
		return p;
	}

	static Map<String, Object> licence(String sourceId, String validUntil) {
		Map<String, Object> l = new LinkedHashMap<>();
		l.put("sourceId", sourceId);
		l.put("number", "（沪）JZ安许证字[2024]" + sourceId);
		l.put("scope", "建筑施工");
		l.put("issuedBy", "上海市住房和城乡建设管理委员会");
		l.put("validFrom", "2024-01-01");
		l.put("validUntil", validUntil);
		l.put("status", "有效");
		return l;
	}

	static Map<String, Object> basic() {
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("legalRepresentative", "张建国");
		b.put("registeredCapital", 5000);
		b.put("establishedOn", "2005-03-18");
		b.put("address", "上海市徐汇区示范路 100 号");
		b.put("businessScope", "房屋建筑工程施工总承包");
		b.put("qualifications", new ArrayList<>(List.of(Map.of("category", "建筑工程施工总承包", "grade", "二级",
				"certificateNumber", "D231" + System.nanoTime() % 1_000_000, "validUntil", "2029-12-31"))));
		return b;
	}

	static Map<String, Object> keyPerson(String sourceId, int n) {
		return new LinkedHashMap<>(Map.of("section", "key-personnel", "sourceId", sourceId, "data", new LinkedHashMap<>(
				Map.of("name", "李明", "idType", "ID_CARD", "idNumber", idNumber(n), "position", "项目经理"))));
	}

	static Map<String, Object> enterprise(String creditCode, String name) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("creditCode", creditCode);
		if (name != null) {
			e.put("name", name);
		}
		return e;
	}

	static String payload(String source, Map<String, Object>... enterprises) {
		return JSON.writeValueAsString(Map.of("source", source, "enterprises", List.of(enterprises)));
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
