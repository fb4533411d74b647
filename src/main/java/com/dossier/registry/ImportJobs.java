package com.dossier.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.dossier.shared.ConflictException;
import com.dossier.shared.DossierException;
import com.dossier.shared.Sql;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The administrators' background imports (registry_job), shared by every node: the node
 * that runs a job writes its progress and heartbeat, any node answers the page that polls
 * it. Each statement commits on its own, so progress is seen while the import's own
 * transaction is still open.
 */
@Repository
class ImportJobs {

	enum JobKind {

		PREVIEW, COMMIT

	}

	enum State {

		RUNNING, DONE, FAILED

	}

	/** A job as its owner sees it; {@code lost} when its node stopped beating. */
	record Job(long id, String owner, JobKind kind, State state, String phase, int done, int total, String fileName,
			byte[] result, boolean lost) {

		boolean running() {
			return state == State.RUNNING && !lost;
		}
	}

	/** A running job whose heartbeat is older than this has lost its node. */
	static final Duration LOST_AFTER = Duration.ofMinutes(1);

	private static final Duration KEPT = Duration.ofDays(7);

	private final JdbcClient jdbc;

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new running job, or a refusal: the owner's other job still runs (409), or
	 * {@code maxRunning} jobs run already, on all nodes together (429).
	 */
	long start(String owner, JobKind kind, String fileName, Instant now, int maxRunning) {
		failLost(now);
		jdbc.sql("delete from registry_job where state <> 'RUNNING' and created_at < ?")
			.param(Sql.ts(now.minus(KEPT)))
			.update();
		var key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into registry_job (owner, running_owner, kind, state, phase, done, total, file_name,
					    created_at, heartbeat_at)
					values (?, ?, ?, 'RUNNING', 'QUEUED', 0, 0, ?, ?, ?)""")
				.params(owner, owner, kind.name(), Sql.cut(fileName, 200), Sql.ts(now), Sql.ts(now))
				.update(key, "id");
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("import.job_running");
		}
		long id = key.getKeyAs(Number.class).longValue();
		int running = jdbc.sql("select count(*) from registry_job where state = 'RUNNING'")
			.query(Integer.class)
			.single();
		if (running > maxRunning) {
			// Every start past the bound gives its place back; two that race may both
			// give up, never both stay.
			jdbc.sql("delete from registry_job where id = ?").param(id).update();
			throw new DossierException(HttpStatus.TOO_MANY_REQUESTS, "import.jobs_busy");
		}
		return id;
	}

	/** Progress and heartbeat of a running job. */
	void beat(long id, String phase, int done, int total, Instant now) {
		jdbc.sql("""
				update registry_job set phase = ?, done = ?, total = ?, heartbeat_at = ?
				where id = ? and state = 'RUNNING'""").params(phase, done, total, Sql.ts(now), id).update();
	}

	void finish(long id, State state, byte[] result, Instant now) {
		jdbc.sql("""
				update registry_job set state = ?, running_owner = null, result = ?, finished_at = ?, heartbeat_at = ?
				where id = ?""").params(state.name(), result, Sql.ts(now), Sql.ts(now), id).update();
	}

	/** The job, only for its owner (anyone else: empty, so a 404). */
	Optional<Job> find(long id, String owner, Instant now) {
		return jdbc.sql("select * from registry_job where id = ? and owner = ?")
			.params(id, owner)
			.query((rs, n) -> new Job(rs.getLong("id"), rs.getString("owner"), JobKind.valueOf(rs.getString("kind")),
					State.valueOf(rs.getString("state")), rs.getString("phase"), rs.getInt("done"), rs.getInt("total"),
					rs.getString("file_name"), rs.getBytes("result"),
					rs.getString("state").equals("RUNNING")
							&& Sql.instant(rs, "heartbeat_at").isBefore(now.minus(LOST_AFTER))))
			.optional();
	}

	/** Jobs of dead nodes end as failed, which frees their owner for a new one. */
	void failLost(Instant now) {
		jdbc.sql("""
				update registry_job set state = 'FAILED', running_owner = null, finished_at = ?
				where state = 'RUNNING' and heartbeat_at < ?""")
			.params(Sql.ts(now), Sql.ts(now.minus(LOST_AFTER)))
			.update();
	}

}
