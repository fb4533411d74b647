/**
 * Printed papers: one HTML-to-PDF path with an embedded CJK font, and their signed QR
 * codes.
 */
package com.dossier.shared.print;
