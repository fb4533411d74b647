package com.dossier.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdTests {

	@Test
	void keepsAWellFormedIdFromTheCaller() {
		assertThat(RequestId.accepted("req-21.abc_DEF")).isEqualTo("req-21.abc_DEF");
		assertThat(RequestId.accepted("a".repeat(64))).isEqualTo("a".repeat(64));
	}

	@Test
	void replacesAMissingOrForeignIdWithARandomUuid() {
		for (String header : new String[] { null, "", "<script>", "a".repeat(65), "id with spaces", "编号" }) {
			String id = RequestId.accepted(header);
			UUID uuid = UUID.fromString(id);
			assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
			assertThat(uuid.version()).isEqualTo(4);
			assertThat(uuid.variant()).isEqualTo(2);
		}
	}

	@Test
	void freshIdsDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			assertThat(seen.add(RequestId.fresh())).isTrue();
		}
	}

}
