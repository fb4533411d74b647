package com.dossier.shared.web;

import java.util.Map;

import com.dossier.shared.security.CurrentUser;

/**
 * Published when {@link UploadCeilingFilter} refused an upload to a known endpoint for a
 * signed-in browser session, so that the endpoint's module can audit it like its other
 * refusals. Requests authenticated by HTTP Basic are refused before their password is
 * checked, so they are not reported: nobody is known to have sent them.
 *
 * @param size the declared Content-Length, or -1 for a chunked request the container
 * stopped reading
 */
public record UploadTooLarge(UploadEndpoint endpoint, Map<String, String> variables, long size, CurrentUser user) {
}
