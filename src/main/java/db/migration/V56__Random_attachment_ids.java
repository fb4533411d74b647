package db.migration;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Attachments and pending conversions lose their identity sequence and get random ids in
 * [2^52, 2^53), as the attachment module draws them from now on (RandomIds): ids that
 * name files in URLs must not give their neighbours away. In Java because SQL has no
 * portable CSPRNG; beside the SQL migrations, so that Flyway finds it whatever starts it
 * (the application, a test of one module, an operator), and self-contained, as a
 * migration must stay what it was when it ran. No table refers to these ids; audit
 * entries keep the old ones, as history.
 */
public class V56__Random_attachment_ids extends BaseJavaMigration {

	private static final long MIN = 1L << 52;

	private final SecureRandom random = new SecureRandom();

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table attachment alter column id drop identity");
			ddl.execute("alter table attachment_conversion alter column id drop identity");
		}
		Set<Long> taken = new HashSet<>();
		rekey(connection, "attachment", taken);
		rekey(connection, "attachment_conversion", taken);
	}

	private void rekey(Connection connection, String table, Set<Long> taken) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement query = connection.createStatement();
				ResultSet rs = query.executeQuery("select id from " + table)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		try (PreparedStatement update = connection.prepareStatement("update " + table + " set id = ? where id = ?")) {
			for (long old : ids) {
				long id = MIN + random.nextLong(MIN);
				while (!taken.add(id)) {
					id = MIN + random.nextLong(MIN);
				}
				update.setLong(1, id);
				update.setLong(2, old);
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
