package com.dossier.handbook;

import java.time.LocalDate;
import java.util.Map;

import com.dossier.demo.DemoSamples;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's samples are what the forms accept, as typed: every section's rules pass and
 * nothing is rewritten.
 */
class DemoSamplesTests {

	@Test
	void everySampleOfEverySectionPassesItsRulesAsTyped() {
		LocalDate today = LocalDate.now(AdministrationTime.DEFAULT_ZONE);
		for (SectionDefinition section : new SectionCatalog().all()) {
			for (int n = 0; n < 130; n++) {
				Map<String, String> sample = DemoSamples.sample(section, n);
				String which = section.code() + " #" + n;
				try {
					Map<String, String> checked = FieldRules.check(section, sample, today);
					sample.forEach((key, value) -> {
						if (!value.isEmpty()) {
							assertThat(checked).as(which).containsEntry(key, value);
						}
					});
				}
				catch (InvalidInputException e) {
					throw new AssertionError(section.code() + " #" + n + " "
							+ e.errors().all().stream().map(f -> f.field() + ":" + f.code()).toList());
				}
			}
		}
	}

}
