package com.dossier.handbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole handbook of an enterprise at once, section by section, for what judges it as
 * a whole (动态监管提示, 自检): read only, bounded per section.
 */
@Component
public class HandbookOverview {

	/**
	 * More records than this in one section are not looked at (no section has as many).
	 */
	static final int MAX_PER_SECTION = 2000;

	private final HandbookService handbook;

	private final RecordStore store;

	HandbookOverview(HandbookService handbook, RecordStore store) {
		this.handbook = handbook;
		this.store = store;
	}

	/**
	 * The sections the enterprise sees, each with its live (not deleted) records, in the
	 * guide's order.
	 */
	@Transactional(readOnly = true)
	public Map<SectionDefinition, List<HandbookRecord>> of(long enterpriseId) {
		Map<SectionDefinition, List<HandbookRecord>> all = new LinkedHashMap<>();
		for (SectionDefinition section : handbook.sections(enterpriseId)) {
			all.put(section, store.all(enterpriseId, section.code(), MAX_PER_SECTION));
		}
		return all;
	}

}
