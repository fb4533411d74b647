package com.dossier.verification;

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
import com.dossier.shared.Page;
import com.dossier.shared.Sql;
import com.dossier.verification.VerificationApplication.Decision;
import com.dossier.verification.VerificationApplication.Item;
import com.dossier.verification.VerificationApplication.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applications and their items. State changes are conditional UPDATEs, so concurrent
 * clerks cannot both win.
 */
@Repository
class ApplicationRepository {

	private static final String COLUMNS = "a.id, a.app_number, a.enterprise_id, a.status, a.contact_name, "
			+ "a.contact_phone, a.contact_mobile, a.submitted_at, a.submitted_by, a.claimed_by, a.claimed_at, "
			+ "a.closed_at, a.version";

	private final JdbcClient jdbc;

	ApplicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The enterprise's name, credit code and contact are copied as they are at filing:
	 * the application keeps them.
	 */
	long insert(String number, Enterprise enterprise, Instant at, String by) {
		Contact contact = enterprise.contact();
		jdbc.sql(
				"""
						insert into verification_application (app_number, enterprise_id, enterprise_name, enterprise_credit_code,
						  status, contact_name, contact_phone, contact_mobile, submitted_at, submitted_by, version)
						values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, 1)""")
			.params(number, enterprise.id(), enterprise.name(), enterprise.creditCode(),
					contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
					contact == null ? null : contact.mobile(), Sql.ts(at), by)
			.update();
		return jdbc.sql("select id from verification_application where app_number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

	/**
	 * How many applications the enterprise filed in [from, to) (withdrawn ones included:
	 * each used a number).
	 */
	int countFiledBetween(long enterpriseId, Instant from, Instant to) {
		return jdbc
			.sql("select count(*) from verification_application where enterprise_id = ? and submitted_at >= ?"
					+ " and submitted_at < ?")
			.params(enterpriseId, Sql.ts(from), Sql.ts(to))
			.query(Integer.class)
			.single();
	}

	void insertItem(long applicationId, long recordId, String section, int order) {
		jdbc.sql("insert into verification_item (application_id, record_id, section, item_order) values (?, ?, ?, ?)")
			.params(applicationId, recordId, section, order)
			.update();
	}

	Optional<VerificationApplication> find(String number) {
		return jdbc.sql("select " + COLUMNS + " from verification_application a where a.app_number = ?")
			.param(number)
			.query(this::row)
			.optional()
			.map(this::withItems);
	}

	/**
	 * The application locked for the rest of the transaction, so decisions on it happen
	 * one after another.
	 */
	Optional<VerificationApplication> lock(String number) {
		return jdbc.sql("select " + COLUMNS + " from verification_application a where a.app_number = ? for update")
			.param(number)
			.query(this::row)
			.optional()
			.map(this::withItems);
	}

	Page<VerificationApplication> ofEnterprise(long enterpriseId, int page, int size) {
		long total = jdbc.sql("select count(*) from verification_application where enterprise_id = ?")
			.param(enterpriseId)
			.query(Long.class)
			.single();
		List<VerificationApplication> items = jdbc
			.sql("select " + COLUMNS + " from verification_application a where a.enterprise_id = ? "
					+ "order by a.id desc limit ? offset ?")
			.params(enterpriseId, size, (long) page * size)
			.query(this::row)
			.list();
		return new Page<>(withItems(items), page, size, total);
	}

	boolean claim(long id, String clerk, Instant at) {
		return jdbc
			.sql("update verification_application set status = 'IN_PROGRESS', claimed_by = ?, claimed_at = ?,"
					+ " version = version + 1 where id = ? and status = 'SUBMITTED'")
			.params(clerk, Sql.ts(at), id)
			.update() == 1;
	}

	boolean withdraw(long id, Instant at) {
		return jdbc
			.sql("update verification_application set status = 'WITHDRAWN', closed_at = ?, version = version + 1"
					+ " where id = ? and status = 'SUBMITTED'")
			.params(Sql.ts(at), id)
			.update() == 1;
	}

	/**
	 * Records the decision unless someone already did: the WHERE makes the second attempt
	 * change nothing.
	 */
	boolean decide(long id, long recordId, Decision decision, String reason, String clerk, Instant at) {
		return jdbc
			.sql("update verification_item set decision = ?, reason = ?, decided_by = ?, decided_at = ?"
					+ " where application_id = ? and record_id = ? and decision is null")
			.params(decision.name(), reason, clerk, Sql.ts(at), id, recordId)
			.update() == 1;
	}

	/** COMPLETED once no item is left undecided. */
	boolean completeIfDecided(long id, Instant at) {
		return jdbc
			.sql("update verification_application set status = 'COMPLETED', closed_at = ?, version = version + 1"
					+ " where id = ? and status = 'IN_PROGRESS' and not exists"
					+ " (select 1 from verification_item i where i.application_id = ? and i.decision is null)")
			.params(Sql.ts(at), id, id)
			.update() == 1;
	}

	/** The open application (if any) each of these records is filed in, by record id. */
	java.util.Map<Long, String> openApplicationsOf(java.util.Collection<Long> recordIds) {
		java.util.Map<Long, String> result = new java.util.HashMap<>();
		if (recordIds.isEmpty()) {
			return result;
		}
		String marks = String.join(", ", java.util.Collections.nCopies(recordIds.size(), "?"));
		jdbc.sql("select i.record_id, a.app_number from verification_item i join verification_application a"
				+ " on a.id = i.application_id where a.status in ('SUBMITTED', 'IN_PROGRESS') and i.record_id in ("
				+ marks + ")")
			.params(new ArrayList<>(recordIds))
			.query((rs, n) -> result.put(rs.getLong(1), rs.getString(2)))
			.list();
		return result;
	}

	private VerificationApplication withItems(VerificationApplication a) {
		return withItems(List.of(a)).get(0);
	}

	/** The applications with their items, read in one query for a whole page. */
	private List<VerificationApplication> withItems(List<VerificationApplication> applications) {
		if (applications.isEmpty()) {
			return applications;
		}
		Map<Long, List<Item>> items = new HashMap<>();
		jdbc.sql("select application_id, record_id, section, decision, reason, decided_by, decided_at"
				+ " from verification_item where application_id in (:ids) order by application_id, item_order")
			.param("ids", applications.stream().map(VerificationApplication::id).toList())
			.query((rs, n) -> items.computeIfAbsent(rs.getLong("application_id"), id -> new ArrayList<>())
				.add(new Item(rs.getLong("record_id"), rs.getString("section"),
						rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision")),
						rs.getString("reason"), rs.getString("decided_by"), Sql.instant(rs, "decided_at"))))
			.list();
		return applications.stream()
			.map(a -> new VerificationApplication(a.id(), a.number(), a.enterpriseId(), a.status(), a.contact(),
					a.submittedAt(), a.submittedBy(), a.claimedBy(), a.claimedAt(), a.closedAt(), a.version(),
					List.copyOf(items.getOrDefault(a.id(), List.of()))))
			.toList();
	}

	private VerificationApplication row(ResultSet rs, int n) throws SQLException {
		Contact contact = rs.getString("contact_name") == null ? null : new Contact(rs.getString("contact_name"),
				rs.getString("contact_phone"), rs.getString("contact_mobile"));
		return new VerificationApplication(rs.getLong("id"), rs.getString("app_number"), rs.getLong("enterprise_id"),
				Status.valueOf(rs.getString("status")), contact, Sql.instant(rs, "submitted_at"),
				rs.getString("submitted_by"), rs.getString("claimed_by"), Sql.instant(rs, "claimed_at"),
				Sql.instant(rs, "closed_at"), rs.getInt("version"), List.of());
	}

}
