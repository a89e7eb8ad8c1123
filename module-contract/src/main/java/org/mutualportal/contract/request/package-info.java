/** What every action on the contract shares: it becomes a request of Suivi, confirmed by e-mail. */
package org.mutualportal.contract.request;
