package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoSamplesTests {

	@Test
	void everySampleOfEverySectionPassesItsRules() {
		for (SectionDefinition section : new SectionCatalog().all()) {
			for (int n = 0; n < 130; n++) {
				try {
					assertThat(DemoSamples.sample(section, n)).as(section.code() + " #" + n).isNotEmpty();
				}
				catch (com.dossier.shared.InvalidInputException e) {
					throw new AssertionError(section.code() + " #" + n + " " + e.errors().all().stream()
						.map(f -> f.field() + ":" + f.code()).toList());
				}
			}
		}
		assertThat(DemoSamples.sample(new SectionCatalog().find("equipment").orElseThrow(), 0))
			.containsEntry("name", "塔式起重机");
	}
}
