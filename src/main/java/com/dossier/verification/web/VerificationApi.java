package com.dossier.verification.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.dossier.shared.DossierException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;
import com.dossier.verification.ClerkQueue;
import com.dossier.shared.KeysetRequest;
import com.dossier.verification.QueueFilter;
import com.dossier.verification.VerificationApplication.Decision;
import com.dossier.verification.VerificationApplication.Status;
import com.dossier.verification.VerificationService;

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
 * REST API v1 of 原件校对 (DESIGN §9): enterprises file and withdraw, clerks claim and
 * decide.
 */
@RestController
@RequestMapping("/api/v1")
class VerificationApi {

	record FilingRequest(List<Long> recordIds) {
	}

	record DecisionRequest(Decision result, String reason) {
	}

	private final VerificationService verification;

	private final ClerkQueue queue;

	VerificationApi(VerificationService verification, ClerkQueue queue) {
		this.verification = verification;
		this.queue = queue;
	}

	@Secured("ROLE_ENTERPRISE")
	@PostMapping("/verification-applications")
	ResponseEntity<ApplicationJson.ApplicationView> file(@RequestBody FilingRequest request) {
		var a = verification.file(CurrentUser.require(), request.recordIds());
		return ResponseEntity.created(URI.create("/api/v1/verification-applications/" + a.number()))
			.body(ApplicationJson.of(a));
	}

	@Secured({ "ROLE_ENTERPRISE", "ROLE_CLERK" })
	@GetMapping("/verification-applications/{number}")
	ApplicationJson.ApplicationView get(@PathVariable String number) {
		return ApplicationJson.of(verification.get(CurrentUser.require(), number));
	}

	/** The enterprise's own applications, newest first (page shape of DESIGN §9). */
	@Secured("ROLE_ENTERPRISE")
	@GetMapping("/verification-applications")
	ApplicationJson.PageView mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return ApplicationJson
			.page(verification.ofEnterprise(CurrentUser.require(), Page.number(page), Page.size(size, 20)));
	}

	@Secured("ROLE_ENTERPRISE")
	@PostMapping("/verification-applications/{number}/withdraw")
	ApplicationJson.ApplicationView withdraw(@PathVariable String number) {
		return ApplicationJson.of(verification.withdraw(CurrentUser.require(), number));
	}

	@Secured("ROLE_CLERK")
	@PostMapping("/verification-applications/{number}/claim")
	ApplicationJson.ApplicationView claim(@PathVariable String number) {
		return ApplicationJson.of(verification.claim(CurrentUser.require(), number));
	}

	@Secured("ROLE_CLERK")
	@PostMapping("/verification-applications/{number}/items/{recordId}/decision")
	ApplicationJson.ApplicationView decide(@PathVariable String number, @PathVariable long recordId,
			@RequestBody DecisionRequest request) {
		return ApplicationJson
			.of(verification.decide(CurrentUser.require(), number, recordId, request.result(), request.reason()));
	}

	/**
	 * The open applications of all enterprises by keyset, as the workbench pages them:
	 * {@code after} / {@code before} take the {@code next} / {@code previous} of an
	 * earlier answer, {@code last=true} the newest page. No total and no page numbers:
	 * counting or skipping a million open applications is what a page must not cost.
	 */
	@Secured("ROLE_CLERK")
	@GetMapping("/verification-queue")
	ApplicationJson.QueueView queue(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Status status, @RequestParam(required = false) String enterprise,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before,
			@RequestParam(required = false) Boolean last, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String page) {
		if (page != null) {
			throw new DossierException(HttpStatus.BAD_REQUEST, "queue.page_unsupported");
		}
		KeysetRequest request = KeysetRequest.of(after, before, Boolean.TRUE.equals(last))
			.orElseThrow(() -> new DossierException(HttpStatus.BAD_REQUEST, "queue.bad_cursor"));
		int rows = Page.size(size, 20);
		return ApplicationJson.of(queue.slice(new QueueFilter(date, status, enterprise), request, rows), rows);
	}

}
