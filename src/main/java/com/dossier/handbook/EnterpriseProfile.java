package com.dossier.handbook;

/**
 * What the handbook needs to know about an enterprise: whether it is foreign-invested
 * (the five foreign-* sections). Implemented over the enterprise module, so that this
 * module never reads its tables.
 */
public interface EnterpriseProfile {

	boolean foreignInvested(long enterpriseId);

}
