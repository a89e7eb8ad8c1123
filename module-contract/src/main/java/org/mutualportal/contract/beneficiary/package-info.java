/** "Bénéficiaires": their details, a change of their information, and "J'inscris des bénéficiaires". */
package org.mutualportal.contract.beneficiary;
