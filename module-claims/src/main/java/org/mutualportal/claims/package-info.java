/** "Envoyer une facture": bills members send the mutual with their proofs, followed in Suivi to their payment. */
package org.mutualportal.claims;
