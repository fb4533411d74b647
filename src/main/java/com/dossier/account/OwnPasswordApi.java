package com.dossier.account;

import com.dossier.shared.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/account/password} {current, password} → 204: any signed-in
 * account's own password. Its other sessions end; a wrong current password is 422 on
 * {@code current}.
 */
@RestController
class OwnPasswordApi {

	record PasswordChangeJson(String current, String password) {
	}

	private final OwnPassword passwords;

	OwnPasswordApi(OwnPassword passwords) {
		this.passwords = passwords;
	}

	@PostMapping(PasswordChangeGate.API)
	ResponseEntity<Void> change(@RequestBody PasswordChangeJson body) {
		passwords.change(CurrentUser.require(), body.current(), body.password());
		return ResponseEntity.noContent().build();
	}

}
