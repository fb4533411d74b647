package com.dossier.qualification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.dossier.qualification.QualificationApplication.Kind;
import com.dossier.qualification.QualificationApplication.Status;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.CreditCode;
import com.dossier.shared.KeysetCursor;
import com.dossier.shared.KeysetPage;
import com.dossier.shared.KeysetRequest;
import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' queue of qualification applications, oldest first, paged by keyset as
 * the clerks' queue is ({@link KeysetPage}): each status is one range of the index
 * {@code (status, submitted_at, id)}, read from the cursor and merged, so a page costs
 * what it shows wherever it lies.
 */
@Service
public class ReviewQueue {

	/** What the reviewer narrowed the queue to; every part may be null (open ones). */
	public record Filter(LocalDate day, Status status, String enterprise, String category) {
	}

	/** One line of the queue. */
	public record Entry(String number, Status status, Kind kind, String category, String grade, Instant submittedAt,
			String enterpriseName, String creditCode, String claimedBy, int itemCount) {
	}

	private record Row(KeysetCursor cursor, Entry entry) {
	}

	private final JdbcClient jdbc;

	private final AdministrationTime time;

	ReviewQueue(JdbcClient jdbc, AdministrationTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Transactional(readOnly = true)
	public KeysetPage<Entry> slice(Filter filter, KeysetRequest request, int size) {
		return KeysetPage
			.of((cursor, forward, limit) -> rows(filter, cursor, forward, limit), Row::cursor, request, size)
			.map(Row::entry);
	}

	private List<Row> rows(Filter filter, KeysetCursor from, boolean forward, int limit) {
		StringBuilder where = new StringBuilder();
		List<Object> whereParams = new ArrayList<>();
		if (filter.day() != null) {
			where.append(" and a.submitted_at >= ? and a.submitted_at < ?");
			whereParams.add(Sql.ts(time.startOf(filter.day())));
			whereParams.add(Sql.ts(time.startOf(filter.day().plusDays(1))));
		}
		String text = filter.enterprise() == null ? "" : filter.enterprise().strip();
		if (!text.isEmpty()) {
			where.append(" and (a.enterprise_credit_code = ? or a.enterprise_name like ?)");
			whereParams.add(CreditCode.normalize(text));
			whereParams.add("%" + text.replace("%", "").replace("_", "") + "%");
		}
		if (filter.category() != null && !filter.category().isBlank()) {
			where.append(" and a.category = ?");
			whereParams.add(filter.category().strip());
		}
		List<Status> statuses = filter.status() == null ? List.of(Status.SUBMITTED, Status.IN_REVIEW)
				: List.of(filter.status());
		String dir = forward ? "" : " desc";
		List<Object> params = new ArrayList<>();
		List<String> branches = new ArrayList<>();
		for (Status status : statuses) {
			StringBuilder b = new StringBuilder(
					"select a.id, a.submitted_at from qualification_application a where a.status = ?" + where);
			params.add(status.name());
			params.addAll(whereParams);
			if (from != null) {
				b.append(" and (a.submitted_at, a.id) ").append(forward ? ">" : "<").append(" (?, ?)");
				params.add(Sql.ts(from.at()));
				params.add(from.id());
			}
			b.append(" order by a.submitted_at").append(dir).append(", a.id").append(dir).append(" limit ?");
			params.add(limit);
			branches.add(b.toString());
		}
		String union = branches.size() == 1 ? branches.get(0) : "(" + String.join(") union all (", branches) + ")";
		params.add(limit);
		String order = " order by %1$s.submitted_at" + dir + ", %1$s.id" + dir;
		return jdbc
			.sql("select a.id, a.app_number, a.status, a.kind, a.category, a.grade, a.submitted_at,"
					+ " a.claimed_by, a.enterprise_name, a.enterprise_credit_code,"
					+ " (select count(*) from qualification_item i where i.application_id = a.id) as item_count"
					+ " from (select u.id, u.submitted_at from (" + union + ") u" + order.formatted("u") + " limit ?) q"
					+ " join qualification_application a on a.id = q.id" + order.formatted("q"))
			.params(params)
			.query((rs, n) -> new Row(new KeysetCursor(Sql.instant(rs, "submitted_at"), rs.getLong("id")),
					new Entry(rs.getString("app_number"), Status.valueOf(rs.getString("status")),
							Kind.valueOf(rs.getString("kind")), rs.getString("category"), rs.getString("grade"),
							Sql.instant(rs, "submitted_at"), rs.getString("enterprise_name"),
							rs.getString("enterprise_credit_code"), rs.getString("claimed_by"),
							rs.getInt("item_count"))))
			.list();
	}

}
