package com.dossier.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The cursor in the queue's links: what it writes it reads back, anything else is refused (never an exception). */
class QueueCursorTests {

	@Test
	void aTokenReadsBackToTheSamePlace() {
		QueueCursor cursor = new QueueCursor(Instant.parse("2026-11-24T07:21:00.123456Z"), 42);
		assertThat(cursor.token()).isEqualTo("1795504860123456_42");
		assertThat(QueueCursor.parse(cursor.token())).contains(cursor);
		assertThat(QueueCursor.parse("0_1")).contains(new QueueCursor(Instant.EPOCH, 1));
	}

	@Test
	void anythingElseIsEmpty() {
		for (String bad : new String[] { null, "", "_", "1", "1_", "_1", "a_1", "1_a", "-1_1", "1_0", "1_-1", "1.5_1",
				"1_1_1", "1234567890123456789_1", "1_1234567890123456789", "253402300800000000_1" }) {
			assertThat(QueueCursor.parse(bad)).as(String.valueOf(bad)).isEmpty();
		}
	}
}
