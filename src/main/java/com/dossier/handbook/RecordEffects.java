package com.dossier.handbook;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a verification decision, a withdrawal or an approved qualification application
 * does to the records: synchronous listeners, run inside the publisher's transaction
 * (MANDATORY: never on their own), because the level must change exactly when the
 * decision commits.
 */
@Component
class RecordEffects {

	private final RecordLifecycle lifecycle;

	RecordEffects(RecordLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(OriginalsChecked checked) {
		if (checked.passed()) {
			lifecycle.verify(checked.recordId());
		}
		else {
			lifecycle.reject(checked.recordId(), checked.reason());
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(FilingWithdrawn withdrawn) {
		lifecycle.release(withdrawn.recordIds());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(QualificationApproved approved) {
		lifecycle.markUsed(approved.recordIds());
	}

}
