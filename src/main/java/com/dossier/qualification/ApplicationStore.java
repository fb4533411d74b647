package com.dossier.qualification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dossier.enterprise.Contact;
import com.dossier.enterprise.Enterprise;
import com.dossier.handbook.Level;
import com.dossier.qualification.QualificationApplication.Item;
import com.dossier.qualification.QualificationApplication.Kind;
import com.dossier.qualification.QualificationApplication.Status;
import com.dossier.shared.Page;
import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Qualification applications and the records they cite. State changes are conditional
 * UPDATEs, so two reviewers (or a reviewer and a withdrawing enterprise) cannot both win.
 */
@Repository
class ApplicationStore {

	private static final String COLUMNS = "id, app_number, enterprise_id, enterprise_name, enterprise_credit_code,"
			+ " kind, category, grade, status, contact_name, contact_phone, contact_mobile, submitted_at,"
			+ " submitted_by, claimed_by, claimed_at, decided_at, reason";

	private final JdbcClient jdbc;

	ApplicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The enterprise and its contact are copied as they are at filing. */
	long insert(String number, Enterprise enterprise, Kind kind, String category, String grade, Instant at, String by) {
		Contact c = enterprise.contact();
		jdbc.sql("""
				insert into qualification_application (app_number, enterprise_id, enterprise_name,
				  enterprise_credit_code, kind, category, grade, status, contact_name, contact_phone, contact_mobile,
				  submitted_at, submitted_by, version)
				values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, 1)""")
			.params(number, enterprise.id(), enterprise.name(), enterprise.creditCode(), kind.name(), category, grade,
					c == null ? null : c.name(), c == null ? null : c.phone(), c == null ? null : c.mobile(),
					Sql.ts(at), by)
			.update();
		return jdbc.sql("select id from qualification_application where app_number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

	void insertItem(long applicationId, long recordId, String section, Level level, int order) {
		jdbc.sql("insert into qualification_item (application_id, record_id, section, level, item_order)"
				+ " values (?, ?, ?, ?, ?)")
			.params(applicationId, recordId, section, level.name(), order)
			.update();
	}

	int countFiledBetween(long enterpriseId, Instant from, Instant to) {
		return jdbc
			.sql("select count(*) from qualification_application where enterprise_id = ? and submitted_at >= ?"
					+ " and submitted_at < ?")
			.params(enterpriseId, Sql.ts(from), Sql.ts(to))
			.query(Integer.class)
			.single();
	}

	Optional<QualificationApplication> find(String number) {
		return jdbc.sql("select " + COLUMNS + " from qualification_application where app_number = ?")
			.param(number)
			.query(this::row)
			.optional()
			.map(this::withItems);
	}

	Page<QualificationApplication> ofEnterprise(long enterpriseId, int page, int size) {
		long total = jdbc.sql("select count(*) from qualification_application where enterprise_id = ?")
			.param(enterpriseId)
			.query(Long.class)
			.single();
		List<QualificationApplication> items = jdbc
			.sql("select " + COLUMNS + " from qualification_application where enterprise_id = ?"
					+ " order by id desc limit ? offset ?")
			.params(enterpriseId, size, (long) page * size)
			.query(this::row)
			.list();
		return new Page<>(withItems(items), page, size, total);
	}

	boolean claim(long id, String reviewer, Instant at) {
		return jdbc
			.sql("update qualification_application set status = 'IN_REVIEW', claimed_by = ?, claimed_at = ?,"
					+ " version = version + 1 where id = ? and status = 'SUBMITTED'")
			.params(reviewer, Sql.ts(at), id)
			.update() == 1;
	}

	boolean withdraw(long id, Instant at) {
		return jdbc
			.sql("update qualification_application set status = 'WITHDRAWN', closed_at = ?, version = version + 1"
					+ " where id = ? and status = 'SUBMITTED'")
			.params(Sql.ts(at), id)
			.update() == 1;
	}

	/** Final: only the claiming reviewer, only once. */
	boolean decide(long id, Status result, String reason, String reviewer, Instant at) {
		return jdbc
			.sql("update qualification_application set status = ?, reason = ?, decided_at = ?, closed_at = ?,"
					+ " version = version + 1 where id = ? and status = 'IN_REVIEW' and claimed_by = ?")
			.params(result.name(), reason, Sql.ts(at), Sql.ts(at), id, reviewer)
			.update() == 1;
	}

	/** The applications (any status) citing each of these records, by record id. */
	java.util.Map<Long, List<String>> citing(java.util.Collection<Long> recordIds) {
		java.util.Map<Long, List<String>> result = new java.util.HashMap<>();
		if (recordIds.isEmpty()) {
			return result;
		}
		String marks = String.join(", ", java.util.Collections.nCopies(recordIds.size(), "?"));
		jdbc.sql("select i.record_id, a.app_number from qualification_item i join qualification_application a"
				+ " on a.id = i.application_id where i.record_id in (" + marks + ") order by a.id")
			.params(new java.util.ArrayList<>(recordIds))
			.query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return result;
	}

	private QualificationApplication withItems(QualificationApplication a) {
		return withItems(List.of(a)).get(0);
	}

	/** The applications with their items, read in one query for a whole page. */
	private List<QualificationApplication> withItems(List<QualificationApplication> applications) {
		if (applications.isEmpty()) {
			return applications;
		}
		Map<Long, List<Item>> items = new HashMap<>();
		jdbc.sql("select application_id, record_id, section, level from qualification_item"
				+ " where application_id in (:ids) order by application_id, item_order")
			.param("ids", applications.stream().map(QualificationApplication::id).toList())
			.query((rs, n) -> items.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new Item(rs.getLong(2), rs.getString(3), Level.valueOf(rs.getString(4)))))
			.list();
		return applications.stream().map(a -> a.withItems(List.copyOf(items.getOrDefault(a.id(), List.of())))).toList();
	}

	private QualificationApplication row(ResultSet rs, int n) throws SQLException {
		Contact contact = rs.getString("contact_name") == null ? null : new Contact(rs.getString("contact_name"),
				rs.getString("contact_phone"), rs.getString("contact_mobile"));
		return new QualificationApplication(rs.getLong("id"), rs.getString("app_number"), rs.getLong("enterprise_id"),
				rs.getString("enterprise_name"), rs.getString("enterprise_credit_code"),
				Kind.valueOf(rs.getString("kind")), rs.getString("category"), rs.getString("grade"),
				Status.valueOf(rs.getString("status")), contact, Sql.instant(rs, "submitted_at"),
				rs.getString("submitted_by"), rs.getString("claimed_by"), Sql.instant(rs, "claimed_at"),
				Sql.instant(rs, "decided_at"), rs.getString("reason"), List.of());
	}

}
