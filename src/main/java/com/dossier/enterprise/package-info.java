/**
 * Enterprises: their level-A basic data, the contact person for qualification matters,
 * and the operator's home.
 */
package com.dossier.enterprise;
