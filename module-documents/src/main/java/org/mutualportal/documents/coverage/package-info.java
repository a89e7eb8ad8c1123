/** The dates documents certify: card validity, days an attestation may certify, who is covered when. */
package org.mutualportal.documents.coverage;
