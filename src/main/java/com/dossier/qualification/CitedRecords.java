package com.dossier.qualification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a record is cited by a qualification application (any status): a reviewer may
 * read the scans of such records, the material they review, and no others. Asked by other
 * modules, so that none of them reads this module's tables.
 */
@Component
public class CitedRecords {

	private final JdbcClient jdbc;

	CitedRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isCited(long recordId) {
		return jdbc.sql("select count(*) from qualification_item where record_id = ?")
			.param(recordId)
			.query(Long.class)
			.single() > 0;
	}

}
