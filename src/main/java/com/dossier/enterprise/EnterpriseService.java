package com.dossier.enterprise;

import java.util.List;
import java.util.Optional;

import com.dossier.audit.AuditEvent;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.ConflictException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EnterpriseService {

	/**
	 * Dates the administration works in; "today" for "not in the future" is a Shanghai
	 * day.
	 */
	private final EnterpriseRepository repository;

	private final ApplicationEventPublisher events;

	private final AdministrationTime time;

	EnterpriseService(EnterpriseRepository repository, ApplicationEventPublisher events, AdministrationTime time) {
		this.repository = repository;
		this.events = events;
		this.time = time;
	}

	public Optional<Enterprise> find(long id) {
		return repository.findById(id);
	}

	public Enterprise get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("not_found"));
	}

	public Optional<Enterprise> findByCreditCode(String creditCode) {
		return repository.findByCreditCode(creditCode);
	}

	/**
	 * Ids of enterprises whose name contains {@code part}, in id order, at most
	 * {@code limit} of them.
	 */
	public List<Long> idsNamed(String part, int limit) {
		return repository.idsNamed(part, limit);
	}

	public Page<Enterprise> search(String query, int page, int size) {
		return repository.find(query, page, size);
	}

	/** The problems of this data, for a form that must show every wrong field at once. */
	FieldErrors check(EnterpriseData data) {
		return data.normalized().validate(time.today());
	}

	@Transactional
	public long create(EnterpriseData data) {
		EnterpriseData d = data.normalized();
		FieldErrors errors = d.validate(time.today());
		if (!errors.hasErrorFor("creditCode") && repository.findByCreditCode(d.creditCode()).isPresent()) {
			errors.reject("creditCode", "enterprise.credit_code.taken");
		}
		errors.throwIfAny();
		long id = repository.insert(d, time.now());
		events.publishEvent(AuditEvent.of("enterprise.created", "enterprise:" + id, d.creditCode() + " " + d.name()));
		return id;
	}

	@Transactional
	public void update(long id, int version, EnterpriseData data) {
		EnterpriseData d = data.normalized();
		FieldErrors errors = d.validate(time.today());
		if (!errors.hasErrorFor("creditCode")
				&& repository.findByCreditCode(d.creditCode()).filter(e -> e.id() != id).isPresent()) {
			errors.reject("creditCode", "enterprise.credit_code.taken");
		}
		errors.throwIfAny();
		get(id);
		if (!repository.update(id, version, d, time.now())) {
			throw new ConflictException("record.version_conflict");
		}
		events.publishEvent(AuditEvent.of("enterprise.updated", "enterprise:" + id, d.creditCode() + " " + d.name()));
	}

	/**
	 * Sets the contact person of the signed-in operator's enterprise. {@code version}
	 * guards against two people changing it at once; null means "whatever is current"
	 * (the API's PUT replaces the contact as a whole).
	 */
	@Transactional
	public Contact changeContact(long enterpriseId, Integer version, Contact contact) {
		Enterprise enterprise = get(enterpriseId);
		int expected = version == null ? enterprise.version() : version;
		if (!repository.updateContact(enterpriseId, expected, contact, time.now())) {
			throw new ConflictException("record.version_conflict");
		}
		if (!contact.equals(enterprise.contact())) {
			String actor = CurrentUser.find().map(CurrentUser::username).orElse("system");
			repository.insertContactChange(enterpriseId,
					new ContactChange(time.now(), actor, enterprise.contact(), contact));
			events.publishEvent(
					AuditEvent
						.of("enterprise.contact_changed", "enterprise:" + enterpriseId,
								describe(enterprise.contact()) + " -> " + describe(contact))
						.forEnterprise(enterpriseId));
		}
		return contact;
	}

	public List<ContactChange> contactHistory(long enterpriseId) {
		return repository.contactChanges(enterpriseId);
	}

	private static String describe(Contact c) {
		return c == null ? "-" : c.name() + "/" + c.phone() + "/" + c.mobile();
	}

}
