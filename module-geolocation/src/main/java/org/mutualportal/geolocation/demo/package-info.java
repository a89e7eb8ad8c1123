/** Demo directory: a few thousand invented professionals around Marseille. */
package org.mutualportal.geolocation.demo;
