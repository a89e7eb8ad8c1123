/** Sending a claim: the form, its checks, the duplicate warning, the request for the management system. */
package org.mutualportal.claims.sending;
