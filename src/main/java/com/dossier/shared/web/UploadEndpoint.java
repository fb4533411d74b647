package com.dossier.shared.web;

/**
 * A module's upload URL as {@link UploadCeilingFilter} knows it: what to answer when a
 * request to it is larger than the container's multipart ceiling and is refused before
 * anything reads its body.
 *
 * @param pattern the path, with variables such as
 * {@code /handbook/records/{record}/attachments}
 * @param code the stable problem code, and {@code error.<code>} its message with the size
 * and the limit in KB
 * @param limit the endpoint's own limit in bytes, as its other refusals state it
 * @param returnTo for a page, where to go back with the message (variables of
 * {@code pattern} expanded); null for the API or for the same-origin referring page
 * @param ceiling the request size above which the filter refuses without reading the
 * body; 0 for the default ceiling ({@code dossier.upload.ceiling}); never more than the
 * container's ({@code max-request-size})
 */
public record UploadEndpoint(String pattern, String code, long limit, String returnTo, long ceiling) {

	/** An endpoint under the default ceiling. */
	public UploadEndpoint(String pattern, String code, long limit, String returnTo) {
		this(pattern, code, limit, returnTo, 0);
	}
}
