package com.dossier.portal;

import java.util.Optional;

import com.dossier.shared.ApplicationNumber;

/**
 * Finds an application's public status; the verification module implements it as a bean.
 */
public interface ApplicationStatusLookup {

	Optional<ApplicationStatus> find(ApplicationNumber number);

}
