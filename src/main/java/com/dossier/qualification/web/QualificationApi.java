package com.dossier.qualification.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.dossier.qualification.Catalogue;
import com.dossier.qualification.QualificationApplication.Kind;
import com.dossier.qualification.QualificationApplication.Result;
import com.dossier.qualification.QualificationApplication.Status;
import com.dossier.qualification.QualificationService;
import com.dossier.qualification.ReviewQueue;
import com.dossier.shared.DossierException;
import com.dossier.shared.KeysetRequest;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API v1 of 资质申请 (DESIGN §11): the catalogue, enterprises file and withdraw,
 * reviewers claim and decide; administrators extend the catalogue.
 */
@RestController
@RequestMapping("/api/v1")
class QualificationApi {

	record FilingRequest(Kind kind, String category, String grade, List<Long> recordIds) {
	}

	record DecisionRequest(Result result, String reason) {
	}

	record CategoryRequest(String category, Catalogue.Name name, List<Catalogue.Grade> grades) {
	}

	private final QualificationService qualification;

	private final ReviewQueue queue;

	private final Catalogue catalogue;

	QualificationApi(QualificationService qualification, ReviewQueue queue, Catalogue catalogue) {
		this.qualification = qualification;
		this.queue = queue;
		this.catalogue = catalogue;
	}

	@GetMapping("/qualification-catalogue")
	List<Catalogue.Category> catalogue() {
		return catalogue.all();
	}

	/** Adds a category, or grades to one (existing grades are kept as they are). */
	@Secured("ROLE_ADMIN")
	@PostMapping("/admin/qualification-catalogue")
	Catalogue.Category extend(@RequestBody CategoryRequest request) {
		return catalogue.add(CurrentUser.require(), request.category(), request.name(), request.grades());
	}

	@Secured("ROLE_ENTERPRISE")
	@PostMapping("/qualification-applications")
	ResponseEntity<QualificationJson.ApplicationView> file(@RequestBody FilingRequest request) {
		var a = qualification.file(CurrentUser.require(), request.kind(), request.category(), request.grade(),
				request.recordIds());
		return ResponseEntity.created(URI.create("/api/v1/qualification-applications/" + a.number()))
			.body(QualificationJson.of(a));
	}

	@Secured({ "ROLE_ENTERPRISE", "ROLE_REVIEWER" })
	@GetMapping("/qualification-applications/{number}")
	QualificationJson.ApplicationView get(@PathVariable String number) {
		return QualificationJson.of(qualification.get(CurrentUser.require(), number));
	}

	@Secured("ROLE_ENTERPRISE")
	@GetMapping("/qualification-applications")
	QualificationJson.PageView mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return QualificationJson
			.page(qualification.ofEnterprise(CurrentUser.require(), Page.number(page), Page.size(size, 20)));
	}

	@Secured("ROLE_ENTERPRISE")
	@PostMapping("/qualification-applications/{number}/withdraw")
	QualificationJson.ApplicationView withdraw(@PathVariable String number) {
		return QualificationJson.of(qualification.withdraw(CurrentUser.require(), number));
	}

	@Secured("ROLE_REVIEWER")
	@PostMapping("/qualification-applications/{number}/claim")
	QualificationJson.ApplicationView claim(@PathVariable String number) {
		return QualificationJson.of(qualification.claim(CurrentUser.require(), number));
	}

	@Secured("ROLE_REVIEWER")
	@PostMapping("/qualification-applications/{number}/decision")
	QualificationJson.ApplicationView decide(@PathVariable String number, @RequestBody DecisionRequest request) {
		return QualificationJson
			.of(qualification.decide(CurrentUser.require(), number, request.result(), request.reason()));
	}

	/**
	 * Keyset pages as the clerks' queue: {@code after}, {@code before} or
	 * {@code last=true}.
	 */
	@Secured("ROLE_REVIEWER")
	@GetMapping("/qualification-queue")
	QualificationJson.QueueView queue(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Status status, @RequestParam(required = false) String enterprise,
			@RequestParam(required = false) String category, @RequestParam(required = false) String after,
			@RequestParam(required = false) String before, @RequestParam(required = false) Boolean last,
			@RequestParam(required = false) Integer size) {
		KeysetRequest request = KeysetRequest.of(after, before, Boolean.TRUE.equals(last))
			.orElseThrow(() -> new DossierException(HttpStatus.BAD_REQUEST, "queue.bad_cursor"));
		int rows = Page.size(size, 20);
		return QualificationJson
			.of(queue.slice(new ReviewQueue.Filter(date, status, enterprise, category), request, rows), rows);
	}

}
