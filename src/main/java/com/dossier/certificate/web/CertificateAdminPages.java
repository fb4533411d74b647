package com.dossier.certificate.web;

import java.io.IOException;

import com.dossier.certificate.binding.CertificateBinding;
import com.dossier.certificate.binding.CertificateBindings;
import com.dossier.certificate.binding.CertificateRejectedException;
import com.dossier.certificate.validation.CertificateReason;
import com.dossier.shared.ConflictException;
import com.dossier.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator binds certificate files to an account, sees them listed, and unbinds
 * them (under /admin).
 */
@Controller
@RequestMapping("/admin/accounts/{accountId}/certificates")
class CertificateAdminPages {

	/** A certificate with its chain is a few kilobytes. */
	static final long MAX_FILE = 64 * 1024;

	private final CertificateBindings bindings;

	private final Flash flash;

	CertificateAdminPages(CertificateBindings bindings, Flash flash) {
		this.bindings = bindings;
		this.flash = flash;
	}

	@GetMapping
	String list(@PathVariable long accountId, Model model) {
		model.addAttribute("accountId", accountId);
		model.addAttribute("username", bindings.username(accountId));
		model.addAttribute("bindings", bindings.list(accountId));
		return "certificate/admin-list";
	}

	@PostMapping
	String bind(@PathVariable long accountId, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty() || file.getSize() > MAX_FILE) {
				throw new CertificateRejectedException(CertificateReason.MALFORMED);
			}
			CertificateBinding binding = bindings.bind(accountId, file.getBytes());
			flash.success(redirect, "certificate.bound", binding.holder());
		}
		catch (CertificateRejectedException | ConflictException e) {
			flash.error(redirect, e.messageKey(), e.args());
		}
		return "redirect:/admin/accounts/" + accountId + "/certificates";
	}

	@PostMapping("/{bindingId}/delete")
	String unbind(@PathVariable long accountId, @PathVariable long bindingId, RedirectAttributes redirect) {
		bindings.unbind(accountId, bindingId);
		flash.success(redirect, "certificate.unbound");
		return "redirect:/admin/accounts/" + accountId + "/certificates";
	}

}
