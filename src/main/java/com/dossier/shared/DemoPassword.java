package com.dossier.shared;

/**
 * The password of the demo accounts (README, DESIGN §10): printed in the README, so it
 * must never guard anything real — the production guard and the first administrator's
 * bootstrap refuse it.
 */
public final class DemoPassword {

	public static final String VALUE = "Demo@12345";

	private DemoPassword() {
	}

}
