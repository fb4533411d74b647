package com.dossier.shared.web;

/**
 * A module's URL that takes a request body larger than
 * {@code dossier.request.body-ceiling} (a machine import), as {@link BodyCeilingFilter}
 * knows it.
 *
 * @param pattern the path, with variables such as {@code /api/v1/admin/imports}
 * @param ceiling the largest body in bytes it takes
 */
public record BodyEndpoint(String pattern, long ceiling) {
}
