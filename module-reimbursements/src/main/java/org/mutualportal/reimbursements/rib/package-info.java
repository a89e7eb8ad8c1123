/** The RIB tab: bank details for reimbursements and their change (IBAN/BIC checked, re-authentication). */
package org.mutualportal.reimbursements.rib;
