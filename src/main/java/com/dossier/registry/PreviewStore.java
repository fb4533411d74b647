package com.dossier.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.dossier.shared.Sql;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Excel imports between preview and commit, in the database (any node may take the
 * commit): the payload exactly as previewed, gzip JSON, readable only by whoever uploaded
 * it, for a day.
 */
@Repository
class PreviewStore {

	record Preview(String fileName, ImportRequest request, int created, int updated, int unchanged, int removed,
			int enterprisesCreated, int items, List<RegistryViews.PreviewLine> lines) {
	}

	private static final Duration KEPT = Duration.ofDays(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PreviewStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores the preview; returns its token. Previews older than a day are dropped. */
	String save(Preview preview, String owner, Instant now) {
		jdbc.sql("delete from registry_preview where created_at < ?").param(Sql.ts(now.minus(KEPT))).update();
		byte[] token = new byte[16];
		RANDOM.nextBytes(token);
		String id = HexFormat.of().formatHex(token);
		jdbc.sql("""
				insert into registry_preview (token, created_by, created_at, file_name, payload)
				values (?, ?, ?, ?, ?)""")
			.params(id, owner, Sql.ts(now), Sql.cut(preview.fileName(), 200), gzip(json.writeValueAsBytes(preview)))
			.update();
		return id;
	}

	Optional<Preview> find(String token, String owner, Instant now) {
		return jdbc.sql("select payload from registry_preview where token = ? and created_by = ? and created_at >= ?")
			.params(token, owner, Sql.ts(now.minus(KEPT)))
			.query((rs, n) -> rs.getBytes("payload"))
			.optional()
			.map(bytes -> json.readValue(gunzip(bytes), Preview.class));
	}

	void delete(String token) {
		jdbc.sql("delete from registry_preview where token = ?").param(token).update();
	}

	private static byte[] gzip(byte[] bytes) {
		var out = new ByteArrayOutputStream();
		try (var zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] gunzip(byte[] bytes) {
		try (var zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return zip.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
