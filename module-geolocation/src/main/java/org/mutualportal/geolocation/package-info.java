/** The geolocation feature module. */
package org.mutualportal.geolocation;
