package com.dossier.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.dossier.shared.security.CurrentUser;

import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's own enterprise; there is no way to name another one here. */
@RestController
@RequestMapping("/api/v1/enterprise")
@Secured("ROLE_ENTERPRISE")
class EnterpriseApi {

	record EnterpriseJson(String creditCode, String name, String region, boolean foreignInvested, String address,
			String legalRepresentative, BigDecimal registeredCapital, LocalDate establishedOn, ContactJson contact,
			int version) {

		static EnterpriseJson of(Enterprise e) {
			return new EnterpriseJson(e.creditCode(), e.name(), e.region().name(), e.foreignInvested(), e.address(),
					e.legalRepresentative(), e.registeredCapital(), e.establishedOn(),
					e.contact() == null ? null : ContactJson.of(e.contact()), e.version());
		}
	}

	record ContactJson(String name, String phone, String mobile) {

		static ContactJson of(Contact c) {
			return new ContactJson(c.name(), c.phone(), c.mobile());
		}
	}

	private final EnterpriseService enterprises;

	EnterpriseApi(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping
	EnterpriseJson get() {
		return EnterpriseJson.of(enterprises.get(CurrentUser.require().requireEnterpriseId()));
	}

	@PutMapping("/contact")
	ContactJson putContact(@RequestBody ContactJson body) {
		Contact contact = Contact.of(body.name(), body.phone(), body.mobile());
		return ContactJson.of(enterprises.changeContact(CurrentUser.require().requireEnterpriseId(), null, contact));
	}

}
