package com.dossier.handbook;

/** Why a version of a record was written; shown in the history. */
public enum ChangeKind {

	CREATED, UPDATED, DELETED, REVISION_OPENED, SUBMITTED, RELEASED, VERIFIED, REJECTED, REPLACED, MERGED, IMPORTED,
	USED

}
