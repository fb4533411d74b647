package com.dossier.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 用户管理 over REST (DESIGN §11): the manager's own enterprise's accounts. Refusals come
 * from {@link EnterpriseUsers}: 403 {@code permission.denied} without MANAGE_USERS, 404
 * for another enterprise's account, 409 {@code users.last_manager}.
 */
@RestController
@RequestMapping("/api/v1/enterprise/users")
@Secured("ROLE_ENTERPRISE")
class EnterpriseUsersApi {

	record UserJson(long id, String username, String displayName, EnterpriseRole role, List<Permission> permissions,
			boolean enabled, boolean mustChangePassword, Instant lastSignInAt, Instant createdAt, int version) {

		static UserJson of(AccountView a) {
			return new UserJson(a.id(), a.username(), a.displayName(), a.enterpriseRole(),
					a.permissions().stream().sorted().toList(), a.enabled(), a.mustChangePassword(), a.lastSignInAt(),
					a.createdAt(), a.version());
		}
	}

	record NewUserJson(String username, String displayName, EnterpriseRole role, Set<Permission> permissions,
			String password) {
	}

	record ChangeJson(String displayName, EnterpriseRole role, Set<Permission> permissions, Boolean enabled,
			Integer version) {
	}

	record PasswordJson(String password) {
	}

	private final EnterpriseUsers users;

	EnterpriseUsersApi(EnterpriseUsers users) {
		this.users = users;
	}

	@GetMapping
	Page<UserJson> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return users.list(CurrentUser.require(), Page.number(page), Page.size(size, 20)).map(UserJson::of);
	}

	@GetMapping("/{id}")
	UserJson get(@PathVariable long id) {
		return UserJson.of(users.get(CurrentUser.require(), id));
	}

	@PostMapping
	ResponseEntity<UserJson> create(@RequestBody NewUserJson body) {
		CurrentUser manager = CurrentUser.require();
		long id = users.create(manager, new UserRequest(body.username(), body.displayName(), body.role(),
				body.permissions(), body.password(), null, null));
		return ResponseEntity.created(URI.create("/api/v1/enterprise/users/" + id))
			.body(UserJson.of(users.get(manager, id)));
	}

	@PutMapping("/{id}")
	UserJson update(@PathVariable long id, @RequestBody ChangeJson body) {
		return UserJson.of(users.update(CurrentUser.require(), id, new UserRequest(null, body.displayName(),
				body.role(), body.permissions(), null, body.enabled(), body.version())));
	}

	@PostMapping("/{id}/password")
	ResponseEntity<Void> resetPassword(@PathVariable long id, @RequestBody PasswordJson body) {
		users.resetPassword(CurrentUser.require(), id, body.password());
		return ResponseEntity.noContent().build();
	}

}
