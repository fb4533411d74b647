package com.dossier.print;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code handbook_print} table: one row per printed copy of a handbook. */
@Repository
class PrintStore {

	private final JdbcClient jdbc;

	PrintStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Printed(String number, long enterpriseId, List<String> sections, String digest, int recordCount,
			String printedBy, Instant printedAt) {
	}

	/** Records a copy and answers its number, P + the row's id. */
	String insert(long enterpriseId, List<String> sections, String digest, int recordCount, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into handbook_print (enterprise_id, sections, digest, record_count, printed_by, printed_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(enterpriseId, String.join(",", sections), digest, recordCount, by, Sql.ts(at))
			.update(key, "id");
		String number = String.format("P%09d", key.getKey().longValue());
		jdbc.sql("update handbook_print set print_number = ? where id = ?")
			.params(number, key.getKey().longValue())
			.update();
		return number;
	}

	Optional<Printed> find(String number) {
		return jdbc.sql("select * from handbook_print where print_number = ?")
			.param(number)
			.query((rs, n) -> new Printed(rs.getString("print_number"), rs.getLong("enterprise_id"),
					rs.getString("sections").isEmpty() ? List.of() : Arrays.asList(rs.getString("sections").split(",")),
					rs.getString("digest"), rs.getInt("record_count"), rs.getString("printed_by"),
					Sql.instant(rs, "printed_at")))
			.optional();
	}

}
