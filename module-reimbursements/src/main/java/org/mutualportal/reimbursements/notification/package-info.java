/** The "new reimbursement" e-mail of subscribed members, once per payment. */
package org.mutualportal.reimbursements.notification;
