package com.dossier.shared.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

/**
 * A paper's anti-forgery code: only the key's holder makes one that checks, for exactly
 * the content it was made for; production refuses to start without a real key.
 */
class PaperSealTests {

	private final PaperSeal seal = new PaperSeal("a-test-key-that-is-long-enough-32+", new MockEnvironment());

	@Test
	void aTokenChecksForItsOwnDigestOnly() {
		String digest = PaperSeal.digest(List.of("W20261202000001", "42"));
		String token = seal.token("W20261202000001", digest);
		assertThat(token).matches("W20261202000001\\.[A-Za-z0-9_-]{22}");
		assertThat(seal.genuine(token, digest)).isTrue();
		assertThat(seal.genuine(token, PaperSeal.digest(List.of("W20261202000001", "43")))).isFalse();
		assertThat(seal.genuine(token.replace("W20261202000001", "W20261202000002"), digest)).isFalse();
		assertThat(seal.genuine("W20261202000001", digest)).isFalse();
		for (int i = token.indexOf('.') + 1; i < token.length(); i++) {
			char c = token.charAt(i);
			String altered = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
			assertThat(seal.genuine(altered, digest)).as("character %d altered", i).isFalse();
		}
		assertThat(new PaperSeal("another-key-also-long-enough-for-prod", new MockEnvironment()).genuine(token, digest))
			.isFalse();
	}

	@Test
	void whatAScannerTypesGivesTheNumber() {
		String token = seal.token("Z20261202000003", "d");
		assertThat(PaperSeal.numberOf("https://hall.example/verify/" + token)).hasValue("Z20261202000003");
		assertThat(PaperSeal.numberOf(token)).hasValue("Z20261202000003");
		assertThat(PaperSeal.numberOf("W20261202000001")).isEmpty();
		assertThat(PaperSeal.looksLikeToken("W20261202000001")).isFalse();
		assertThat(PaperSeal.looksLikeToken("https://hall.example/verify/" + token)).isTrue();
	}

	@Test
	void productionNeedsAKeyOfAtLeast32Characters() {
		MockEnvironment prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		assertThatThrownBy(() -> new PaperSeal("", prod)).hasMessageContaining("dossier.print.signing-key");
		assertThatThrownBy(() -> new PaperSeal("short", prod)).hasMessageContaining("at least 32");
		assertThat(new PaperSeal("k".repeat(32), prod).token("P000000001", "d")).startsWith("P000000001.");
		// development signs with a fixed key, so demo papers check on every developer's
		// server
		assertThat(new PaperSeal("", new MockEnvironment()).token("P000000001", "d"))
			.isEqualTo(new PaperSeal(PaperSeal.DEV_KEY, new MockEnvironment()).token("P000000001", "d"));
	}

}
