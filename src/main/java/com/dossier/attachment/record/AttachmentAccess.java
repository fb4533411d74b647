package com.dossier.attachment.record;

import com.dossier.qualification.CitedRecords;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;
import com.dossier.verification.FiledRecords;

import org.springframework.stereotype.Component;

/**
 * Who may read an attachment's bytes (least privilege; anyone else is told it does not
 * exist):
 * <ul>
 * <li>the owning enterprise, while the file is not deleted;</li>
 * <li>a clerk, for a record that is or was in a verification application (any status,
 * deleted files too: they review the filed scans and later consult them and their
 * history) — never an enterprise's unfiled drafts;</li>
 * <li>a qualification reviewer, for a record cited by a qualification application (the
 * material they review);</li>
 * <li>nobody else: administrators manage accounts, enterprises, notices, imports and the
 * audit log, none of which needs the content of a scan, and the audit log they read names
 * every download.</li>
 * </ul>
 */
@Component
class AttachmentAccess {

	private final FiledRecords filed;

	private final CitedRecords cited;

	AttachmentAccess(FiledRecords filed, CitedRecords cited) {
		this.filed = filed;
		this.cited = cited;
	}

	boolean mayRead(CurrentUser user, Attachment a) {
		if (user.is(Role.ENTERPRISE)) {
			return user.enterpriseId() != null && user.enterpriseId() == a.enterpriseId() && !a.deleted();
		}
		if (user.is(Role.REVIEWER)) {
			return cited.isCited(a.recordId());
		}
		return user.is(Role.CLERK) && filed.isFiled(a.recordId());
	}

}
