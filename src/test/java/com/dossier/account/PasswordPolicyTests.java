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
	void needsEightCharactersAndAtMostSeventyTwoBytes() {
		assertThat(problem("Ab3$xyz")).isEqualTo("password.too_short");
		assertThat(problem("")).isEqualTo("validation.required");
		assertThat(problem("a".repeat(72))).isNull();
		assertThat(problem("a".repeat(73))).isEqualTo("password.too_long");
		assertThat(problem("长密码也可以用中文写".repeat(2) + "四个汉字")).isNull(); // 24 characters,
																		// 72 bytes
		assertThat(problem("长密码也可以用中文写".repeat(2) + "五个汉字啊")).isEqualTo("password.too_long");
		assertThat(problem("密码有八个汉字呢")).isNull(); // 8 characters are enough, whatever
													// their bytes
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
