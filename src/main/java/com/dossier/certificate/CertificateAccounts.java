package com.dossier.certificate;

import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;

/**
 * What binding a certificate needs to know of an account, answered by the account module,
 * which owns accounts and their enterprises' credit codes. Declared here and implemented
 * there, so that this module reads no table of theirs and the dependency runs one way
 * only: account uses certificate (for sign-in), never the reverse.
 */
public interface CertificateAccounts {

	/**
	 * @throws NotFoundException when there is no such account
	 */
	Holder holder(long accountId);

	/**
	 * The account, if the signed-in enterprise manager may run it (用户管理: it is of their
	 * enterprise).
	 * @throws com.dossier.shared.PermissionDeniedException without MANAGE_USERS
	 * @throws NotFoundException when there is no such account in their enterprise
	 */
	Holder managedBy(CurrentUser manager, long accountId);

	/**
	 * @param creditCode the 统一社会信用代码 of the account's enterprise; null for an account of
	 * no enterprise
	 */
	record Holder(long id, String username, String creditCode) {
	}

}
