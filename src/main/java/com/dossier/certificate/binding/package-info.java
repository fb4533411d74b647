/**
 * Which certificates open which account: binding, listing, unbinding, and the check at
 * sign-in.
 */
package com.dossier.certificate.binding;
