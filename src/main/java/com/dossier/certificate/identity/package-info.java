/**
 * Whom a certificate names: an enterprise by its 统一社会信用代码, or a person; its fingerprint
 * and dates.
 */
package com.dossier.certificate.identity;
