/** Loading the directory from the public RPPS extraction of annuaire.sante.fr (PS_LibreAcces_Personne_activite). */
package org.mutualportal.geolocation.rpps;
