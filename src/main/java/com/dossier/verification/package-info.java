/**
 * 原件校对: verification applications, their numbers, the clerk's workbench and the public
 * status of an application.
 */
package com.dossier.verification;
