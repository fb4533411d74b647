package com.dossier.handbook;

import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;

import org.springframework.stereotype.Component;

/** {@link EnterpriseProfile} over the enterprise module's public service. */
@Component
class EnterpriseFacts implements EnterpriseProfile {

	private final EnterpriseService enterprises;

	EnterpriseFacts(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	@Override
	public boolean foreignInvested(long enterpriseId) {
		return enterprises.find(enterpriseId).map(Enterprise::foreignInvested).orElse(false);
	}

}
