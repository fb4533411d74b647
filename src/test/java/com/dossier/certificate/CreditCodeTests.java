package com.dossier.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTests {

	@Test
	void checksTheGb32100CheckCharacter() {
		assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
		assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
		assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
		assertThat(CreditCode.isValid("91350100I000100Y43")).as("I is not in the alphabet").isFalse();
		assertThat(CreditCode.isValid(null)).isFalse();
	}

	@Test
	void findsACodeStandingAsAWordOfItsOwn() {
		assertThat(CreditCode.findIn("上海示范建设工程有限公司(91350100M000100Y43)")).contains("91350100M000100Y43");
		assertThat(CreditCode.findIn("91350100m000100y43")).contains("91350100M000100Y43");
		assertThat(CreditCode.findIn("ID 91350100M000100Y44 and 91350100M000100Y43")).contains("91350100M000100Y43");
	}

	@Test
	void ignoresCodesInsideLongerWordsAndWrongCheckCharacters() {
		assertThat(CreditCode.findIn("X91350100M000100Y43")).isEmpty();
		assertThat(CreditCode.findIn("91350100M000100Y431")).isEmpty();
		assertThat(CreditCode.findIn("91350100M000100Y44")).isEmpty();
		assertThat(CreditCode.findIn("张三")).isEmpty();
	}
}
