package com.dossier.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationNumberTests {

	@Test
	void isWAndTheDayAndAFiveDigitSequence() {
		ApplicationNumber number = ApplicationNumber.of(LocalDate.of(2026, 11, 24), 1);
		assertThat(number.value()).isEqualTo("W2026112400001");
		assertThat(number.day()).isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(number.sequence()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "W2026112400000", "W2026113100001", "w2026112400001", "W202611240001", "W20261124000011",
			"X2026112400001", "W2026022900001", "" })
	void refusesMalformedNumbers(String value) {
		assertThat(ApplicationNumber.isValid(value)).isFalse();
	}

	@Test
	void acceptsLeapDays() {
		assertThat(ApplicationNumber.isValid("W2028022900001")).isTrue();
	}

	@Test
	void sequenceMustFitFiveDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApplicationNumber.of(LocalDate.now(), 100_000));
	}

	@Test
	void aQualificationApplicationNumberStartsWithZ() {
		ApplicationNumber number = ApplicationNumber.of('Z', LocalDate.of(2026, 11, 24), 7);
		assertThat(number.value()).isEqualTo("Z2026112400007");
		assertThat(number.prefix()).isEqualTo('Z');
		assertThat(ApplicationNumber.isValid("Z2026112400007")).isTrue();
	}

}
