/** The reimbursements widget of the dashboard. */
package org.mutualportal.reimbursements.widget;
