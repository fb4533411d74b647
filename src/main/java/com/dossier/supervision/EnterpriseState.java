package com.dossier.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.Level;
import com.dossier.handbook.RecordStatus;
import com.dossier.handbook.SectionDefinition;
import com.dossier.qualification.QualificationApplication;
import com.dossier.registry.RegistryViews.LicenceView;
import com.dossier.registry.RegistryViews.PersonView;

/**
 * Everything the tips and the self-check judge, read once per request: the sections the
 * enterprise sees with their live records, the scans its editable records have, its
 * licences and expiring registrations, and its returned qualification applications.
 *
 * @param scans the kinds of scan each editable record has, by record id
 * @param returned returned 资质申请 not followed by a new one for the same qualification
 */
record EnterpriseState(boolean foreignInvested, LocalDate today, Map<SectionDefinition, List<HandbookRecord>> records,
		Map<Long, Set<String>> scans, List<LicenceView> licences, List<PersonView> expiringPersonnel,
		List<QualificationApplication> returned) {

	static boolean inForce(HandbookRecord r) {
		return r.level() != Level.D;
	}

	static boolean editable(HandbookRecord r) {
		return r.level() == Level.D && (r.status() == RecordStatus.DRAFT || r.status() == RecordStatus.REJECTED);
	}

	/** The required scans an editable record still lacks (none for any other record). */
	List<AttachmentKind> missingScans(SectionDefinition section, HandbookRecord r) {
		if (!editable(r)) {
			return List.of();
		}
		Set<String> present = scans.getOrDefault(r.id(), Set.of());
		return section.attachmentKinds()
			.stream()
			.filter(k -> k.requiredFor(r.data()) && !present.contains(k.code()))
			.toList();
	}

	/** Last year, the year whose audit report a review asks for. */
	int lastYear() {
		return today.getYear() - 1;
	}

}
