package com.dossier.shared.security;

/**
 * Implemented by the authentication principal, so features need not know how users are
 * stored.
 */
public interface CurrentUserSource {

	CurrentUser currentUser();

}
