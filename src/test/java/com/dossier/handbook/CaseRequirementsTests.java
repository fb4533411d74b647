package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Which sections each qualification case needs is data on the definitions
 * (docs/supervision.md), and the guide's foreign rule holds: the approval certificate for
 * construction and design, the other four foreign proofs for design only.
 */
class CaseRequirementsTests {

	private static final List<String> CORE = List.of("legal-person", "principal", "technical-lead", "finance-lead",
			"business-lead", "key-personnel", "contact-info", "audit-report");

	private static final List<String> PROOFS = List.of("foreign-investor-registration", "foreign-bank-credit",
			"foreign-performance-enterprise", "foreign-performance-individual");

	private final SectionCatalog catalog = new SectionCatalog();

	@Test
	void eachCaseNeedsItsSections() {
		Map<QualificationCase, List<String>> expected = Map.of(QualificationCase.CONSTRUCTION, with("equipment"),
				QualificationCase.DESIGN, CORE, QualificationCase.FOREIGN_CONSTRUCTION,
				with("equipment", "foreign-approval-certificate"), QualificationCase.FOREIGN_DESIGN,
				with(java.util.stream.Stream
					.concat(java.util.stream.Stream.of("foreign-approval-certificate"), PROOFS.stream())
					.toArray(String[]::new)));
		expected.forEach((c,
				sections) -> assertThat(
						catalog.all().stream().filter(d -> d.requiredFor(c)).map(SectionDefinition::code).toList())
					.as(c.name())
					.containsExactlyInAnyOrderElementsOf(sections));
	}

	@Test
	void onlyTheAuditReportIsYearlyAndOnlyConstructionNeedsALicence() {
		assertThat(catalog.all().stream().filter(d -> d.yearly().isPresent()).map(SectionDefinition::code))
			.containsExactly("audit-report");
		Requirements.Yearly yearly = catalog.find("audit-report").orElseThrow().yearly().orElseThrow();
		assertThat(yearly.counts(Map.of("reportType", "ANNUAL", "year", "2025"), 2025)).isTrue();
		assertThat(yearly.counts(Map.of("reportType", "INTERIM", "year", "2025"), 2025)).isFalse();
		assertThat(yearly.counts(Map.of("reportType", "ANNUAL", "year", "2024"), 2025)).isFalse();
		assertThat(QualificationCase.of(false)).containsExactly(QualificationCase.CONSTRUCTION,
				QualificationCase.DESIGN);
		assertThat(QualificationCase.of(true)).allMatch(QualificationCase::foreign);
		assertThat(List.of(QualificationCase.values()).stream().filter(QualificationCase::needsSafetyLicence))
			.containsExactly(QualificationCase.CONSTRUCTION, QualificationCase.FOREIGN_CONSTRUCTION);
	}

	private static List<String> with(String... more) {
		return java.util.stream.Stream.concat(CORE.stream(), java.util.stream.Stream.of(more)).toList();
	}

}
