/** The payments import of the data-exchange API ({@code /api/v1/reimbursements/payments}). */
package org.mutualportal.reimbursements.exchange;
