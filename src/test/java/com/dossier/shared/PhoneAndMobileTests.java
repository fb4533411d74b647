package com.dossier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneAndMobileTests {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "19912345678", "15000000000" })
	void mobilesStartWith13To19(String mobile) {
		assertThat(Mobile.isValid(mobile)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12812345678", "1381234567", "138123456789", "1381234567a", "+8613812345678", "" })
	void otherMobilesAreRefused(String mobile) {
		assertThat(Mobile.isValid(mobile)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "021-60123456", "02160123456", "021-6012 3456", "021-60123456-801", "021-60123456 转 801",
			"+86 21 60123456 ext. 801", "6012345" })
	void phonesAsPeopleWriteThem(String phone) {
		assertThat(PhoneNumber.isValid(phone)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "021", "021-6012-abcd", "12345", "021--", "021-601234567890123456789" })
	void notPhones(String phone) {
		assertThat(PhoneNumber.isValid(phone)).isFalse();
	}

}
