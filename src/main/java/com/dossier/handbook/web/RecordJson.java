package com.dossier.handbook.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.RecordAttachments;
import com.dossier.handbook.RecordVersion;
import com.dossier.handbook.SectionDefinition;

/**
 * The API's shapes of records and versions (DESIGN §9); values typed by their field
 * (numbers as JSON numbers).
 */
final class RecordJson {

	private RecordJson() {
	}

	record RecordView(long id, String section, String level, String status, int version, Map<String, Object> data,
			List<RecordAttachments.Attached> attachments, Long revisionOf, String rejectionReason, boolean editable,
			Instant updatedAt) {
	}

	record VersionView(int version, String level, String status, Map<String, Object> data, String actor, Instant at,
			String change) {
	}

	record PageView(List<RecordView> items, int page, int size, long totalItems, int totalPages) {
	}

	static RecordView of(SectionDefinition section, HandbookRecord r, List<RecordAttachments.Attached> attachments) {
		return new RecordView(r.id(), r.section(), r.level().name(), r.status().name(), r.version(),
				typed(section, r.data()), attachments, r.revisionOf(), r.rejectionReason(), r.editable(),
				r.updatedAt());
	}

	static VersionView of(SectionDefinition section, RecordVersion v) {
		return new VersionView(v.version(), v.level().name(), v.status().name(), typed(section, v.data()), v.actor(),
				v.at(), v.change().name());
	}

	static Map<String, Object> typed(SectionDefinition section, Map<String, String> data) {
		Map<String, Object> typed = new LinkedHashMap<>();
		for (FieldDef field : section.fields()) {
			String value = data.get(field.key());
			if (value == null) {
				typed.put(field.key(), null);
			}
			else if (field.type().numeric()) {
				typed.put(field.key(), new BigDecimal(value));
			}
			else if (field.type() == com.dossier.handbook.FieldType.BOOLEAN) {
				typed.put(field.key(), Boolean.valueOf(value));
			}
			else {
				typed.put(field.key(), value);
			}
		}
		return typed;
	}

}
