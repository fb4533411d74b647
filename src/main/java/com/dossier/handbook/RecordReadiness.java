package com.dossier.handbook;

import java.util.List;

/**
 * What another module knows is still missing before a record can be filed for 原件校对 — the
 * attachment module, for example, reports required scans not yet uploaded and
 * translations a foreign-language proof still lacks. The handbook asks every such bean,
 * so it never needs to know the modules that answer.
 */
public interface RecordReadiness {

	/** What is missing for this record; empty when nothing is. */
	List<Missing> missing(HandbookRecord record);

	/** One missing thing: a message key (zh-CN and English) and its arguments. */
	record Missing(String messageKey, Object... args) {
	}

}
