package com.dossier.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The enterprise's own D records that repeat a level-A record of the same section: the
 * same ID number in a person section. The section page says so, so that the enterprise
 * can delete its duplicate once the management system supplies the person.
 */
@Service
public class LevelADuplicates {

	/** A D record and the level-A record with its ID number. */
	public record Duplicate(long recordId, String name, String idNumber, long levelARecordId) {
	}

	/** Records of a section read to compare; a section rarely holds more. */
	private static final int MAX_RECORDS = 2000;

	private final RecordStore store;

	LevelADuplicates(RecordStore store) {
		this.store = store;
	}

	public List<Duplicate> of(long enterpriseId, SectionDefinition section) {
		List<String> idFields = section.fields()
			.stream()
			.filter(f -> f.type() == FieldType.ID_NUMBER)
			.map(FieldDef::key)
			.toList();
		if (idFields.isEmpty()) {
			return List.of();
		}
		List<HandbookRecord> records = store.all(enterpriseId, section.code(), MAX_RECORDS);
		List<Duplicate> duplicates = new ArrayList<>();
		for (String key : idFields) {
			Map<String, Long> levelA = records.stream()
				.filter(r -> r.level() == Level.A && r.data().get(key) != null)
				.collect(Collectors.toMap(r -> r.data().get(key), HandbookRecord::id, (a, b) -> a));
			records.stream()
				.filter(r -> r.level() == Level.D && levelA.containsKey(r.data().get(key)))
				.forEach(r -> duplicates.add(
						new Duplicate(r.id(), r.data().get("name"), r.data().get(key), levelA.get(r.data().get(key)))));
		}
		return duplicates;
	}

}
