package com.dossier.handbook;

import com.dossier.demo.DemoSamples;
import java.util.Map;

/**
 * Valid sample data of a section for tests of other modules (the demo samples stay
 * package-private).
 */
public final class HandbookSamples {

	private HandbookSamples() {
	}

	public static Map<String, String> sample(String sectionCode, int n) {
		return DemoSamples.sample(new SectionCatalog().find(sectionCode).orElseThrow(), n);
	}

}
