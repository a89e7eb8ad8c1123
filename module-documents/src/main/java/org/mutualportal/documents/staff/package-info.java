/** The mutual's staff checking an attestation's verification code. */
package org.mutualportal.documents.staff;
