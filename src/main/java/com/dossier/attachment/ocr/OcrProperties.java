package com.dossier.attachment.ocr;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.ocr.*}: the scan reader and its bounds.
 *
 * @param workers reading threads on this node; 0 reads nothing here (another node, or a
 * test, drives the queue)
 * @param command the Tesseract command line before its arguments
 * @param languages Tesseract's language models, {@code chi_sim} for Simplified Chinese
 * @param pageTimeout a page taking longer is killed; the attempt fails
 * @param maxPages pages of a PDF read (an audit report's first pages carry what is
 * checked)
 * @param maxAttempts attempts before a scan is given up as FAILED
 * @param staleAfter a claim older than this belongs to a node that died: taken over
 * @param pollInterval how often an idle worker looks at the queue
 */
@ConfigurationProperties("dossier.ocr")
public record OcrProperties(Integer workers, List<String> command, String languages, Duration pageTimeout,
		Integer maxPages, Integer maxAttempts, Duration staleAfter, Duration pollInterval) {

	public OcrProperties {
		workers = workers == null ? 1 : workers;
		command = command == null || command.isEmpty() ? List.of("tesseract") : List.copyOf(command);
		languages = languages == null || languages.isBlank() ? "chi_sim" : languages;
		pageTimeout = pageTimeout == null ? Duration.ofSeconds(30) : pageTimeout;
		maxPages = maxPages == null ? 20 : maxPages;
		maxAttempts = maxAttempts == null ? 3 : maxAttempts;
		staleAfter = staleAfter == null ? Duration.ofMinutes(15) : staleAfter;
		pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
		if (workers < 0 || maxPages < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException(
					"dossier.ocr: workers must be 0 or more, max-pages and max-attempts 1 or more");
		}
		if (staleAfter.compareTo(pageTimeout.multipliedBy(maxPages)) <= 0) {
			throw new IllegalArgumentException("dossier.ocr.stale-after must exceed page-timeout × max-pages, or a "
					+ "live worker's claim would be taken over");
		}
	}

}
