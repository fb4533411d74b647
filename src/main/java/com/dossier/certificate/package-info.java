/**
 * Digital-certificate login (数字证书): validates X.509 client certificates (RSA and SM2) against the configured CAs
 * and CRL, reads them from the TLS layer or a trusted proxy's header, and keeps which certificates bind to which
 * account.
 */
package com.dossier.certificate;
