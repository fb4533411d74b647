package com.dossier.attachment.ocr;

import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.SectionCatalog;
import com.dossier.handbook.SectionDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a scan should show is declared with its kind, and names the section's own fields.
 */
class ScanValuesDeclaredTests {

	final SectionCatalog catalog = new SectionCatalog();

	@Test
	void everyValueAKindShowsIsAnEnteredFieldOfItsSection() {
		for (SectionDefinition section : catalog.all()) {
			for (AttachmentKind kind : section.attachmentKinds()) {
				for (String key : kind.shows()) {
					assertThat(section.field(key)).as("%s %s shows %s", section.code(), kind.code(), key)
						.hasValueSatisfying(f -> assertThat(f.isFixed()).isFalse());
				}
			}
		}
	}

	@Test
	void identityDocumentsShowTheNameAndNumberAndInvoicesTheModel() {
		assertThat(kind("legal-person", "id-document").shows()).containsExactly("name", "idNumber");
		assertThat(kind("equipment", "invoice").shows()).contains("model");
		assertThat(kind("labor-subsidiary", "licence").shows()).contains("subsidiaryCreditCode");
	}

	private AttachmentKind kind(String section, String code) {
		return catalog.find(section)
			.orElseThrow()
			.attachmentKinds()
			.stream()
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
