/** "Je souhaite faire évoluer mes garanties": offers side by side with their prices, and the change request. */
package org.mutualportal.contract.guarantees;
