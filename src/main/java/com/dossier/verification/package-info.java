/** 原件校对: verification applications and the clerk's workbench. */
package com.dossier.verification;
