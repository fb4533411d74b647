package com.dossier.handbook;

import java.util.List;

/**
 * The enterprise withdrew the application its records were filed in, before a clerk took
 * it: the records are editable again ({@link RecordEffects}, in the withdrawal's
 * transaction). A handbook type for the reason given on {@link OriginalsChecked}.
 */
public record FilingWithdrawn(List<Long> recordIds) {

	public FilingWithdrawn {
		recordIds = List.copyOf(recordIds);
	}
}
