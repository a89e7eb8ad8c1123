/** Relevés de prestations: PDF (JasperReports) and CSV, for one payment or a whole search. */
package org.mutualportal.reimbursements.statement;
