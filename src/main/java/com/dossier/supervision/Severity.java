package com.dossier.supervision;

/** How serious a tip is; the order is the order tips are shown in. */
enum Severity {

	/** A review would find the handbook incomplete or out of date. */
	ERROR,
	/** Something runs out soon or waits for the enterprise. */
	WARNING,
	/** Worth doing; nothing is wrong yet. */
	INFO

}
