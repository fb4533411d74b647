package com.dossier.certificate.binding;

import java.time.Clock;
import java.util.List;

import com.dossier.audit.AuditEvent;
import com.dossier.certificate.CertificateAccounts;
import com.dossier.certificate.identity.BindingKind;
import com.dossier.certificate.identity.CertificateDetails;
import com.dossier.certificate.identity.CertificateIdentity;
import com.dossier.certificate.presented.ClientCertificates;
import com.dossier.certificate.validation.CertificateCheck;
import com.dossier.shared.ConflictException;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds certificates to accounts, lists and unbinds them (an administrator's work), and
 * answers at login whether a presented certificate is bound to the account whose password
 * was given. Only a certificate valid now can be bound; an enterprise certificate only to
 * an operator of the enterprise its credit code names. What an account is called and
 * which enterprise it belongs to, the account module answers
 * ({@link CertificateAccounts}).
 */
@Service
public class CertificateBindings {

	static final String BIND = "certificate.bind";

	static final String UNBIND = "certificate.unbind";

	private final CertificateBindingRepository repository;

	private final CertificateAccounts accounts;

	private final ClientCertificates certificates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CertificateBindings(CertificateBindingRepository repository, CertificateAccounts accounts,
			ClientCertificates certificates, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.certificates = certificates;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param certificateFile the holder's certificate (PEM or DER), optionally followed
	 * by its intermediates
	 * @throws CertificateRejectedException when the certificate is not valid now, or
	 * names another enterprise
	 * @throws ConflictException {@code certificate.already_bound} when the account has it
	 * already
	 */
	@Transactional
	public CertificateBinding bind(long accountId, byte[] certificateFile) {
		CertificateAccounts.Holder account = accounts.holder(accountId);
		CertificateCheck check = certificates.check(certificateFile);
		if (!check.isValid()) {
			throw new CertificateRejectedException(check.problem());
		}
		CertificateDetails details = check.details();
		CertificateIdentity identity = details.identity();
		if (identity.kind() == BindingKind.ENTERPRISE && !identity.creditCode().equals(account.creditCode())) {
			throw new CertificateRejectedException("certificate.enterprise_mismatch", identity.creditCode());
		}
		if (repository.exists(accountId, identity.key())) {
			throw new ConflictException("certificate.already_bound");
		}
		long id = repository.insert(accountId, details, actor(), clock.instant());
		events.publishEvent(AuditEvent.of(BIND, "account:" + accountId, describe(identity, details.fingerprint())));
		return repository.find(accountId, id).orElseThrow();
	}

	/**
	 * @throws NotFoundException when there is no such account
	 */
	@Transactional(readOnly = true)
	public List<CertificateBinding> list(long accountId) {
		accounts.holder(accountId);
		return repository.list(accountId);
	}

	/** The account's username, for the administrator's page. */
	@Transactional(readOnly = true)
	public String username(long accountId) {
		return accounts.holder(accountId).username();
	}

	@Transactional
	public void unbind(long accountId, long bindingId) {
		CertificateBinding binding = repository.find(accountId, bindingId)
			.orElseThrow(() -> new NotFoundException("not_found"));
		repository.delete(accountId, bindingId);
		events.publishEvent(AuditEvent.of(UNBIND, "account:" + accountId,
				binding.kind() + " " + (binding.creditCode() != null ? binding.creditCode() : binding.subject()) + " "
						+ binding.fingerprint()));
	}

	/**
	 * True when the (already validated) certificate is bound to the account: same credit
	 * code, or same person.
	 */
	@Transactional(readOnly = true)
	public boolean isBound(long accountId, CertificateDetails presented) {
		return repository.exists(accountId, presented.identity().key());
	}

	private static String describe(CertificateIdentity identity, String fingerprint) {
		String who = identity.kind() == BindingKind.ENTERPRISE ? identity.creditCode()
				: identity.subject() + " #" + identity.serialNumber();
		return identity.kind() + " " + who + " " + fingerprint;
	}

	private static String actor() {
		return CurrentUser.find().map(CurrentUser::username).orElse("system");
	}

}
