package com.dossier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The cursor in the queue's links: what it writes it reads back, anything else is refused
 * (never an exception).
 */
class KeysetCursorTests {

	@Test
	void aTokenReadsBackToTheSamePlace() {
		KeysetCursor cursor = new KeysetCursor(Instant.parse("2026-11-24T07:21:00.123456Z"), 42);
		assertThat(cursor.token()).isEqualTo("1795504860123456_42");
		assertThat(KeysetCursor.parse(cursor.token())).contains(cursor);
		assertThat(KeysetCursor.parse("0_1")).contains(new KeysetCursor(Instant.EPOCH, 1));
	}

	@Test
	void anythingElseIsEmpty() {
		for (String bad : new String[] { null, "", "_", "1", "1_", "_1", "a_1", "1_a", "-1_1", "1_0", "1_-1", "1.5_1",
				"1_1_1", "1234567890123456789_1", "1_1234567890123456789", "253402300800000000_1" }) {
			assertThat(KeysetCursor.parse(bad)).as(String.valueOf(bad)).isEmpty();
		}
	}

}
