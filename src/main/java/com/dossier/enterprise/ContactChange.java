package com.dossier.enterprise;

import java.time.Instant;

/**
 * One change of the contact person, kept for good: who changed it, when, from what to
 * what.
 */
public record ContactChange(Instant at, String actor, Contact before, Contact after) {
}
