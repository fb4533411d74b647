/**
 * Whether a certificate is acceptable: its PKIX path to a configured CA, the CRL, its
 * usage; PEM and DER.
 */
package com.dossier.certificate.validation;
