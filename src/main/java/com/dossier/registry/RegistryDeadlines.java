package com.dossier.registry;

import java.time.LocalDate;
import java.util.List;

import com.dossier.registry.RegistryViews.LicenceView;
import com.dossier.registry.RegistryViews.PersonView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates in an enterprise's management-system data that run out: its safety production
 * licences and its personnel's registrations, for the 动态监管提示 of other modules. ID numbers
 * stay masked.
 */
@Component
public class RegistryDeadlines {

	/** How far ahead an expiry is worth a warning. */
	public static final int WARNING_DAYS = RegistryViews.EXPIRY_WARNING_DAYS;

	private static final int MAX = 500;

	private final JdbcClient jdbc;

	private final ItemStore items;

	RegistryDeadlines(JdbcClient jdbc, ItemStore items) {
		this.jdbc = jdbc;
		this.items = items;
	}

	/** Every live licence, its expiry judged against {@code today}. */
	@Transactional(readOnly = true)
	public List<LicenceView> licences(long enterpriseId, LocalDate today) {
		return jdbc.sql("""
				select * from registry_item where enterprise_id = ? and kind = 'LICENCE' and removed = false
				order by valid_until, id limit ?""")
			.params(enterpriseId, MAX)
			.query(items::item)
			.list()
			.stream()
			.map(i -> LicenceView.of(i, today))
			.toList();
	}

	/**
	 * Live personnel whose registration runs out on or before {@code until}, soonest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<PersonView> personnelExpiringBy(long enterpriseId, LocalDate until) {
		return jdbc.sql("""
				select * from registry_item where enterprise_id = ? and kind = 'PERSON' and removed = false
				and valid_until is not null and valid_until <= ? order by valid_until, id limit ?""")
			.params(enterpriseId, until, MAX)
			.query(items::item)
			.list()
			.stream()
			.map(i -> PersonView.of(i, false))
			.toList();
	}

}
