package com.dossier.verification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a record was ever filed for 原件校对, in an application of any status: what a clerk
 * may see of a record (its scans) follows from it — they review the filed material and
 * later consult it, never an enterprise's drafts. Asked by other modules, so that none of
 * them reads this module's tables.
 */
@Component
public class FiledRecords {

	private final JdbcClient jdbc;

	FiledRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isFiled(long recordId) {
		return jdbc.sql("select count(*) from verification_item where record_id = ?")
			.param(recordId)
			.query(Long.class)
			.single() > 0;
	}

}
