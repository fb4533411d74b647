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

	public SectionCatalog() {
		SectionDefinitions.all().forEach(d -> byCode.put(d.code(), d));
	}

	public List<SectionDefinition> all() {
		return List.copyOf(byCode.values());
	}

	public List<SectionDefinition> visibleTo(boolean foreignInvested) {
		return byCode.values().stream().filter(d -> foreignInvested || !d.foreignOnly()).toList();
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
