package com.dossier.attachment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Flyway V56, in Java because SQL has no portable CSPRNG: attachments and pending conversions lose their identity
 * sequence and get {@link RandomIds} (no table refers to these ids; audit entries keep naming the old ones, as
 * history), and their stored names are cleaned as new uploads are — bidi and other format characters gone, the
 * extension of the verified type ({@code invoice.hta} of a JPEG becomes {@code invoice.jpg}). Spring Boot hands
 * {@link JavaMigration} beans to Flyway, beside the SQL migrations; Flyway run by hand must be given it
 * ({@code javaMigrations(new RandomAttachmentIds())}, as DatabaseBlobStoreTests does), or it finds V56 missing.
 */
@Component
class RandomAttachmentIds implements JavaMigration {

	private record Row(long id, String kind, String fileName, String contentType) {
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("56");
	}

	@Override
	public String getDescription() {
		return "random attachment ids";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table attachment alter column id drop identity");
			ddl.execute("alter table attachment_conversion alter column id drop identity");
		}
		Set<Long> taken = new HashSet<>();
		rekey(connection, "select id, kind, file_name, content_type from attachment",
				"update attachment set id = ?, file_name = ? where id = ?", taken);
		rekey(connection, "select id, kind, file_name, 'image/jpeg' from attachment_conversion",
				"update attachment_conversion set id = ?, file_name = ? where id = ?", taken);
	}

	private static void rekey(Connection connection, String select, String update, Set<Long> taken)
			throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(select)) {
			while (rs.next()) {
				rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
			}
		}
		try (PreparedStatement statement = connection.prepareStatement(update)) {
			for (Row row : rows) {
				long id = RandomIds.next();
				while (!taken.add(id)) {
					id = RandomIds.next();
				}
				statement.setLong(1, id);
				statement.setString(2, FileNames.forType(row.fileName(), row.contentType(), row.kind()));
				statement.setLong(3, row.id());
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}
}
