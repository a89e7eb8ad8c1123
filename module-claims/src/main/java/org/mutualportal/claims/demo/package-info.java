/** Demonstration data: a claim of Marie Leroy waiting for a proof, so that the demo shows the whole flow. */
package org.mutualportal.claims.demo;
