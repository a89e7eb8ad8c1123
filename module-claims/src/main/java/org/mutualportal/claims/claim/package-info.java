/** The claim itself: its record, its files, its stages, the mutual's settings, the reads scoped to the member. */
package org.mutualportal.claims.claim;
