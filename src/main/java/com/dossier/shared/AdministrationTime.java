package com.dossier.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time of the administration the portal serves: its days (an application's number,
 * "not in the future", a day's filter), and how a moment is shown to a person. One zone
 * for all of it ({@code dossier.time-zone}, Asia/Shanghai unless configured), and every
 * "now" from the one {@link Clock}, so that tests can move it.
 */
@Component
public class AdministrationTime {

	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone;

	private final Clock clock;

	public AdministrationTime(@Value("${dossier.time-zone:Asia/Shanghai}") ZoneId zone, Clock clock) {
		this.zone = zone;
		this.clock = clock;
	}

	public ZoneId zone() {
		return zone;
	}

	public Instant now() {
		return clock.instant();
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	/**
	 * The first moment of the day here, for a day's range
	 * {@code [startOf(d), startOf(d + 1))}.
	 */
	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}

	public LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, zone);
	}

	/** A moment as people here read it, to the minute: {@code 2026-12-01 09:30}. */
	public String minutes(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant.atZone(zone));
	}

}
