package com.dossier.qualification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.dossier.audit.AuditEvent;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories and grades a qualification application may ask for: data (seeded by the
 * migration), which an administrator extends through the admin API (audited).
 */
@Service
public class Catalogue {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private static final Pattern GRADE = Pattern.compile("[A-Z0-9_]{1,32}");

	public record Name(String zh, String en) {

		String in(String language) {
			return "en".equals(language) ? en : zh;
		}
	}

	public record Grade(String grade, Name name) {
	}

	public record Category(String category, Name name, List<Grade> grades) {

		public Optional<Grade> grade(String code) {
			return grades.stream().filter(g -> g.grade().equals(code)).findFirst();
		}
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Catalogue(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Category> all() {
		Map<String, Category> categories = new LinkedHashMap<>();
		jdbc.sql("select code, name_zh, name_en from qualification_category order by sort_order, code")
			.query((rs, n) -> categories.put(rs.getString(1),
					new Category(rs.getString(1), new Name(rs.getString(2), rs.getString(3)), new ArrayList<>())))
			.list();
		jdbc.sql("select category_code, code, name_zh, name_en from qualification_grade order by sort_order, code")
			.query((rs, n) -> categories.get(rs.getString(1))
				.grades()
				.add(new Grade(rs.getString(2), new Name(rs.getString(3), rs.getString(4)))))
			.list();
		return List.copyOf(categories.values());
	}

	public Optional<Category> find(String category) {
		return all().stream().filter(c -> c.category().equals(category)).findFirst();
	}

	/**
	 * Adds a category, or grades to an existing one (an existing grade keeps its names);
	 * codes are checked, names required in both languages.
	 */
	@Transactional
	public Category add(CurrentUser admin, String category, Name name, List<Grade> grades) {
		FieldErrors errors = new FieldErrors();
		if (category == null || !CODE.matcher(category).matches()) {
			errors.reject("category", "qualification.catalogue.code");
		}
		checkName(errors, "name", name);
		List<Grade> given = grades == null ? List.of() : grades;
		if (given.isEmpty()) {
			errors.reject("grades", "validation.required");
		}
		for (int i = 0; i < given.size(); i++) {
			Grade g = given.get(i);
			if (g == null || g.grade() == null || !GRADE.matcher(g.grade()).matches()) {
				errors.reject("grades[" + i + "].grade", "qualification.catalogue.grade");
			}
			checkName(errors, "grades[" + i + "].name", g == null ? null : g.name());
		}
		errors.throwIfAny();
		Optional<Category> existing = find(category);
		if (existing.isEmpty()) {
			int order = jdbc.sql("select coalesce(max(sort_order), 0) + 10 from qualification_category")
				.query(Integer.class)
				.single();
			jdbc.sql("insert into qualification_category (code, name_zh, name_en, sort_order) values (?, ?, ?, ?)")
				.params(category, name.zh().strip(), name.en().strip(), order)
				.update();
		}
		int order = existing.map(c -> c.grades().size() * 10).orElse(0);
		java.util.Set<String> added = new java.util.HashSet<>();
		for (Grade g : given) {
			if (existing.flatMap(c -> c.grade(g.grade())).isEmpty() && added.add(g.grade())) {
				order += 10;
				jdbc.sql("insert into qualification_grade (category_code, code, name_zh, name_en, sort_order)"
						+ " values (?, ?, ?, ?, ?)")
					.params(category, g.grade(), g.name().zh().strip(), g.name().en().strip(), order)
					.update();
			}
		}
		events.publishEvent(new AuditEvent("qualification.catalogue_extended", AuditEvent.Outcome.SUCCESS,
				"qualification-category:" + category, "grades " + given.stream().map(Grade::grade).distinct().toList(),
				admin.username(), admin.role().name(), null));
		return find(category).orElseThrow();
	}

	private static void checkName(FieldErrors errors, String field, Name name) {
		if (name == null || blank(name.zh()) || blank(name.en())) {
			errors.reject(field, "validation.required");
		}
		else if (name.zh().strip().length() > 50 || name.en().strip().length() > 100) {
			errors.reject(field, "validation.too_long", 100);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
