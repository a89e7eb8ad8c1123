/** Bank details as members type them: IBAN and BIC checks shared by every module taking them. */
package org.mutualportal.core.banking;
