/**
 * The public portal: home page, notices, and the status query of an application by its
 * number.
 */
package com.dossier.portal;
