package com.dossier.audit;

import com.dossier.audit.AuditTrust.Trigger;

import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily runs of {@link AuditTrust}, on every node (each is harmless twice: the
 * verification only reads, every node's log and anchor file get the head, the archive
 * moves a batch under the head's lock). Crons are {@code dossier.audit.*-cron}; {@code -}
 * turns one off (the tests do).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AuditProperties.class)
class AuditSchedule {

	private final AuditTrust trust;

	AuditSchedule(AuditTrust trust) {
		this.trust = trust;
	}

	@Scheduled(cron = "${dossier.audit.verify-cron:0 30 2 * * *}", zone = "${dossier.time-zone:Asia/Shanghai}")
	void verify() {
		trust.verify(Trigger.SCHEDULED);
	}

	@Scheduled(cron = "${dossier.audit.anchor-cron:0 5 0 * * *}", zone = "${dossier.time-zone:Asia/Shanghai}")
	void anchor() {
		trust.anchor();
	}

	@Scheduled(cron = "${dossier.audit.archive-cron:0 0 4 * * *}", zone = "${dossier.time-zone:Asia/Shanghai}")
	void archive() {
		trust.archive();
	}

}
