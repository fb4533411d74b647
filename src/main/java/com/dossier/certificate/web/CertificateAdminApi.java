package com.dossier.certificate.web;

import java.io.IOException;
import java.util.List;

import com.dossier.certificate.binding.CertificateBinding;
import com.dossier.certificate.binding.CertificateBindings;
import com.dossier.certificate.binding.CertificateRejectedException;
import com.dossier.certificate.validation.CertificateReason;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The same for scripts: list, bind (multipart {@code file}: PEM or DER) and unbind an
 * account's certificates.
 */
@RestController
@RequestMapping("/api/v1/admin/accounts/{accountId}/certificates")
class CertificateAdminApi {

	private final CertificateBindings bindings;

	CertificateAdminApi(CertificateBindings bindings) {
		this.bindings = bindings;
	}

	@GetMapping
	List<CertificateBinding> list(@PathVariable long accountId) {
		return bindings.list(accountId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CertificateBinding bind(@PathVariable long accountId, @RequestParam MultipartFile file) throws IOException {
		if (file.isEmpty() || file.getSize() > CertificateAdminPages.MAX_FILE) {
			throw new CertificateRejectedException(CertificateReason.MALFORMED);
		}
		return bindings.bind(accountId, file.getBytes());
	}

	@DeleteMapping("/{bindingId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unbind(@PathVariable long accountId, @PathVariable long bindingId) {
		bindings.unbind(accountId, bindingId);
	}

}
