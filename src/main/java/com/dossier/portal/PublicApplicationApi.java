package com.dossier.portal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Anyone may ask where an application stands; the answer carries no private data. */
@RestController
class PublicApplicationApi {

	private final ApplicationStatusQuery query;

	PublicApplicationApi(ApplicationStatusQuery query) {
		this.query = query;
	}

	@GetMapping("/api/v1/public/applications/{number}")
	ApplicationStatus get(@PathVariable String number) {
		return query.find(number);
	}

}
