/**
 * Geocoding behind one interface: the Base Adresse Nationale's search API when it is enabled and answers,
 * the mutual's postcode table otherwise — and the settings of both and of the map.
 */
package org.mutualportal.geolocation.geocoding;
