/** "Je résilie mon contrat": the reasons, the date the law gives, the confirmation and the request. */
package org.mutualportal.contract.termination;
