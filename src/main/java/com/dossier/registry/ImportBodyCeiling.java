package com.dossier.registry;

import com.dossier.shared.web.BodyEndpoint;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * A management system's import is the one JSON body larger than the general ceiling: a
 * city's personnel for many enterprises at once. Bounded all the same, because the whole
 * payload is read into memory before its first check.
 */
@Configuration(proxyBeanMethods = false)
class ImportBodyCeiling {

	@Bean
	BodyEndpoint importBody(@Value("${dossier.registry.import-ceiling:16MB}") DataSize ceiling) {
		return new BodyEndpoint("/api/v1/admin/imports", ceiling.toBytes());
	}

}
