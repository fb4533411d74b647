package com.dossier.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

	@ParameterizedTest
	@CsvSource({ "310101198013010012, id_number.birth_month, 13", // month 13
			"310101198002300016, id_number.birth_day, 30|1980-02", // 30 February
			"310101189901010011, id_number.birth_year, 1899", "990101198001010018, id_number.region, 990101",
			"010101198001010018, id_number.region, 010101", "310101198001010008, id_number.sequence, ",
			"310101198001010019, id_number.check_digit, ", "310101198001010081, id_number.check_digit, ",
			"31010119800101001, id_number.format, 17", "31010119800101001A, id_number.format, 18",
			"310101202701010012, id_number.birth_future, 2027-01-01" })
	void saysWhichPartIsWrong(String number, String code, String args) {
		ValueProblem problem = IdNumber.problem(number, TODAY).orElseThrow();
		assertThat(problem.code()).isEqualTo(code);
		assertThat(problem.args()).containsExactly(args == null ? new Object[0] : (Object[]) args.split("\\|"));
	}

	@Test
	void aMonthOf13IsBlamedOnTheMonthNotTheCheckDigitInBothLanguages() {
		var messages = new org.springframework.context.support.ResourceBundleMessageSource();
		messages.setBasenames("messages/common");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ValueProblem problem = IdNumber.problem("310101198013010012", TODAY).orElseThrow();
		assertThat(messages.getMessage(problem.code(), problem.args(), java.util.Locale.SIMPLIFIED_CHINESE))
			.contains("月份", "13")
			.doesNotContain("校验码");
		assertThat(messages.getMessage(problem.code(), problem.args(), java.util.Locale.ENGLISH))
			.contains("month", "13")
			.doesNotContain("check");
	}

}
