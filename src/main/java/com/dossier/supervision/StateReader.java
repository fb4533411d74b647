package com.dossier.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookOverview;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.RecordAttachments;
import com.dossier.handbook.SectionDefinition;
import com.dossier.qualification.QualificationApplication;
import com.dossier.qualification.QualificationApplication.Status;
import com.dossier.qualification.QualificationService;
import com.dossier.registry.RegistryDeadlines;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an {@link EnterpriseState} through the other modules' services: a handful of
 * queries (one per section, one for the scans, three for the registry and the
 * applications), all in one read-only transaction.
 */
@Component
class StateReader {

	/** The latest applications looked at for one returned and not filed again. */
	private static final int APPLICATIONS = 100;

	private final EnterpriseService enterprises;

	private final HandbookOverview handbook;

	private final ObjectProvider<RecordAttachments> attachments;

	private final RegistryDeadlines registry;

	private final QualificationService qualifications;

	private final AdministrationTime time;

	StateReader(EnterpriseService enterprises, HandbookOverview handbook, ObjectProvider<RecordAttachments> attachments,
			RegistryDeadlines registry, QualificationService qualifications, AdministrationTime time) {
		this.enterprises = enterprises;
		this.handbook = handbook;
		this.attachments = attachments;
		this.registry = registry;
		this.qualifications = qualifications;
		this.time = time;
	}

	@Transactional(readOnly = true)
	EnterpriseState read(CurrentUser user) {
		long id = user.requireEnterpriseId();
		LocalDate today = time.today();
		Map<SectionDefinition, List<HandbookRecord>> records = handbook.of(id);
		return new EnterpriseState(foreignInvested(user), today, records, scans(records), registry.licences(id, today),
				registry.personnelExpiringBy(id, today.plusDays(RegistryDeadlines.WARNING_DAYS)), returned(user));
	}

	boolean foreignInvested(CurrentUser user) {
		return enterprises.find(user.requireEnterpriseId()).map(Enterprise::foreignInvested).orElse(false);
	}

	/** The scans of the records the enterprise may still attach to, in one lookup. */
	private Map<Long, Set<String>> scans(Map<SectionDefinition, List<HandbookRecord>> records) {
		List<Long> ids = records.values()
			.stream()
			.flatMap(List::stream)
			.filter(EnterpriseState::editable)
			.map(HandbookRecord::id)
			.toList();
		RecordAttachments files = attachments.getIfAvailable();
		if (ids.isEmpty() || files == null) {
			return Map.of();
		}
		Map<Long, Set<String>> kinds = new HashMap<>();
		files.of(ids)
			.forEach((recordId, list) -> kinds.put(recordId,
					new HashSet<>(list.stream().map(RecordAttachments.Attached::kind).toList())));
		return kinds;
	}

	/**
	 * Returned applications for a qualification (category and grade) the enterprise has
	 * not applied for again since: the newest application for it was returned.
	 */
	private List<QualificationApplication> returned(CurrentUser user) {
		List<QualificationApplication> newestFirst = qualifications.ofEnterprise(user, 0, APPLICATIONS).items();
		Set<List<String>> seen = new HashSet<>();
		List<QualificationApplication> result = new ArrayList<>();
		for (QualificationApplication a : newestFirst) {
			if (a.status() == Status.WITHDRAWN) {
				continue;
			}
			if (seen.add(List.of(Objects.toString(a.category()), Objects.toString(a.grade())))
					&& a.status() == Status.RETURNED) {
				result.add(a);
			}
		}
		return result;
	}

}
