/** Following a claim: its page (status, stage, files, the payment), completing it when the mutual waits a proof, the list. */
package org.mutualportal.claims.follow;
