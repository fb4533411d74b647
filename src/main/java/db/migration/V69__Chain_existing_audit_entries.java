package db.migration;

import com.dossier.audit.ChainExistingEntries;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit entries written before the hash chain existed (V68) join it, in id order (see
 * {@link ChainExistingEntries}).
 */
public class V69__Chain_existing_audit_entries extends BaseJavaMigration {

	@Override
	public void migrate(Context context) {
		ChainExistingEntries.chain(context.getConnection());
	}

}
