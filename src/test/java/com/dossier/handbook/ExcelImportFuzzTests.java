package com.dossier.handbook;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;

import com.dossier.shared.DossierException;
import com.dossier.support.FuzzRun;
import com.dossier.support.Mutations;
import com.dossier.support.Mutations.Mutant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A bounded fuzz run of the Excel import over mutants of workbooks written by POI (shared strings, streaming
 * inline strings, formulas and dates) and openpyxl — mutated as bytes and inside their zip entries, so that the
 * XML behind the zip is reached. Whatever the bytes, {@link ExcelExchange#read} returns rows or refuses with
 * {@link ExcelImportException} (or another of our refusals); nothing else, and it finishes.
 */
@AddLifecycleHook(FuzzRun.class)
class ExcelImportFuzzTests {

	static final Map<String, byte[]> SEEDS = Mutations.seeds("fuzz/xlsx", "poi-shared-strings.xlsx",
			"poi-streaming.xlsx", "poi-english-formulas.xlsx", "openpyxl.xlsx");

	private static final Duration LIMIT = Duration.ofSeconds(60);

	private final SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();

	private final ExcelExchange excel = new ExcelExchange(new SectionTexts(ExcelExchangeTests.messages()));

	@Property(tries = 500)
	void everyMutantIsReadOrRefusedAndNothingElse(@ForAll("mutants") Mutant mutant) throws Throwable {
		byte[] bytes = mutant.bytes();
		String outcome = FuzzRun.call(LIMIT, () -> {
			try {
				return excel.read(equipment, new ByteArrayInputStream(bytes), bytes.length, FieldRulesTests.TODAY).size() + " rows";
			}
			catch (ExcelImportException refused) {
				return refused.problems().get(0).code();
			}
			catch (DossierException refused) {
				return refused.code();
			}
		});
		Statistics.collect(outcome);
	}

	@Provide
	Arbitrary<Mutant> mutants() {
		return Mutations.of(SEEDS, Mutations.Inside.ZIP_ENTRIES);
	}
}
