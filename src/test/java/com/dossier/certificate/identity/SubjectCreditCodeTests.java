package com.dossier.certificate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectCreditCodeTests {

	@Test
	void findsACodeStandingAsAWordOfItsOwn() {
		assertThat(SubjectCreditCode.findIn("91350100M000100Y43")).contains("91350100M000100Y43");
		assertThat(SubjectCreditCode.findIn("上海示范建设工程有限公司(91350100M000100Y43)")).contains("91350100M000100Y43");
		assertThat(SubjectCreditCode.findIn("91350100m000100y43")).contains("91350100M000100Y43");
		assertThat(SubjectCreditCode.findIn("ID 91350100M000100Y44 and 91350100M000100Y43"))
			.contains("91350100M000100Y43");
	}

	@Test
	void ignoresCodesInsideLongerWordsAndWrongCheckCharacters() {
		assertThat(SubjectCreditCode.findIn("X91350100M000100Y43")).isEmpty();
		assertThat(SubjectCreditCode.findIn("91350100M000100Y431")).isEmpty();
		assertThat(SubjectCreditCode.findIn("91350100M000100Y44")).isEmpty();
		assertThat(SubjectCreditCode.findIn("91350100I000100Y43")).as("I is not in the alphabet").isEmpty();
		assertThat(SubjectCreditCode.findIn("张三")).isEmpty();
		assertThat(SubjectCreditCode.findIn(null)).isEmpty();
	}

}
