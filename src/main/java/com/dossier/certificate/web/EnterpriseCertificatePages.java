package com.dossier.certificate.web;

import java.io.IOException;

import com.dossier.certificate.CertificateAccounts;
import com.dossier.certificate.binding.CertificateBinding;
import com.dossier.certificate.binding.CertificateBindings;
import com.dossier.certificate.binding.CertificateRejectedException;
import com.dossier.certificate.validation.CertificateReason;
import com.dossier.shared.ConflictException;
import com.dossier.shared.security.CurrentUser;
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
 * 用户管理's 个人数字证书: an enterprise's manager binds an operator's personal certificate (or the
 * enterprise's) to an account of their own enterprise, sees and unbinds them. The account
 * module says first whether the manager may run the account (another enterprise's is not
 * found).
 */
@Controller
@RequestMapping("/handbook/users/{accountId}/certificates")
class EnterpriseCertificatePages {

	private final CertificateBindings bindings;

	private final CertificateAccounts accounts;

	private final Flash flash;

	EnterpriseCertificatePages(CertificateBindings bindings, CertificateAccounts accounts, Flash flash) {
		this.bindings = bindings;
		this.accounts = accounts;
		this.flash = flash;
	}

	@GetMapping
	String list(@PathVariable long accountId, Model model) {
		var holder = accounts.managedBy(CurrentUser.require(), accountId);
		model.addAttribute("accountId", accountId);
		model.addAttribute("username", holder.username());
		model.addAttribute("bindings", bindings.list(accountId));
		model.addAttribute("activeMenu", "users");
		return "certificate/user-list";
	}

	@PostMapping
	String bind(@PathVariable long accountId, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		accounts.managedBy(CurrentUser.require(), accountId);
		try {
			if (file == null || file.isEmpty() || file.getSize() > CertificateAdminPages.MAX_FILE) {
				throw new CertificateRejectedException(CertificateReason.MALFORMED);
			}
			CertificateBinding binding = bindings.bind(accountId, file.getBytes());
			flash.success(redirect, "certificate.bound", binding.holder());
		}
		catch (CertificateRejectedException | ConflictException e) {
			flash.error(redirect, e.messageKey(), e.args());
		}
		return "redirect:/handbook/users/" + accountId + "/certificates";
	}

	@PostMapping("/{bindingId}/delete")
	String unbind(@PathVariable long accountId, @PathVariable long bindingId, RedirectAttributes redirect) {
		accounts.managedBy(CurrentUser.require(), accountId);
		bindings.unbind(accountId, bindingId);
		flash.success(redirect, "certificate.unbound");
		return "redirect:/handbook/users/" + accountId + "/certificates";
	}

}
