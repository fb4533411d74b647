package com.dossier.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.dossier.audit.AuditEvent;
import com.dossier.registry.ImportPlan.EnterprisePlan;
import com.dossier.registry.ImportResult.ItemOutcome;
import com.dossier.registry.ImportResult.Outcome;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports level-A data from a management system, all or nothing: the payload is checked
 * whole, then applied in one transaction; any problem (found in either step) refuses it
 * with every problem listed, and nothing is saved. The same payload again changes
 * nothing; a changed item is a new version whose actor is the source.
 */
@Service
public class ImportService {

	/** How an import arrived (registry_import.channel). */
	public enum Channel {

		API, EXCEL, DEMO

	}

	/**
	 * Told how far an import is, for the administrator's progress bar: the phase, then
	 * the items applied of all.
	 */
	public interface Progress {

		Progress NONE = (phase, done, total) -> {
		};

		void at(String phase, int done, int total);

	}

	private static final int MAX_PROBLEMS = 1000;

	private final ImportChecks checks;

	private final ImportApplier applier;

	private final ImportLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImportService(ImportChecks checks, ImportApplier applier, ImportLog log, ApplicationEventPublisher events,
			Clock clock) {
		this.checks = checks;
		this.applier = applier;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/** Applies the import, or throws {@link ImportRefused} having saved nothing. */
	@Transactional
	public ImportResult run(ImportRequest request, Channel channel) {
		return run(request, channel, Progress.NONE);
	}

	@Transactional
	public ImportResult run(ImportRequest request, Channel channel, Progress progress) {
		List<ImportProblem> problems = new ArrayList<>();
		progress.at("CHECKING", 0, 0);
		ImportPlan plan = checks.check(request, problems);
		refuseIf(problems);
		int total = plan.enterprises().stream().mapToInt(e -> e.items().size() + (e.basic() == null ? 0 : 1)).sum();
		progress.at("APPLYING", 0, total);
		Instant now = clock.instant();
		String actor = CurrentUser.find().map(CurrentUser::username).orElse("system");
		long id = log.start(plan.source(), channel, actor, now);
		List<ItemOutcome> items = new ArrayList<>();
		List<Long> touched = new ArrayList<>();
		int enterprisesCreated = 0;
		int removed = 0;
		for (EnterprisePlan e : plan.enterprises()) {
			ImportApplier.Applied applied = applier.apply(plan.source(), id, e, now, items, problems);
			if (applied != null) {
				touched.add(applied.enterpriseId());
				enterprisesCreated += applied.created() ? 1 : 0;
				removed += applied.removed();
			}
			progress.at("APPLYING", Math.min(items.size(), total), total);
		}
		refuseIf(problems);
		ImportResult result = new ImportResult(count(items, Outcome.CREATED), count(items, Outcome.UPDATED),
				count(items, Outcome.UNCHANGED), removed, enterprisesCreated, List.copyOf(items));
		log.finish(id, result, touched);
		events.publishEvent(AuditEvent.of("registry.import", "import:" + id,
				"%s %s: created %d, updated %d, unchanged %d, removed %d, enterprises %d (new %d)".formatted(channel,
						plan.source(), result.created(), result.updated(), result.unchanged(), result.removed(),
						touched.size(), enterprisesCreated)));
		return result;
	}

	/**
	 * What {@link #run} would do, found by doing it and rolling back: the preview and the
	 * commit cannot disagree on the rules.
	 */
	@Transactional
	public ImportResult preview(ImportRequest request) {
		return preview(request, Progress.NONE);
	}

	@Transactional
	public ImportResult preview(ImportRequest request, Progress progress) {
		try {
			return run(request, Channel.EXCEL, progress);
		}
		finally {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
	}

	/** Whether any import has touched the enterprise yet. */
	@Transactional(readOnly = true)
	public boolean hasImported(long enterpriseId) {
		return log.last(enterpriseId).isPresent();
	}

	private static void refuseIf(List<ImportProblem> problems) {
		if (!problems.isEmpty()) {
			throw new ImportRefused(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
		}
	}

	private static int count(List<ItemOutcome> items, Outcome outcome) {
		return (int) items.stream().filter(i -> i.outcome() == outcome).count();
	}

}
