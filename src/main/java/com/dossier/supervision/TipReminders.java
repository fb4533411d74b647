package com.dossier.supervision;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.dossier.handbook.RecordChanged;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;
import com.dossier.shared.web.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The tips as the shell and the landing page show them. The menu's count costs a dozen
 * queries, and the shell is on every page of an operator, so it is kept per enterprise
 * for {@link #TTL} (and forgotten on this node when one of the enterprise's records
 * changes); the tips page and the API always compute afresh. Only this node's memory: a
 * count another node shows may be up to {@link #TTL} old.
 */
@Component
class TipReminders implements Reminders {

	static final Duration TTL = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(TipReminders.class);

	/**
	 * Past this many enterprises the cache starts over, so it cannot grow without end.
	 */
	private static final int MAX_ENTRIES = 10_000;

	private record Count(int value, long until) {
	}

	private final SupervisionService supervision;

	private final AdministrationTime time;

	private final Map<Long, Count> counts = new ConcurrentHashMap<>();

	TipReminders(SupervisionService supervision, AdministrationTime time) {
		this.supervision = supervision;
		this.time = time;
	}

	@Override
	public Integer count() {
		CurrentUser user = operator();
		if (user == null) {
			return null;
		}
		long now = time.now().toEpochMilli();
		Count cached = counts.get(user.enterpriseId());
		if (cached != null && cached.until() > now) {
			return cached.value();
		}
		if (counts.size() >= MAX_ENTRIES) {
			counts.clear();
		}
		int value;
		try {
			value = supervision.tips(user).size();
		}
		catch (DataAccessException e) {
			// the menu of an error page (the database is what failed) renders without a
			// count
			log.warn("tip count unavailable: {}", e.getMessage());
			return null;
		}
		counts.put(user.enterpriseId(), new Count(value, now + TTL.toMillis()));
		return value;
	}

	@Override
	public List<Reminder> top(int max, Locale locale) {
		CurrentUser user = operator();
		if (user == null) {
			return List.of();
		}
		List<SupervisionService.Shown> tips = supervision.shownTips(user, locale);
		counts.put(user.enterpriseId(), new Count(tips.size(), time.now().toEpochMilli() + TTL.toMillis()));
		return tips.stream().limit(max).map(t -> new Reminder(t.severity(), t.message(), t.link())).toList();
	}

	/** A record changed: its enterprise's count is computed again on its next page. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(RecordChanged event) {
		counts.remove(event.record().enterpriseId());
	}

	/** The tips page has just computed them all: the menu shows the same number. */
	void remember(long enterpriseId, int count) {
		counts.put(enterpriseId, new Count(count, time.now().toEpochMilli() + TTL.toMillis()));
	}

	private static CurrentUser operator() {
		return CurrentUser.find().filter(u -> u.is(Role.ENTERPRISE) && u.enterpriseId() != null).orElse(null);
	}

}
