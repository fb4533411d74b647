package com.dossier.portal;

import java.util.List;

import com.dossier.shared.ApplicationNumber;
import com.dossier.shared.DossierException;
import com.dossier.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one rule for both the query box and the public API: a malformed number and an
 * unknown one differ.
 */
@Component
class ApplicationStatusQuery {

	/**
	 * Empty until the verification module provides one: then every well-formed number is
	 * simply not found.
	 */
	private final List<ApplicationStatusLookup> lookups;

	ApplicationStatusQuery(List<ApplicationStatusLookup> lookups) {
		this.lookups = lookups;
	}

	ApplicationStatus find(String raw) {
		String number = raw == null ? "" : raw.strip().toUpperCase();
		if (!ApplicationNumber.isValid(number)) {
			throw new DossierException(HttpStatus.BAD_REQUEST, "application.number_malformed");
		}
		ApplicationNumber parsed = new ApplicationNumber(number);
		return lookups.stream()
			.flatMap(l -> l.find(parsed).stream())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("application.not_found", number));
	}

}
