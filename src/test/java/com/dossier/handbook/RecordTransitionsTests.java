package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.dossier.shared.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every named transition of a record, from every state it may start from, and the refusal
 * from every other.
 */
class RecordTransitionsTests {

	static final Map<String, String> DATA = Map.of("name", "塔式起重机");

	static final Map<String, String> NEW = Map.of("name", "施工升降机");

	static HandbookRecord record(Level level, RecordStatus status) {
		return new HandbookRecord(7, 1, "equipment", level, status, 3, DATA, null, "扫描件不清晰", false, "a", Instant.EPOCH,
				"a", Instant.EPOCH);
	}

	static HandbookRecord revision(RecordStatus status) {
		return new HandbookRecord(8, 1, "equipment", Level.D, status, 2, NEW, 7L, null, false, "a", Instant.EPOCH, "a",
				Instant.EPOCH);
	}

	static HandbookRecord deleted() {
		return new HandbookRecord(9, 1, "equipment", Level.D, RecordStatus.DRAFT, 4, DATA, null, null, true, "a",
				Instant.EPOCH, "a", Instant.EPOCH);
	}

	@ParameterizedTest(name = "{0}/{1} edited → D/DRAFT")
	@CsvSource({ "D, DRAFT", "D, REJECTED" })
	void editingADraftOrAFailedRecordMakesADraftThatStillShowsWhyItFailed(Level level, RecordStatus status) {
		HandbookRecord next = record(level, status).edited(NEW);
		assertState(next, Level.D, RecordStatus.DRAFT, 4);
		assertThat(next.data()).isEqualTo(NEW);
		assertThat(next.rejectionReason()).isEqualTo("扫描件不清晰");
	}

	@ParameterizedTest(name = "{0}/{1} refuses every enterprise change with {2}")
	@CsvSource({ "D, PENDING, record.pending", "C, VERIFIED, record.locked", "B, VERIFIED, record.locked",
			"A, VERIFIED, record.locked" })
	void frozenAndVerifiedRecordsRefuseEditDeleteAndFiling(Level level, RecordStatus status, String code) {
		HandbookRecord r = record(level, status);
		assertThat(refusal(() -> r.edited(NEW))).isEqualTo(code);
		assertThat(refusal(r::removed)).isEqualTo(code);
		assertThat(refusal(r::filed)).isEqualTo(code);
	}

	@Test
	void aDeletedRecordIsGoneForEveryTransition() {
		HandbookRecord gone = deleted();
		List<UnaryOperator<HandbookRecord>> transitions = List.of(r -> r.edited(NEW), HandbookRecord::removed,
				HandbookRecord::filed, HandbookRecord::reliedOn, r -> r.imported(NEW));
		for (UnaryOperator<HandbookRecord> t : transitions) {
			assertThat(refusal(() -> t.apply(gone))).isEqualTo("record.not_found");
		}
	}

	@Test
	void removingKeepsTheStateAndMarksTheRecordDeleted() {
		HandbookRecord next = record(Level.D, RecordStatus.REJECTED).removed();
		assertState(next, Level.D, RecordStatus.REJECTED, 4);
		assertThat(next.deleted()).isTrue();
	}

	@ParameterizedTest(name = "{0}/{1} filed → PENDING")
	@CsvSource({ "D, DRAFT", "D, REJECTED" })
	void filingFreezesTheRecordAndAWithdrawalGivesBackTheEarlierReason(Level level, RecordStatus status) {
		HandbookRecord next = record(level, status).filed();
		assertState(next, Level.D, RecordStatus.PENDING, 4);
		assertThat(next.released().rejectionReason()).isEqualTo("扫描件不清晰");
		assertThat(next.passed().rejectionReason()).isNull();
		assertThat(next.failed("未提供原件").rejectionReason()).isEqualTo("未提供原件");
	}

	@Test
	void onlyAPendingRecordIsReleasedPassedOrFailed() {
		HandbookRecord pending = record(Level.D, RecordStatus.PENDING);
		assertState(pending.released(), Level.D, RecordStatus.DRAFT, 4);
		assertState(pending.passed(), Level.C, RecordStatus.VERIFIED, 4);
		HandbookRecord failed = pending.failed("原件与扫描件不一致");
		assertState(failed, Level.D, RecordStatus.REJECTED, 4);
		assertThat(failed.rejectionReason()).isEqualTo("原件与扫描件不一致");
		for (HandbookRecord r : new HandbookRecord[] { record(Level.D, RecordStatus.DRAFT),
				record(Level.D, RecordStatus.REJECTED) }) {
			assertThat(refusal(r::released)).isEqualTo("record.not_pending");
			assertThat(refusal(r::passed)).isEqualTo("record.not_pending");
			assertThat(refusal(() -> r.failed("x"))).isEqualTo("record.not_pending");
		}
		for (Level level : new Level[] { Level.A, Level.B, Level.C }) {
			HandbookRecord r = record(level, RecordStatus.VERIFIED);
			assertThat(refusal(r::passed)).isEqualTo("record.locked");
			assertThat(refusal(() -> r.failed("x"))).isEqualTo("record.locked");
		}
	}

	@Test
	void aPassedRevisionMergesIntoTheRecordItRevisesWhichStaysInForceAsC() {
		HandbookRecord draft = revision(RecordStatus.PENDING);
		HandbookRecord merged = draft.merged();
		assertState(merged, Level.C, RecordStatus.VERIFIED, 3);
		assertThat(merged.deleted()).isTrue();
		for (Level level : new Level[] { Level.B, Level.C }) {
			HandbookRecord replaced = record(level, RecordStatus.VERIFIED).replacedBy(draft);
			assertState(replaced, Level.C, RecordStatus.VERIFIED, 4);
			assertThat(replaced.data()).isEqualTo(NEW);
			assertThat(replaced.deleted()).isFalse();
		}
		assertThatIllegalStateException().isThrownBy(draft::passed);
		assertThatIllegalStateException().isThrownBy(() -> record(Level.D, RecordStatus.PENDING).merged());
		assertThatIllegalStateException().isThrownBy(() -> record(Level.A, RecordStatus.VERIFIED).replacedBy(draft));
		assertThatIllegalStateException()
			.isThrownBy(() -> record(Level.C, RecordStatus.VERIFIED).replacedBy(record(Level.D, RecordStatus.PENDING)));
		assertThat(refusal(() -> revision(RecordStatus.DRAFT).merged())).isEqualTo("record.not_pending");
	}

	@Test
	void relyingOnACRecordMakesItBAndLeavesAAndBAsTheyAre() {
		assertState(record(Level.C, RecordStatus.VERIFIED).reliedOn(), Level.B, RecordStatus.VERIFIED, 4);
		HandbookRecord a = record(Level.A, RecordStatus.VERIFIED);
		HandbookRecord b = record(Level.B, RecordStatus.VERIFIED);
		assertThat(a.reliedOn()).isSameAs(a);
		assertThat(b.reliedOn()).isSameAs(b);
		assertThat(refusal(() -> record(Level.D, RecordStatus.DRAFT).reliedOn())).isEqualTo("record.not_citable");
		assertThat(refusal(() -> record(Level.D, RecordStatus.PENDING).reliedOn())).isEqualTo("record.pending");
	}

	@ParameterizedTest(name = "{0}/{1} imported → A")
	@CsvSource({ "D, DRAFT", "D, REJECTED", "C, VERIFIED", "B, VERIFIED", "A, VERIFIED" })
	void anImportMakesAnyRecordThatIsNotFrozenA(Level level, RecordStatus status) {
		HandbookRecord next = record(level, status).imported(NEW);
		assertState(next, Level.A, RecordStatus.VERIFIED, 4);
		assertThat(next.data()).isEqualTo(NEW);
		assertThat(refusal(() -> record(Level.D, RecordStatus.PENDING).imported(NEW))).isEqualTo("record.pending");
	}

	private static void assertState(HandbookRecord r, Level level, RecordStatus status, int version) {
		assertThat(r.level()).isEqualTo(level);
		assertThat(r.status()).isEqualTo(status);
		assertThat(r.version()).isEqualTo(version);
	}

	private static String refusal(Runnable transition) {
		return catchThrowableOfType(DossierException.class, transition::run).code();
	}

}
