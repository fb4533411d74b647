package com.dossier.handbook;

/**
 * What an Excel import did: rows without an id became new D drafts, rows naming a D
 * record with other data updated it, and rows equal to their record were left alone.
 */
public record ImportCounts(int created, int updated, int unchanged) {

}
