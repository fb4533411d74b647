package com.dossier.handbook;

/**
 * 数据等级: where a record's data comes from and so whether the enterprise may still change
 * it (DESIGN §4).
 */
public enum Level {

	/** 来源于管理系统: imported from a management system. */
	A,
	/** 已使用于资质申请事项并通过核对: relied on by an approved qualification application. */
	B,
	/** 已通过原件核对: originals checked and equal to the scans. */
	C,
	/** 未通过原件核对: the enterprise may edit, delete, attach and submit. */
	D;

	public boolean editableByEnterprise() {
		return this == D;
	}

	/** B and C records are changed through a revision; A records only by a new import. */
	public boolean revisable() {
		return this == B || this == C;
	}

}
