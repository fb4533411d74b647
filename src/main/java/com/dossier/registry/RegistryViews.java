package com.dossier.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dossier.enterprise.Enterprise;
import com.dossier.registry.ItemStore.Item;
import com.dossier.shared.Page;

/**
 * The enterprise's management-system data as its pages and API show it: ID numbers
 * masked, a licence with its expiry judged against today.
 */
public final class RegistryViews {

	/** A licence expiring within this many days is warned about. */
	static final int EXPIRY_WARNING_DAYS = 90;

	private RegistryViews() {
	}

	public record PersonView(long id, String name, String idType, String idNumber, String registrationType,
			String registrationNumber, String specialty, String validUntil, String source, Instant updatedAt) {

		static PersonView of(Item i, boolean whole) {
			Map<String, String> d = i.data();
			return new PersonView(i.id(), d.get("name"), d.get("idType"),
					whole ? d.get("idNumber") : IdMask.mask(d.get("idNumber")), d.get("registrationType"),
					d.get("registrationNumber"), d.get("specialty"), d.get("validUntil"), i.source(), i.updatedAt());
		}
	}

	/** {@code expiry}: EXPIRED, EXPIRING (within 90 days) or VALID. */
	public record LicenceView(long id, String number, String scope, String issuedBy, String validFrom,
			String validUntil, String status, String expiry, Long daysLeft, String source, Instant updatedAt) {

		static LicenceView of(Item i, LocalDate today) {
			Map<String, String> d = i.data();
			Long days = i.validUntil() == null ? null : ChronoUnit.DAYS.between(today, i.validUntil());
			String expiry = days == null ? "VALID"
					: days < 0 ? "EXPIRED" : days <= EXPIRY_WARNING_DAYS ? "EXPIRING" : "VALID";
			return new LicenceView(i.id(), d.get("number"), d.get("scope"), d.get("issuedBy"), d.get("validFrom"),
					d.get("validUntil"), d.get("status"), expiry, days, i.source(), i.updatedAt());
		}

		public boolean warned() {
			return !"VALID".equals(expiry);
		}
	}

	public record QualificationView(String category, String grade, String certificateNumber, String validUntil,
			String source) {

		static QualificationView of(Item i) {
			Map<String, String> d = i.data();
			return new QualificationView(d.get("category"), d.get("grade"), d.get("certificateNumber"),
					d.get("validUntil"), i.source());
		}
	}

	/** Where the data came from and when it was last imported; null before any import. */
	public record Origin(String source, Instant at) {

		static Origin of(Optional<ImportLog.LastImport> last) {
			return last.map(l -> new Origin(l.source(), l.at())).orElse(null);
		}
	}

	public record BasicInfo(Enterprise enterprise, String businessScope, List<QualificationView> qualifications,
			Origin origin) {
	}

	public record Personnel(Page<PersonView> people, String name, String registrationType, List<String> types,
			String base, Origin origin) {
	}

	public record Licences(Page<LicenceView> licences, int warningDays, Origin origin) {
	}

	/**
	 * One line of an Excel preview: where an item was and what the import will do to it.
	 */
	public record PreviewLine(String sheet, Integer row, String outcome) {
	}

	/** An Excel import previewed: the counts over every item, the first lines. */
	public record PreviewPage(String token, String fileName, String source, int created, int updated, int unchanged,
			int removed, int enterprisesCreated, int items, List<PreviewLine> lines) {
	}

	/** A refused import's problem, where the administrator finds it in the workbook. */
	public record ProblemLine(String sheet, Integer row, String column, String message) {
	}

	/** A committed import, as the administrator's list shows it. */
	public record ImportRow(long id, Instant at, String source, String channel, String importedBy, int created,
			int updated, int unchanged) {
	}

	/** One item version an import wrote (version 1: created). */
	public record ChangeRow(String kind, String sourceId, String name, long enterpriseId, int version,
			boolean removed) {
	}

	/**
	 * A background import as its page shows it: running (phase and progress; total 0
	 * while it is unknown) or failed (the message).
	 */
	public record JobPage(long id, String kind, boolean running, String phase, int done, int total, String failure) {
	}

}
