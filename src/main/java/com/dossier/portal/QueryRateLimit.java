package com.dossier.portal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.dossier.shared.DossierException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A fixed one-minute window per client address on the public status query (page and API),
 * so nobody can walk the daily sequence of application numbers. The counters live in this
 * node's memory: with several nodes each allows the limit, which still makes scraping
 * slow; a shared limiter (at the proxy) is the stronger answer.
 */
@Configuration(proxyBeanMethods = false)
class QueryRateLimit implements WebMvcConfigurer, HandlerInterceptor {

	private static final int MAX_CLIENTS = 10_000;

	private final int perMinute;

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	QueryRateLimit(@Value("${dossier.portal.status-queries-per-minute:30}") int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** Requests of one client address in one minute. */
	private record Window(long minute, int count) {
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/status", "/api/v1/public/applications/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!allow(request.getRemoteAddr(), clock.millis() / 60_000)) {
			response.setHeader("Retry-After", "60");
			throw new DossierException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited");
		}
		return true;
	}

	boolean allow(String client, long minute) {
		if (windows.size() > MAX_CLIENTS) {
			windows.values().removeIf(w -> w.minute() < minute);
		}
		Window w = windows.merge(client, new Window(minute, 1),
				(old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
		return w.count() <= perMinute;
	}

	/**
	 * Tests share one application (and one client address): they clear their own traces.
	 */
	void forget(String client) {
		windows.remove(client);
	}

}
