package com.dossier.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@ParameterizedTest
	@ValueSource(strings = { "310101198001010018", "310115198506120026", "11010519491231002X", "11010519491231002x" })
	void acceptsNumbersWithTheirGb11643CheckCharacter(String number) {
		assertThat(IdNumber.isValid(number, TODAY)).isTrue();
		assertThat(new IdNumber(number).value()).isEqualTo(number.toUpperCase());
	}

	@ParameterizedTest
	@ValueSource(strings = { "310101198001010019", // wrong check digit
			"310101198001010081", // two digits swapped
			"310101198002300016", // 30 February
			"310101189901010011", // born before 1900
			"31010119800101001", // 17 digits
			"3101011980010100188", // 19 digits
			"010101198001010018", // region cannot start with 0
			"31010119800101001A", "" })
	void refusesWrongNumbers(String number) {
		assertThat(IdNumber.isValid(number, TODAY)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber(number));
	}

	@Test
	void refusesABirthDateInTheFuture() {
		String first17 = "310101" + TODAY.plusDays(1).toString().replace("-", "") + "001";
		String number = first17 + IdNumber.checkCharacter(first17);
		assertThat(IdNumber.isValid(number, TODAY)).isFalse();
	}

	@Test
	void knowsTheBirthDate() {
		assertThat(new IdNumber("310115198506120026").birthDate()).isEqualTo(LocalDate.of(1985, 6, 12));
		assertThat(IdNumber.isValid(null, TODAY)).isFalse();
	}

}
