/** Attestation de droits: issuing, signing (verification code), PDF, the member's page and re-downloads. */
package org.mutualportal.documents.attestation;
