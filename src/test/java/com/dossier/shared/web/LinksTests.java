package com.dossier.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager's links: the short way for a plain path gives what the URL builder gives, and
 * anything else still goes through the builder.
 */
class LinksTests {

	private static final List<String> BASES = List.of("/handbook/sections/equipment", "/clerk", "/a/b-c_d.e~f/",
			"/admin/enterprises?q=%E5%BB%BA", "/clerk?status=SUBMITTED&page=3", "/handbook/sections/设备", "/x y",
			"/x#top", "/x%2Fy", "relative/path", "", "/a;b=1", "/a?page=1&page=2");

	private static final List<Object> VALUES = List.of(0, 7, -1, 1234567, "1781775600000000_49901", "a b", "建筑",
			"x&y=z", "50%", "#", "", "a+b", "~._-");

	@Test
	void everyLinkIsTheOneTheUrlBuilderMakes() {
		for (String base : BASES) {
			for (Object value : VALUES) {
				for (String name : List.of("page", "after", "q")) {
					String expected = UriComponentsBuilder.fromUriString(base)
						.replaceQueryParam(name, value)
						.build()
						.encode()
						.toUriString();
					assertThat(Links.with(base, name, value)).as("%s %s=%s", base, name, value).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void aPlainPathGetsItsParameterAppended() {
		assertThat(Links.with("/handbook/sections/equipment", "page", 3))
			.isEqualTo("/handbook/sections/equipment?page=3");
	}

	@Test
	void aParameterAlreadyThereIsReplacedAndTheRestKept() {
		assertThat(Links.with("/clerk?status=SUBMITTED&after=1_2", "after", "3_4"))
			.isEqualTo("/clerk?status=SUBMITTED&after=3_4");
	}

	@Test
	void noValueLeavesTheNameWithout() {
		assertThat(Links.with("/handbook/personnel?name=x", "name", null))
			.isEqualTo(UriComponentsBuilder.fromUriString("/handbook/personnel?name=x")
				.replaceQueryParam("name", (Object) null)
				.build()
				.encode()
				.toUriString());
	}

}
