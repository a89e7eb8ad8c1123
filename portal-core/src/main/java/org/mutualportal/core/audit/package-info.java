/** The append-only audit trail of security events, staff reads of member data and administrative actions. */
package org.mutualportal.core.audit;
