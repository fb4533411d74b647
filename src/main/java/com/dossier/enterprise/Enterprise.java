package com.dossier.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An enterprise and its basic data (企业基本信息), which comes from the management systems
 * (level A): operators read it, administrators maintain it.
 */
public record Enterprise(long id, String creditCode, String name, Region region, boolean foreignInvested,
		String address, String legalRepresentative, BigDecimal registeredCapital, LocalDate establishedOn,
		Contact contact, int version, Instant updatedAt) {

	/** 本市 or 外省市: where the enterprise is registered. */
	public enum Region {

		LOCAL, OTHER

	}

	public boolean hasContact() {
		return contact != null;
	}
}
