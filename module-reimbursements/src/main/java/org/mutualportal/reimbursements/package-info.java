/** The reimbursements feature module. */
package org.mutualportal.reimbursements;
