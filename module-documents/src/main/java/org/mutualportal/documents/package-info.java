/** The documents feature module: attestations, tiers-payant card, new member card, the list of documents. */
package org.mutualportal.documents;
