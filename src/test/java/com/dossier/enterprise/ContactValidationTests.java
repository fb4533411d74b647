package com.dossier.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ContactValidationTests {

	@Test
	void allThreeFieldsAreRequiredAndAllProblemsReportedAtOnce() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Contact.of(" ", null, ""))
			.satisfies(e -> assertThat(e.errors().all()).extracting(FieldErrors.FieldError::field)
				.containsExactly("name", "phone", "mobile"));
	}

	@Test
	void mobileMustBeAMainlandMobile() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Contact.of("李四", "021-60123456", "12345678901"))
			.satisfies(e -> assertThat(e.errors().all()).extracting(FieldErrors.FieldError::code)
				.containsExactly("validation.mobile"));
	}

	@Test
	void keepsTrimmedValues() {
		assertThat(Contact.of(" 李四 ", " 021-60123456 ", "13912345678"))
			.isEqualTo(new Contact("李四", "021-60123456", "13912345678"));
	}

}
