package com.dossier.handbook;

/** One record per enterprise (法人信息) or a paged list (技术装备). */
public enum Cardinality {

	ONE, MANY

}
