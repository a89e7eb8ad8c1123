/** Payments of the mutual and their lines, and the scoped queries that read them. */
package org.mutualportal.reimbursements.payment;
