package com.dossier.handbook;

import java.util.List;

/**
 * The four cases a 电子版《诚信手册》核定(自检) is made for (DESIGN §3): a local enterprise applies
 * for construction or design qualifications, a foreign-invested one for their
 * foreign-invested variants. Which sections a case needs is on the section definitions
 * ({@link SectionDefinition#requiredFor}).
 */
public enum QualificationCase {

	CONSTRUCTION(false, true), DESIGN(false, false), FOREIGN_CONSTRUCTION(true, true), FOREIGN_DESIGN(true, false);

	private final boolean foreign;

	private final boolean construction;

	QualificationCase(boolean foreign, boolean construction) {
		this.foreign = foreign;
		this.construction = construction;
	}

	public boolean foreign() {
		return foreign;
	}

	/** 建筑施工企业 need a valid 安全生产许可证; design enterprises do not. */
	public boolean needsSafetyLicence() {
		return construction;
	}

	/**
	 * The cases an enterprise can apply under: the foreign ones only if foreign-invested.
	 */
	public static List<QualificationCase> of(boolean foreignInvested) {
		return List.of(values()).stream().filter(c -> c.foreign == foreignInvested).toList();
	}

}
