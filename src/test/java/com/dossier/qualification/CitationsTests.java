package com.dossier.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.Level;
import com.dossier.handbook.RecordStatus;
import org.junit.jupiter.api.Test;

/** Which records may be cited, and the reason given for each that may not. */
class CitationsTests {

	@Test
	void recordsInForceAtAOrCAreCitable() {
		assertThat(Citations.refusal(record(Level.A, RecordStatus.VERIFIED), false)).isNull();
		assertThat(Citations.refusal(record(Level.C, RecordStatus.VERIFIED), false)).isNull();
	}

	@Test
	void draftsPendingFailedAndRevisedRecordsSayWhyNot() {
		assertThat(Citations.refusal(record(Level.D, RecordStatus.DRAFT), false)).isEqualTo("qualification.cite.draft");
		assertThat(Citations.refusal(record(Level.D, RecordStatus.PENDING), false))
			.isEqualTo("qualification.cite.pending");
		assertThat(Citations.refusal(record(Level.D, RecordStatus.REJECTED), false))
			.isEqualTo("qualification.cite.failed");
		assertThat(Citations.refusal(record(Level.C, RecordStatus.VERIFIED), true))
			.isEqualTo("qualification.cite.revision");
		assertThat(Citations.refusal(record(Level.B, RecordStatus.VERIFIED), false))
			.as("DESIGN §11: only A or C records are cited")
			.isEqualTo("qualification.cite.used");
	}

	private static HandbookRecord record(Level level, RecordStatus status) {
		return new HandbookRecord(1, 1, "equipment", level, status, 1, Map.of(), null, null, false, "t", Instant.EPOCH,
				"t", Instant.EPOCH);
	}

}
