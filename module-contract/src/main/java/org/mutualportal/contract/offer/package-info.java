/** The mutual's catalogue: offers, their tables of guarantees, reimbursement examples and prices. */
package org.mutualportal.contract.offer;
