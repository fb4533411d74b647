package com.dossier.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A checked import: every value canonical, ready to be applied. */
record ImportPlan(String source, List<EnterprisePlan> enterprises) {

	/**
	 * One enterprise's part. {@code basic} is null when the payload left basic data out;
	 * {@code name} when it left the name out.
	 */
	record EnterprisePlan(String path, String creditCode, String name, BasicPlan basic, List<PlannedItem> items) {
	}

	/** The basic data given (absent fields null) and its canonical text. */
	record BasicPlan(String path, String legalRepresentative, BigDecimal registeredCapital, LocalDate establishedOn,
			String address, Map<String, String> data) {
	}

	/**
	 * One item with its canonical data. {@code name}, {@code category} and
	 * {@code validUntil} are copied out for search and warnings; a RECORD item carries
	 * its section and the input for the handbook.
	 */
	record PlannedItem(String path, Kind kind, String sourceId, Map<String, String> data, boolean removed, String name,
			String category, LocalDate validUntil, String section, Map<String, Object> recordInput) {
	}

}
