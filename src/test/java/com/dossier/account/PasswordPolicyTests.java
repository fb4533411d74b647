package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.shared.FieldErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	private String problem(String password) {
		FieldErrors errors = new FieldErrors();
		policy.check(password, "password", errors);
		return errors.all().isEmpty() ? null : errors.all().get(0).code();
	}

	@ParameterizedTest
	@ValueSource(strings = { "password", "12345678", "qwertyuiop", "iloveyou", "Password", "PASSWORD1" })
	void refusesTheMostCommonPasswordsWhateverTheirCase(String common) {
		assertThat(problem(common)).isEqualTo("password.common");
	}

	@Test
	void needsEightToHundredTwentyEightCharacters() {
		assertThat(problem("Ab3$xyz")).isEqualTo("password.too_short");
		assertThat(problem("")).isEqualTo("validation.required");
		assertThat(problem("a".repeat(129))).isEqualTo("password.too_long");
		assertThat(problem("长密码也可以用中文写".repeat(6))).isNull();
	}

	@Test
	void acceptsUncommonPasswordsIncludingTheDemoOne() {
		assertThat(problem("Demo@12345")).isNull();
		assertThat(problem("Correct-Horse-42")).isNull();
		assertThat(problem("x".repeat(64))).isNull();
	}

	@Test
	void holdsThreeThousandCommonPasswords() {
		assertThat(policy.isCommon("123456")).isTrue();
		assertThat(PasswordPolicy.COMMON_COUNT).isEqualTo(3000);
	}
}
