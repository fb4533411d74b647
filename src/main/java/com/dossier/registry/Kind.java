package com.dossier.registry;

/** The kinds of item a source keeps for an enterprise (registry_item.kind). */
public enum Kind {

	BASIC, QUALIFICATION, PERSON, LICENCE, RECORD

}
