/** "Consultation" and "Remboursements aux tiers": the payment searches of the guide, paged in SQL. */
package org.mutualportal.reimbursements.search;
