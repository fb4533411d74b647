/**
 * 资质申请: qualification applications and their review, which turn the records they cite
 * into level B.
 */
package com.dossier.qualification;
