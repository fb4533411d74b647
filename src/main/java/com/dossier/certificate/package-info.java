/**
 * Digital-certificate login (数字证书): validates X.509 client certificates (RSA and SM2)
 * against the configured CAs and CRL, reads them from the TLS layer or a trusted proxy's
 * header, and keeps which certificates bind to which account. Other modules see
 * {@link com.dossier.certificate.CertificateLoginException} (a refused sign-in) and
 * {@link com.dossier.certificate.CertificateAccounts} (what the account module answers
 * about its accounts); {@code validation}, {@code identity}, {@code presented},
 * {@code binding} and {@code web} are internal.
 */
package com.dossier.certificate;
