package com.dossier.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a management system sends (DESIGN §11). Every part but {@code creditCode} may be
 * left out, and what is left out stays as it is; an item disappears only by
 * {@code "removed": true}. Dates are text so that a wrong one is reported by its path,
 * like every other problem.
 */
public record ImportRequest(String source, List<EnterpriseImport> enterprises) {

	public record EnterpriseImport(String creditCode, String name, Basic basic, List<Person> personnel,
			List<Licence> safetyLicences, List<SectionRecord> records) {
	}

	public record Basic(String legalRepresentative, BigDecimal registeredCapital, String establishedOn, String address,
			String businessScope, List<Qualification> qualifications) {
	}

	/** A qualification held; its certificate number identifies it. */
	public record Qualification(String category, String grade, String certificateNumber, String validUntil,
			Boolean removed) {
	}

	public record Person(String sourceId, String name, String idType, String idNumber, String registrationType,
			String registrationNumber, String specialty, String validUntil, Boolean removed) {
	}

	public record Licence(String sourceId, String number, String scope, String issuedBy, String validFrom,
			String validUntil, String status, Boolean removed) {
	}

	/** A level-A record of a handbook section. */
	public record SectionRecord(String section, String sourceId, Map<String, Object> data, Boolean removed) {
	}

}
