/**
 * Bean Validation constraints for French data (NIR, IBAN, BIC, postcode, phone, membership number, e-mail) and the checks behind them.
 *
 * @since 1.0
 */
package org.mutualportal.api.validation;
