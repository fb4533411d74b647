package com.dossier.attachment.template;

import java.util.List;

/**
 * The two 模板下载 of the guide: performance proofs of a foreign service provider, an
 * enterprise or an individual. {@code section} is the handbook section that offers the
 * template; the provider fields differ, the project table and the signature block are the
 * same.
 */
public enum ProofTemplate {

	ENTERPRISE("foreign-performance-enterprise", List.of("name", "country", "registration", "address", "contact"),
			List.of("seal", "signatory", "date")),

	INDIVIDUAL("foreign-performance-individual", List.of("person", "nationality", "passport", "employer", "contact"),
			List.of("seal", "signatory", "provider", "date"));

	private final String section;

	private final List<String> providerFields;

	private final List<String> signatureLines;

	ProofTemplate(String section, List<String> providerFields, List<String> signatureLines) {
		this.section = section;
		this.providerFields = providerFields;
		this.signatureLines = signatureLines;
	}

	public String section() {
		return section;
	}

	List<String> providerFields() {
		return providerFields;
	}

	List<String> signatureLines() {
		return signatureLines;
	}

	/** The download's file name (without extension), in the template's language. */
	String titleKey() {
		return "template.proof." + name().toLowerCase() + ".title";
	}

	public static ProofTemplate forSection(String section) {
		for (ProofTemplate template : values()) {
			if (template.section.equals(section)) {
				return template;
			}
		}
		throw new IllegalArgumentException("No template for section " + section);
	}

}
