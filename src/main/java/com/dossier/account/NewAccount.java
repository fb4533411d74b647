package com.dossier.account;

import com.dossier.shared.security.Role;

/** What an administrator fills in to create an account; also the form object. */
public record NewAccount(String username, String displayName, Role role, String enterpriseCreditCode, String password) {
}
