package com.dossier.handbook;

/**
 * What a section field holds; each type knows how it is typed in a form and checked (see
 * {@link FieldRules}).
 */
public enum FieldType {

	TEXT, ENUM, DATE, YEAR, YEAR_MONTH, MONEY, DECIMAL, INTEGER, ID_TYPE, ID_NUMBER, CREDIT_CODE, MOBILE, PHONE,
	POSTCODE, EMAIL, URL, BOOLEAN;

	/** Numbers are stored as canonical decimal strings but served as JSON numbers. */
	public boolean numeric() {
		return this == MONEY || this == DECIMAL || this == INTEGER || this == YEAR;
	}

	public boolean choice() {
		return this == ENUM || this == ID_TYPE || this == BOOLEAN;
	}

}
