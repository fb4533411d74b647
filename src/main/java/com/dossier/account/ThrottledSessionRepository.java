package com.dossier.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC store writes a session's last access time on every request, so
 * every signed-in page view costs a write transaction. This store passes the time on only
 * when the stored one is older than {@link #RESOLUTION}: the idle timeout (30 minutes)
 * may then end a session up to that much early, and a busy session is written at most
 * once a minute. Every other change (sign-in, attributes, new id, invalidation) is
 * written as before.
 */
final class ThrottledSessionRepository
		implements FindByIndexNameSessionRepository<ThrottledSessionRepository.ThrottledSession>, DisposableBean {

	static final Duration RESOLUTION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> delegate;

	@SuppressWarnings("unchecked")
	ThrottledSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate) {
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
	}

	@Override
	public ThrottledSession createSession() {
		return new ThrottledSession(delegate.createSession(), null);
	}

	@Override
	public void save(ThrottledSession session) {
		delegate.save(session.delegate);
	}

	@Override
	public ThrottledSession findById(String id) {
		Session found = SessionTransactions.reading(() -> delegate.findById(id));
		return found == null ? null : new ThrottledSession(found, found.getLastAccessedTime());
	}

	@Override
	public void deleteById(String id) {
		delegate.deleteById(id);
	}

	@Override
	public Map<String, ThrottledSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, ThrottledSession> sessions = new LinkedHashMap<>();
		delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, s) -> sessions.put(id, new ThrottledSession(s, s.getLastAccessedTime())));
		return sessions;
	}

	@Override
	public void destroy() throws Exception {
		if (delegate instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/**
	 * A stored session whose last-access time is passed on only when the stored one is
	 * stale.
	 */
	static final class ThrottledSession implements Session {

		private final Session delegate;

		/**
		 * As stored when loaded; null for a new session, whose every change is written
		 * anyway.
		 */
		private final Instant stored;

		ThrottledSession(Session delegate, Instant stored) {
			this.delegate = delegate;
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant time) {
			if (stored == null || !time.isBefore(stored.plus(RESOLUTION))) {
				delegate.setLastAccessedTime(time);
			}
		}

		@Override
		public String getId() {
			return delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return delegate.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			delegate.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			delegate.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return delegate.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return delegate.isExpired();
		}

	}

}
