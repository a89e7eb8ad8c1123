/** The detail of a payment, and "Pourquoi ce montant ?" for each line. */
package org.mutualportal.reimbursements.detail;
