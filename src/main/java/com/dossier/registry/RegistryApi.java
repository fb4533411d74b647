package com.dossier.registry;

import com.dossier.registry.RegistryViews.LicenceView;
import com.dossier.registry.RegistryViews.PersonView;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;

import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's own management-system data (pages of DESIGN §9); ID numbers masked in
 * the list, whole on the person's detail.
 */
@RestController
@RequestMapping("/api/v1/enterprise")
@Secured("ROLE_ENTERPRISE")
class RegistryApi {

	record PageJson<T>(java.util.List<T> items, int page, int size, long totalItems, int totalPages) {

		static <T> PageJson<T> of(Page<T> p) {
			return new PageJson<>(p.items(), p.page(), p.size(), p.totalItems(), p.totalPages());
		}
	}

	private final RegistryReads reads;

	private final AdministrationTime time;

	RegistryApi(RegistryReads reads, AdministrationTime time) {
		this.reads = reads;
		this.time = time;
	}

	@GetMapping("/personnel")
	PageJson<PersonView> personnel(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String name,
			@RequestParam(required = false) String registrationType) {
		long enterprise = CurrentUser.require().requireEnterpriseId();
		return PageJson.of(reads.personnel(enterprise, name, registrationType, Page.number(page), Page.size(size, 20))
			.map(i -> PersonView.of(i, false)));
	}

	@GetMapping("/personnel/{id}")
	PersonView person(@PathVariable long id) {
		long enterprise = CurrentUser.require().requireEnterpriseId();
		return reads.person(enterprise, id)
			.map(i -> PersonView.of(i, true))
			.orElseThrow(() -> new NotFoundException("not_found"));
	}

	@GetMapping("/safety-licences")
	PageJson<LicenceView> licences(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		long enterprise = CurrentUser.require().requireEnterpriseId();
		return PageJson.of(reads.licences(enterprise, Page.number(page), Page.size(size, 20))
			.map(i -> LicenceView.of(i, time.today())));
	}

}
