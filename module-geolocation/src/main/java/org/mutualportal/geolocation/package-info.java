/** The geolocation module: find a health professional around me (descriptor in this package). */
package org.mutualportal.geolocation;
