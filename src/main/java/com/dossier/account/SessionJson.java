package com.dossier.account;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

/**
 * A session attribute as stored (issue 20): a small JSON document instead of Java
 * serialisation, whose reading of the security context was most of a signed-in request's
 * cost. The kinds are named, never a class: the security context of a signed-in account
 * (without its password hash), the page saved for after sign-in, plain values (text,
 * numbers, a flag, an instant — Redis keeps a session's times through the same
 * serializer) and maps of them. Anything else (a redirect's flash messages, what test
 * support puts in sessions) is kept in Java serialisation inside the document
 * ({@link JavaForm}), so that no value makes a request fail.
 * <p>
 * A session written by an earlier version (Java serialisation) is read as before, and
 * rewritten as JSON when it changes; bytes that read as nothing sign the holder out (the
 * attribute is dropped), never an error.
 */
final class SessionJson {

	private static final Logger log = LoggerFactory.getLogger(SessionJson.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Sign-ins already read, by their stored bytes: every signed-in request reads its
	 * context again, and parsing it was 4–5% of a page. The same text always reads as the
	 * same sign-in, so a changed account (a new role, a new session) is a new text. The
	 * authentication is immutable (its user, authorities and details are), and each read
	 * gets its own context, which sign-out empties.
	 */
	private static final Map<ByteBuffer, Authentication> SIGN_INS = new ConcurrentHashMap<>();

	/** About one a session; the bound keeps a flood of sessions from growing it. */
	static final int MAX_SIGN_INS = 10_000;

	private SessionJson() {
	}

	static byte[] write(Object value) {
		return JSON.writeValueAsBytes(encode(value));
	}

	/**
	 * The value; an earlier version's Java-serialised bytes are read as such, and bytes
	 * that are neither read as no value.
	 */
	static Object read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return null;
		}
		try {
			return bytes[0] == '{' ? json(bytes) : JavaForm.read(bytes);
		}
		catch (RuntimeException e) { // JacksonException among them
			log.warn("A session attribute could not be read and is dropped: {}", e.toString());
			return null;
		}
	}

	/**
	 * Looked up by the stored bytes themselves: decoding them to text first cost as much
	 * as the lookup. A sign-in is kept under a copy, so that nobody's array can change a
	 * key.
	 */
	private static Object json(byte[] bytes) {
		Authentication known = SIGN_INS.get(ByteBuffer.wrap(bytes));
		if (known != null) {
			return new SecurityContextImpl(known);
		}
		Object value = decode(JSON.readTree(bytes));
		if (value instanceof SecurityContext context) {
			if (SIGN_INS.size() >= MAX_SIGN_INS) {
				SIGN_INS.clear();
			}
			SIGN_INS.put(ByteBuffer.wrap(bytes.clone()), context.getAuthentication());
		}
		return value;
	}

	private static ObjectNode encode(Object value) {
		ObjectNode node = JSON.createObjectNode();
		if (value instanceof SecurityContext context) {
			context(node, context);
		}
		else if (value instanceof DefaultSavedRequest saved) {
			SavedRequestJson.write(node.put("kind", "saved-request"), saved);
		}
		else if (value instanceof String s) {
			node.put("kind", "string").put("value", s);
		}
		else if (value instanceof Long l) {
			node.put("kind", "long").put("value", l);
		}
		else if (value instanceof Integer i) {
			node.put("kind", "int").put("value", i);
		}
		else if (value instanceof Boolean b) {
			node.put("kind", "boolean").put("value", b);
		}
		else if (value instanceof Instant t) {
			node.put("kind", "instant").put("value", t.toString());
		}
		else if (value instanceof Map<?, ?> map) {
			// Redis announces a new session with its hash (name → value) in one message
			ObjectNode entries = node.put("kind", "map").putObject("entries");
			map.forEach((k, v) -> entries.set(String.valueOf(k), v == null ? null : encode(v)));
		}
		else {
			// Rare values (a flash message's list, test support's tokens): Java
			// serialisation,
			// tagged, read back through JavaForm's class filter.
			node.put("kind", "java").put("value", JavaForm.write(value));
		}
		return node;
	}

	private static Object decode(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return switch (node.path("kind").asString("")) {
			case "context" -> context(node);
			case "saved-request" -> SavedRequestJson.read(node);
			case "string" -> node.get("value").asString();
			case "long" -> node.get("value").asLong();
			case "int" -> node.get("value").asInt();
			case "boolean" -> node.get("value").asBoolean();
			case "instant" -> Instant.parse(node.get("value").asString());
			case "java" -> JavaForm.read(node.get("value").binaryValue());
			case "map" -> {
				Map<String, Object> map = new LinkedHashMap<>();
				node.get("entries").properties().forEach(e -> map.put(e.getKey(), decode(e.getValue())));
				yield map;
			}
			default -> null;
		};
	}

	private static void context(ObjectNode node, SecurityContext context) {
		if (!(context.getAuthentication() instanceof UsernamePasswordAuthenticationToken token)
				|| !(token.getPrincipal() instanceof AccountPrincipal principal)) {
			throw new IllegalArgumentException("no session form for the authentication "
					+ (context.getAuthentication() == null ? null : context.getAuthentication().getClass().getName()));
		}
		node.put("kind", "context");
		CurrentUser user = principal.currentUser();
		ObjectNode u = node.putObject("user");
		u.put("accountId", user.accountId()).put("username", user.username()).put("role", user.role().name());
		u.put("enterpriseId", user.enterpriseId()).put("displayName", user.displayName());
		u.put("enterpriseRole", user.enterpriseRole() == null ? null : user.enterpriseRole().name());
		ArrayNode permissions = u.putArray("permissions");
		user.permissions().stream().map(Enum::name).sorted().forEach(permissions::add);
		u.put("mustChangePassword", user.mustChangePassword());
		node.put("enabled", principal.enabled());
		ArrayNode authorities = node.putArray("authorities");
		for (GrantedAuthority authority : token.getAuthorities()) {
			ObjectNode a = authorities.addObject().put("authority", authority.getAuthority());
			if (authority instanceof FactorGrantedAuthority factor) {
				a.put("issuedAt", factor.getIssuedAt().toString());
			}
		}
		if (token.getDetails() instanceof WebAuthenticationDetails details) {
			node.putObject("details")
				.put("remoteAddress", details.getRemoteAddress())
				.put("sessionId", details.getSessionId());
		}
	}

	private static SecurityContext context(JsonNode node) {
		JsonNode u = node.get("user");
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		u.get("permissions").forEach(p -> permissions.add(Permission.valueOf(p.asString())));
		String enterpriseRole = text(u, "enterpriseRole");
		CurrentUser user = new CurrentUser(u.get("accountId").asLong(), u.get("username").asString(),
				Role.valueOf(u.get("role").asString()),
				u.path("enterpriseId").isNumber() ? u.get("enterpriseId").asLong() : null, text(u, "displayName"),
				enterpriseRole == null ? null : EnterpriseRole.valueOf(enterpriseRole), permissions,
				u.get("mustChangePassword").asBoolean());
		AccountPrincipal principal = new AccountPrincipal(user, null, node.get("enabled").asBoolean());
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (JsonNode a : node.get("authorities")) {
			String authority = a.get("authority").asString();
			authorities.add(a.has("issuedAt") ? FactorGrantedAuthority.withAuthority(authority)
				.issuedAt(Instant.parse(a.get("issuedAt").asString()))
				.build() : new SimpleGrantedAuthority(authority));
		}
		var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		JsonNode details = node.get("details");
		if (details != null) {
			token.setDetails(new WebAuthenticationDetails(text(details, "remoteAddress"), text(details, "sessionId")));
		}
		return new SecurityContextImpl(token);
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	static Map<String, String[]> parameters(JsonNode node) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		if (node != null) {
			node.properties().forEach(e -> {
				List<String> values = new ArrayList<>();
				e.getValue().forEach(v -> values.add(v.asString()));
				parameters.put(e.getKey(), values.toArray(String[]::new));
			});
		}
		return parameters;
	}

}
