package com.dossier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobileAndPostcodeTests {

	@Test
	void mobileNumbersAreElevenDigitsStarting13To19() {
		assertThat(Mobile.isValid("13812345678")).isTrue();
		assertThat(Mobile.isValid("19912345678")).isTrue();
		assertThat(Mobile.isValid("12812345678")).isFalse();
		assertThat(Mobile.isValid("1381234567")).isFalse();
		assertThat(Mobile.isValid("021-12345678")).isFalse();
		assertThat(Mobile.isValid(null)).isFalse();
	}

	@Test
	void postcodesAreSixDigits() {
		assertThat(Postcode.isValid("200001")).isTrue();
		assertThat(Postcode.isValid("20000")).isFalse();
		assertThat(Postcode.isValid("2000011")).isFalse();
		assertThat(Postcode.isValid("020001")).isFalse();
		assertThat(Postcode.isValid("20000A")).isFalse();
	}

}
