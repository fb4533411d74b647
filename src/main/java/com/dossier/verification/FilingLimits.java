package com.dossier.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many applications one enterprise may file in a day. The day's 99,999 numbers are
 * shared by every enterprise; without a cap, one account filing and withdrawing in a loop
 * could still use them all up.
 */
@ConfigurationProperties("dossier.verification")
record FilingLimits(@DefaultValue("200") int dailyPerEnterprise) {
}
