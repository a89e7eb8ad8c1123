/** The member's search page (a GET form that works without script), its map data and the address suggestions. */
package org.mutualportal.geolocation.search;
