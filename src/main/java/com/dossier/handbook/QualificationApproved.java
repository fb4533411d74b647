package com.dossier.handbook;

import java.util.List;

/**
 * A reviewer approved a qualification application (资质申请): the records it relied on become
 * B (A stays A). Published inside the decision's transaction; {@link RecordEffects} moves
 * the levels in that same transaction. A handbook type for the reason given on
 * {@link OriginalsChecked}.
 */
public record QualificationApproved(String number, List<Long> recordIds) {

	public QualificationApproved {
		recordIds = List.copyOf(recordIds);
	}
}
