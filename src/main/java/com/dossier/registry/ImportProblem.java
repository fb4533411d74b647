package com.dossier.registry;

/**
 * One thing wrong with an import, by its place in the payload
 * ({@code enterprises[0].personnel[3].idNumber}); the message is the key {@code code}.
 */
public record ImportProblem(String path, String code, Object... args) {
}
