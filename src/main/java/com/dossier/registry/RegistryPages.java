package com.dossier.registry;

import com.dossier.enterprise.EnterpriseService;
import com.dossier.registry.RegistryViews.BasicInfo;
import com.dossier.registry.RegistryViews.Licences;
import com.dossier.registry.RegistryViews.LicenceView;
import com.dossier.registry.RegistryViews.Origin;
import com.dossier.registry.RegistryViews.Personnel;
import com.dossier.registry.RegistryViews.PersonView;
import com.dossier.registry.RegistryViews.QualificationView;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.Page;
import com.dossier.shared.web.Links;
import com.dossier.shared.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 企业基本信息 (the operator's home), 企业人员信息 and 安全生产许可证信息: level-A data, read only, with its
 * source and the time of the last import.
 */
@Controller
class RegistryPages {

	private final EnterpriseService enterprises;

	private final RegistryReads reads;

	private final ImportLog log;

	private final AdministrationTime time;

	RegistryPages(EnterpriseService enterprises, RegistryReads reads, ImportLog log, AdministrationTime time) {
		this.enterprises = enterprises;
		this.reads = reads;
		this.log = log;
		this.time = time;
	}

	@GetMapping({ "/handbook", "/handbook/basic-info" })
	String basicInfo(Model model) {
		long id = CurrentUser.require().requireEnterpriseId();
		String scope = reads.basic(id).map(i -> i.data().get("businessScope")).orElse(null);
		model.addAttribute("view", new BasicInfo(enterprises.get(id), scope,
				reads.qualifications(id).stream().map(QualificationView::of).toList(), Origin.of(log.last(id))));
		model.addAttribute("activeMenu", "basic-info");
		return "registry/basic-info";
	}

	@GetMapping("/handbook/personnel")
	String personnel(@RequestParam(required = false) Integer page, @RequestParam(required = false) String name,
			@RequestParam(required = false) String type, Model model) {
		long id = CurrentUser.require().requireEnterpriseId();
		String q = name == null ? "" : name.strip();
		String t = type == null ? "" : type.strip();
		Page<PersonView> people = reads.personnel(id, q, t, Page.number(page), 20).map(i -> PersonView.of(i, false));
		String base = Links.with(Links.with("/handbook/personnel", "name", q.isEmpty() ? null : q), "type",
				t.isEmpty() ? null : t);
		model.addAttribute("view",
				new Personnel(people, q, t, reads.registrationTypes(id), base, Origin.of(log.last(id))));
		model.addAttribute("activeMenu", "personnel");
		return "registry/personnel";
	}

	/** One person, with the whole ID number (the list masks it). */
	@GetMapping("/handbook/personnel/{personId}")
	String person(@PathVariable long personId, Model model) {
		long id = CurrentUser.require().requireEnterpriseId();
		model.addAttribute("person",
				reads.person(id, personId)
					.map(i -> PersonView.of(i, true))
					.orElseThrow(() -> new NotFoundException("not_found")));
		model.addAttribute("activeMenu", "personnel");
		return "registry/person";
	}

	@GetMapping("/handbook/safety-licences")
	String licences(@RequestParam(required = false) Integer page, Model model) {
		long id = CurrentUser.require().requireEnterpriseId();
		Page<LicenceView> licences = reads.licences(id, Page.number(page), 20)
			.map(i -> LicenceView.of(i, time.today()));
		model.addAttribute("view", new Licences(licences, RegistryViews.EXPIRY_WARNING_DAYS, Origin.of(log.last(id))));
		model.addAttribute("activeMenu", "safety-licence");
		return "registry/safety-licences";
	}

}
