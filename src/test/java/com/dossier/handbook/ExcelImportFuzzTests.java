package com.dossier.handbook;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;

import com.dossier.shared.DossierException;
import com.dossier.support.FuzzRun;
import com.dossier.support.Mutations;
import org.junit.jupiter.api.Test;

/**
 * A bounded fuzz run of the Excel import over mutants of workbooks written by POI (shared
 * strings, streaming inline strings, formulas and dates) and openpyxl — mutated as bytes
 * and inside their zip entries, so that the XML behind the zip is reached. Whatever the
 * bytes, {@link ExcelExchange#read} returns rows or refuses with
 * {@link ExcelImportException} (or another of our refusals); nothing else, and it
 * finishes. Fixed seed and 500 tries by default, {@code -Dfuzz.seed},
 * {@code -Dfuzz.tries} and {@code -Dfuzz.try} to explore or reproduce.
 */
class ExcelImportFuzzTests {

	static final Map<String, byte[]> SEEDS = Mutations.seeds("fuzz/xlsx", "poi-shared-strings.xlsx",
			"poi-streaming.xlsx", "poi-english-formulas.xlsx", "openpyxl.xlsx");

	private static final Duration LIMIT = Duration.ofSeconds(60);

	private final SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();

	private final ExcelExchange excel = new ExcelExchange(new SectionTexts(ExcelExchangeTests.messages()));

	@Test
	void everyMutantIsReadOrRefusedAndNothingElse() {
		FuzzRun.configured("fuzz", 500)
			.check("Excel import", random -> Mutations.of(random, SEEDS, Mutations.Inside.ZIP_ENTRIES),
					mutant -> FuzzRun.call(LIMIT, () -> read(mutant.bytes())));
	}

	private String read(byte[] bytes) {
		try {
			return excel.read(equipment, new ByteArrayInputStream(bytes), bytes.length, FieldRulesTests.TODAY).size()
					+ " rows";
		}
		catch (ExcelImportException refused) {
			return refused.problems().get(0).code();
		}
		catch (DossierException refused) {
			return refused.code();
		}
	}

}
