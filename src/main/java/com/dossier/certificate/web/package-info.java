/**
 * The administrator's pages and API for bindings, the public check of a presented
 * certificate, the login box.
 */
package com.dossier.certificate.web;
