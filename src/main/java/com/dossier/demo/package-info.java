/**
 * Demo data for the embedded default, so every screen has something to show; never in
 * production.
 */
package com.dossier.demo;
