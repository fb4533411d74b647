package com.dossier.handbook;

/**
 * A record was written (created, edited, opened as a revision, merged, …), published
 * synchronously inside the writing transaction. Modules that keep something per record
 * listen to it — the attachment module carries a record's files into a revision draft and
 * back into the record once the revision is verified.
 */
public record RecordChanged(HandbookRecord record, ChangeKind change) {
}
