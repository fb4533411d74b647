package com.dossier.handbook;

/**
 * Where a record stands in 原件校对. Only DRAFT and REJECTED records may be edited or
 * submitted.
 */
public enum RecordStatus {

	DRAFT, PENDING, REJECTED, VERIFIED

}
