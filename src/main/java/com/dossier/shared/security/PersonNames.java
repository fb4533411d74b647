package com.dossier.shared.security;

import java.util.Collection;
import java.util.Map;

/**
 * How lists name the people who acted (history, audit): 王芳（demo-ent-op）where the account
 * has a display name, else the user name as recorded. Implemented by the account module,
 * so that a list reads no account table of its own.
 */
public interface PersonNames {

	/** Every given user name, mapped to how it is shown. */
	Map<String, String> labels(Collection<String> usernames);

}
