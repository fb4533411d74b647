package com.dossier.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91310000MA1FL0001R", "91310115MA1H000037", "91310000MA1FL0009J" })
	void acceptsCodesWithTheirCheckCharacter(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91310000MA1FL0001A", "91310000MA1FL0001", "91310000MA1FL0001RR", "91310000IA1FL0001R", "",
			"9131000OMA1FL0001R" })
	void refusesWrongCheckLengthOrLetters(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	/** Codes of well-known companies, as printed on their business licences. */
	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", "9144030071526726XG", "91330100716105852F" })
	void acceptsRealWorldCodes(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
		assertThat(CreditCode.isValid(code.substring(0, 16) + code.charAt(17) + code.charAt(16))).isFalse();
	}

	@Test
	void normalizesCaseAndSpaceBeforeChecking() {
		assertThat(CreditCode.of(" 91310000ma1fl0001r ").value()).isEqualTo("91310000MA1FL0001R");
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("123"));
	}

	@Test
	void spacesAndHyphensInsideACodeAreStrippedAsPythonStdnumDoes() {
		assertThat(CreditCode.normalize("91 310000 MA1FL0001R")).isEqualTo("91310000MA1FL0001R");
		assertThat(CreditCode.of("9131-0000-ma1f\u3000l0001r").value()).isEqualTo("91310000MA1FL0001R");
	}

	@ParameterizedTest
	@CsvSource({ "91310000MA1FL0001, credit_code.length, 17", "91310000IA1FL0001R, credit_code.character, 9|I",
			"91310A00MA1FL0001R, credit_code.region, 310A00", "91310000MA1FL0001A, credit_code.check_character, " })
	void saysWhichPartIsWrong(String code, String problem, String args) {
		ValueProblem found = CreditCode.problem(code).orElseThrow();
		assertThat(found.code()).isEqualTo(problem);
		assertThat(found.args()).containsExactly(args == null ? new Object[0] : (Object[]) args.split("\\|"));
		assertThat(CreditCode.problem("91310000MA1FL0001R")).isEmpty();
	}

}
