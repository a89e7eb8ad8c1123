/** Time as the portal sees it: one replaceable clock, civil dates in Europe/Paris. */
package org.mutualportal.core.time;
