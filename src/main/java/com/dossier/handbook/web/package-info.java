/**
 * The handbook's pages (信息自助变更) and its REST API v1 for sections, records, history and
 * revisions.
 */
package com.dossier.handbook.web;
