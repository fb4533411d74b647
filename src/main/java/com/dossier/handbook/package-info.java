/**
 * The 诚信手册 sections (信息自助变更): one definition per section, the enterprise's records with
 * their data levels (A/B/C/D), every saved version, revisions, Excel exchange, and the
 * service other modules use to move levels.
 */
package com.dossier.handbook;
