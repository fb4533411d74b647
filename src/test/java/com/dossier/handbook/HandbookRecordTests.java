package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Map;

import com.dossier.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HandbookRecordTests {

	static HandbookRecord record(Level level, RecordStatus status) {
		return new HandbookRecord(1, 1, "equipment", level, status, 3, Map.of(), null, null, false, "a", Instant.now(),
				"a", Instant.now());
	}

	@ParameterizedTest
	@EnumSource(value = Level.class, names = { "A", "B", "C" })
	void levelsABAndCRefuseEveryChange(Level level) {
		assertThat(code(() -> record(level, RecordStatus.VERIFIED).requireEditable())).isEqualTo("record.locked");
	}

	@Test
	void aPendingRecordIsFrozen() {
		assertThat(code(() -> record(Level.D, RecordStatus.PENDING).requireEditable())).isEqualTo("record.pending");
		assertThatNoException().isThrownBy(() -> record(Level.D, RecordStatus.REJECTED).requireEditable());
	}

	@Test
	void aStaleVersionIsAConflict() {
		assertThat(code(() -> record(Level.D, RecordStatus.DRAFT).requireVersion(2)))
			.isEqualTo("record.version_conflict");
		assertThatNoException().isThrownBy(() -> record(Level.D, RecordStatus.DRAFT).requireVersion(3));
	}

	@Test
	void onlyBAndCAreRevised() {
		assertThatNoException().isThrownBy(() -> record(Level.B, RecordStatus.VERIFIED).requireRevisable());
		assertThatNoException().isThrownBy(() -> record(Level.C, RecordStatus.VERIFIED).requireRevisable());
		assertThat(code(() -> record(Level.A, RecordStatus.VERIFIED).requireRevisable())).isEqualTo("record.locked");
		assertThat(code(() -> record(Level.D, RecordStatus.DRAFT).requireRevisable())).isEqualTo("record.editable");
	}

	private static String code(Runnable action) {
		return catchThrowableOfType(ConflictException.class, action::run).code();
	}

}
