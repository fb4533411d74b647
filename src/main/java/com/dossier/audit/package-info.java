/**
 * The append-only audit log: every feature publishes
 * {@link com.dossier.audit.AuditEvent}s; this module writes them in the publisher's
 * transaction, links them into a tamper-evident hash chain (verified, anchored and
 * archived: docs/operations.md) and lets administrators browse them.
 */
package com.dossier.audit;
