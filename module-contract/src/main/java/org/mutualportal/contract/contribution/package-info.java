/** "Mes cotisations": the payment mode and its change, the next due date with its detail, the history. */
package org.mutualportal.contract.contribution;
