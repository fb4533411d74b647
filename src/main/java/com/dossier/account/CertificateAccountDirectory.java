package com.dossier.account;

import com.dossier.certificate.CertificateAccounts;
import com.dossier.shared.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Answers the certificate module's questions about an account — its username and its
 * enterprise's credit code — so that certificate binding reads neither the account nor
 * the enterprise table.
 */
@Component
class CertificateAccountDirectory implements CertificateAccounts {

	private final AccountService accounts;

	private final EnterpriseUsers users;

	CertificateAccountDirectory(AccountService accounts, EnterpriseUsers users) {
		this.accounts = accounts;
		this.users = users;
	}

	@Override
	public Holder managedBy(CurrentUser manager, long accountId) {
		AccountView account = users.get(manager, accountId);
		return new Holder(account.id(), account.username(), account.enterpriseCreditCode());
	}

	@Override
	public Holder holder(long accountId) {
		AccountView account = accounts.get(accountId);
		return new Holder(account.id(), account.username(), account.enterpriseCreditCode());
	}

}
