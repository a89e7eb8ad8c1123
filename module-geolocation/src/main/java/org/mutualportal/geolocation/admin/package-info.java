/** Administrators load the directory and the postcode table from files dropped in the import folder. */
package org.mutualportal.geolocation.admin;
