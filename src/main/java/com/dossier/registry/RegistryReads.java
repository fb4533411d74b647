package com.dossier.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.dossier.registry.ItemStore.Item;
import com.dossier.shared.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the enterprise's pages and its API read: its own live items, never another's. */
@Repository
class RegistryReads {

	private final JdbcClient jdbc;

	private final ItemStore items;

	RegistryReads(JdbcClient jdbc, ItemStore items) {
		this.jdbc = jdbc;
		this.items = items;
	}

	/** Personnel by name (part of it) and registration type (exact), either optional. */
	Page<Item> personnel(long enterpriseId, String name, String registrationType, int page, int size) {
		StringBuilder where = new StringBuilder(" where enterprise_id = ? and kind = 'PERSON' and removed = false");
		List<Object> params = new ArrayList<>(List.of(enterpriseId));
		if (name != null && !name.isBlank()) {
			where.append(" and name like ?");
			params.add("%" + name.strip().replace("%", "").replace("_", "") + "%");
		}
		if (registrationType != null && !registrationType.isBlank()) {
			where.append(" and category = ?");
			params.add(registrationType.strip());
		}
		return page(where.toString(), params, "name, id", page, size);
	}

	Page<Item> licences(long enterpriseId, int page, int size) {
		return page(" where enterprise_id = ? and kind = 'LICENCE' and removed = false", List.of(enterpriseId),
				"valid_until desc, id", page, size);
	}

	/** The registration types its personnel hold, for the search form. */
	List<String> registrationTypes(long enterpriseId) {
		return jdbc.sql("""
				select distinct category from registry_item
				where enterprise_id = ? and kind = 'PERSON' and removed = false and category is not null
				order by category""").param(enterpriseId).query(String.class).list();
	}

	List<Item> qualifications(long enterpriseId) {
		return jdbc.sql("""
				select * from registry_item where enterprise_id = ? and kind = 'QUALIFICATION' and removed = false
				order by name, id limit 200""").param(enterpriseId).query(items::item).list();
	}

	/** The latest basic data any source gave (business scope is only there). */
	Optional<Item> basic(long enterpriseId) {
		return jdbc.sql("""
				select * from registry_item where enterprise_id = ? and kind = 'BASIC' and removed = false
				order by updated_at desc, id desc limit 1""").param(enterpriseId).query(items::item).optional();
	}

	Optional<Item> person(long enterpriseId, long id) {
		return items.find(id).filter(i -> i.enterpriseId() == enterpriseId && i.kind() == Kind.PERSON && !i.removed());
	}

	private Page<Item> page(String where, List<Object> params, String order, int page, int size) {
		long total = jdbc.sql("select count(*) from registry_item" + where).params(params).query(Long.class).single();
		List<Object> all = new ArrayList<>(params);
		all.add(size);
		all.add((long) page * size);
		List<Item> rows = jdbc.sql("select * from registry_item" + where + " order by " + order + " limit ? offset ?")
			.params(all)
			.query(items::item)
			.list();
		return new Page<>(rows, page, size, total);
	}

}
