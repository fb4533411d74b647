/**
 * What every feature shares: the signed-in user, named errors and their translation at
 * the edge, value objects.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.dossier.shared;
