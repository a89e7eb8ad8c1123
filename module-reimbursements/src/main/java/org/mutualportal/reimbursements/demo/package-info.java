/** Three years of realistic demo payments. */
package org.mutualportal.reimbursements.demo;
