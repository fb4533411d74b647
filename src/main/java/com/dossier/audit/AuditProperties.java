package com.dossier.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.audit.*}: where anchors go, when the chain is verified, anchored and
 * archived (Spring cron expressions in the administration's zone; {@code -} turns one
 * off), and after how long entries move to the archive.
 *
 * @param anchorFile the anchor file, or null for none (the anchors still go to the log)
 * @param archiveAfter the age at which entries are archived: at least
 * {@link #MINIMUM_AGE} (the Cybersecurity Law keeps network logs six months), anything
 * shorter is refused at start
 */
@ConfigurationProperties("dossier.audit")
record AuditProperties(Path anchorFile, String verifyCron, String anchorCron, String archiveCron,
		Duration archiveAfter) {

	static final Duration MINIMUM_AGE = Duration.ofDays(180);

	AuditProperties {
		if (archiveAfter == null) {
			archiveAfter = Duration.ofDays(365);
		}
		if (archiveAfter.compareTo(MINIMUM_AGE) < 0) {
			throw new IllegalArgumentException("dossier.audit.archive-after must be at least 180 days (audit entries"
					+ " are kept live six months at least), not " + archiveAfter.toDays() + " days");
		}
		if (anchorFile != null && anchorFile.toString().isBlank()) {
			anchorFile = null;
		}
	}

}
