/**
 * Which certificate a request carries (TLS or a trusted proxy's header), and the
 * operator's dossier.auth settings.
 */
package com.dossier.certificate.presented;
