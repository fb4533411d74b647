package com.dossier.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.dossier.shared.Page;
import com.dossier.shared.Sql;
import com.dossier.shared.web.RequestMemo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EnterpriseRepository {

	private final JdbcClient jdbc;

	EnterpriseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Read once per request: the gate, the section rules and the attachment names all ask
	 * for it.
	 */
	Optional<Enterprise> findById(long id) {
		return RequestMemo.get(memoKey(id),
				() -> jdbc.sql("select * from enterprise where id = ?")
					.param(id)
					.query(EnterpriseRepository::map)
					.optional());
	}

	private static String memoKey(long id) {
		return "enterprise:" + id;
	}

	Optional<Enterprise> findByCreditCode(String code) {
		return jdbc.sql("select * from enterprise where credit_code = ?")
			.param(code)
			.query(EnterpriseRepository::map)
			.optional();
	}

	List<Long> idsNamed(String part, int limit) {
		String like = "%" + part.replace("%", "").replace("_", "") + "%";
		return jdbc.sql("select id from enterprise where name like ? order by id limit ?")
			.params(like, limit)
			.query(Long.class)
			.list();
	}

	Page<Enterprise> find(String query, int page, int size) {
		String like = query == null || query.isBlank() ? "%" : "%" + query.trim().toLowerCase() + "%";
		String where = " where lower(name) like ? or lower(credit_code) like ?";
		long total = jdbc.sql("select count(*) from enterprise" + where).params(like, like).query(Long.class).single();
		var items = jdbc.sql("select * from enterprise" + where + " order by name, id limit ? offset ?")
			.params(like, like, size, (long) page * size)
			.query(EnterpriseRepository::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	long insert(EnterpriseData d, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enterprise (credit_code, name, region, foreign_invested, address, legal_representative,
				                        registered_capital, established_on, version, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(d.creditCode(), d.name(), d.region().name(), d.foreignInvested(), d.address(),
					d.legalRepresentative(), d.registeredCapital(), d.establishedOn(), Sql.ts(now), Sql.ts(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean update(long id, int version, EnterpriseData d, Instant now) {
		RequestMemo.forget(memoKey(id));
		return jdbc.sql("""
				update enterprise set credit_code = ?, name = ?, region = ?, foreign_invested = ?, address = ?,
				       legal_representative = ?, registered_capital = ?, established_on = ?, updated_at = ?,
				       version = version + 1
				where id = ? and version = ?""")
			.params(d.creditCode(), d.name(), d.region().name(), d.foreignInvested(), d.address(),
					d.legalRepresentative(), d.registeredCapital(), d.establishedOn(), Sql.ts(now), id, version)
			.update() == 1;
	}

	boolean updateContact(long id, int version, Contact c, Instant now) {
		RequestMemo.forget(memoKey(id));
		return jdbc.sql("""
				update enterprise set contact_name = ?, contact_phone = ?, contact_mobile = ?, updated_at = ?,
				       version = version + 1
				where id = ? and version = ?""")
			.params(c.name(), c.phone(), c.mobile(), Sql.ts(now), id, version)
			.update() == 1;
	}

	void insertContactChange(long enterpriseId, ContactChange change) {
		Contact before = change.before();
		jdbc.sql("""
				insert into contact_change (enterprise_id, changed_at, actor, old_name, old_phone, old_mobile,
				                            new_name, new_phone, new_mobile)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(enterpriseId, Sql.ts(change.at()), change.actor(), before == null ? null : before.name(),
					before == null ? null : before.phone(), before == null ? null : before.mobile(),
					change.after().name(), change.after().phone(), change.after().mobile())
			.update();
	}

	List<ContactChange> contactChanges(long enterpriseId) {
		return jdbc.sql("select * from contact_change where enterprise_id = ? order by changed_at desc, id desc")
			.param(enterpriseId)
			.query((rs, row) -> new ContactChange(Sql.instant(rs, "changed_at"), rs.getString("actor"),
					rs.getString("old_name") == null ? null
							: new Contact(rs.getString("old_name"), rs.getString("old_phone"),
									rs.getString("old_mobile")),
					new Contact(rs.getString("new_name"), rs.getString("new_phone"), rs.getString("new_mobile"))))
			.list();
	}

	private static Enterprise map(ResultSet rs, int row) throws SQLException {
		String contactName = rs.getString("contact_name");
		Contact contact = contactName == null ? null
				: new Contact(contactName, rs.getString("contact_phone"), rs.getString("contact_mobile"));
		return new Enterprise(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
				Enterprise.Region.valueOf(rs.getString("region")), rs.getBoolean("foreign_invested"),
				rs.getString("address"), rs.getString("legal_representative"), rs.getBigDecimal("registered_capital"),
				rs.getObject("established_on", java.time.LocalDate.class), contact, rs.getInt("version"),
				Sql.instant(rs, "updated_at"));
	}

}
