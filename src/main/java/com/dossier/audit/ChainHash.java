package com.dossier.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hash of one entry: SHA-256 (lower-case hex) over the UTF-8 bytes of
 *
 * <pre>
 * dossier-audit-v1;P;I;T;actor;role;E;action;target;outcome;address;detail;request;previous
 * </pre>
 *
 * where P is the chain position, I the id, T the time in UTC with exactly six decimals
 * ({@code 2026-12-02T06:35:14.123456Z}: what both databases keep), E the enterprise id,
 * {@code previous} the hash of the entry before (64 zeros before the first), and every
 * field after the first is written {@code <length in UTF-8 bytes>:<value>}, or {@code ~}
 * when null: a value holding {@code ;} cannot pass for two. docs/operations.md repeats
 * this for anyone who checks the chain with other tools.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private ChainHash() {
	}

	/** What the chain stores of a moment: microseconds, as both databases keep it. */
	static Instant stored(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	static String of(ChainEntry e, long position, String previous) {
		StringBuilder text = new StringBuilder("dossier-audit-v1");
		field(text, Long.toString(position));
		field(text, Long.toString(e.id()));
		field(text, TIME.format(stored(e.occurredAt())));
		field(text, e.actor());
		field(text, e.actorRole());
		field(text, e.enterpriseId() == null ? null : e.enterpriseId().toString());
		field(text, e.action());
		field(text, e.target());
		field(text, e.outcome());
		field(text, e.clientAddress());
		field(text, e.detail());
		field(text, e.requestId());
		field(text, previous);
		return sha256(text.toString());
	}

	private static void field(StringBuilder text, String value) {
		text.append(';');
		if (value == null) {
			text.append('~');
		}
		else {
			text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

}
