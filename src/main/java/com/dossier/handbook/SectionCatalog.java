package com.dossier.handbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dossier.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The section definitions by code, and which of them an enterprise sees (foreign-* only
 * if foreign-invested).
 */
@Component
public class SectionCatalog {

	private final Map<String, SectionDefinition> byCode = new LinkedHashMap<>();

	/** Every page's menu asks for one of the two. */
	private final List<SectionDefinition> all;

	private final List<SectionDefinition> local;

	public SectionCatalog() {
		SectionDefinitions.all().forEach(d -> byCode.put(d.code(), d));
		all = List.copyOf(byCode.values());
		local = all.stream().filter(d -> !d.foreignOnly()).toList();
	}

	public List<SectionDefinition> all() {
		return all;
	}

	public List<SectionDefinition> visibleTo(boolean foreignInvested) {
		return foreignInvested ? all : local;
	}

	public Optional<SectionDefinition> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/**
	 * A section the enterprise may open; an unknown code and a foreign section of a local
	 * enterprise are both 404.
	 */
	public SectionDefinition require(String code, boolean foreignInvested) {
		return find(code).filter(d -> foreignInvested || !d.foreignOnly())
			.orElseThrow(() -> new NotFoundException("section.not_found"));
	}

}
