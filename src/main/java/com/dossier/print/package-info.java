/**
 * 书面材料打印 of the whole 诚信手册: choosing sections, the print view and its PDF, the record of
 * every printed copy, and {@code /verify/{token}} for any printed paper's QR code.
 */
package com.dossier.print;
