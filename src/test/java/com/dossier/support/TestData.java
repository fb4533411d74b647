package com.dossier.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.dossier.account.AccountService;
import com.dossier.account.NewAccount;
import com.dossier.enterprise.Contact;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.shared.security.Role;

import org.springframework.stereotype.Component;

/**
 * Small builders for what a test needs, each with fresh names so that tests never depend
 * on each other or on a clean database (the same suite runs on PostgreSQL, where data
 * stays between tests).
 */
@Component
public class TestData {

	public static final String PASSWORD = "Correct-Horse-42";

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final AtomicInteger counter = new AtomicInteger();

	private final EnterpriseService enterprises;

	private final AccountService accounts;

	TestData(EnterpriseService enterprises, AccountService accounts) {
		this.enterprises = enterprises;
		this.accounts = accounts;
	}

	public record Operator(String username, long enterpriseId, String creditCode) {
	}

	/** A new enterprise with a contact person and its operator account. */
	public Operator operator() {
		Operator op = operatorWithoutContact();
		enterprises.changeContact(op.enterpriseId(), null, new Contact("测试联系人", "021-60000000", "13800000000"));
		return op;
	}

	public Operator operatorWithoutContact() {
		String code = creditCode();
		long id = enterprises.create(new EnterpriseData(code, "测试企业" + unique(), Enterprise.Region.LOCAL, false,
				"上海市测试路 1 号", "测试法人", new BigDecimal("100"), LocalDate.of(2010, 1, 1)));
		String username = account(Role.ENTERPRISE, code);
		return new Operator(username, id, code);
	}

	/** A new account of a role that has no enterprise. */
	public String account(Role role) {
		return account(role, null);
	}

	private String account(Role role, String creditCode) {
		String username = role.name().toLowerCase() + "-" + unique();
		accounts.create(new NewAccount(username, null, role, creditCode, PASSWORD));
		return username;
	}

	public static String unique() {
		return Long.toString(System.nanoTime() % 100_000_000L, 36) + counter.incrementAndGet();
	}

	/** A random but valid 统一社会信用代码. */
	public static String creditCode() {
		StringBuilder b = new StringBuilder("91310000");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (b.length() < 17) {
			b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(b.charAt(i)) * WEIGHTS[i];
		}
		return b.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
	}

}
