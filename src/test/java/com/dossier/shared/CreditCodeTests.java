package com.dossier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91310000MA1FL0001R", "91310115MA1H000037", "914403001922038216", "9144030071526726XG",
			"91330100716105852F", "9144030071526726xg" })
	void acceptsCodesWithTheirGb32100CheckCharacter(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
		assertThat(CreditCode.parse(code)).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(code.toUpperCase()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "91310000MA1FL0001Q", // wrong check character
			"91310000MA1FL0010R", // two characters swapped
			"91310000MA1FLO001R", // letter O is not in the alphabet
			"9131000OMA1FL0001R", // region must be digits
			"01310000MA1FL0001R", // no registration authority 0
			"91310000MA1FL0001", // 17 characters
			"" })
	void refusesWrongCodes(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
		assertThat(CreditCode.parse(code)).isEmpty();
	}
}
