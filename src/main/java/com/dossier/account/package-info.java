/**
 * Accounts, roles, sign-in and its security rules: passwords, lockout, sessions, the role
 * homes.
 */
package com.dossier.account;
