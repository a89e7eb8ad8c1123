/**
 * Bean Validation constraints for French data (NIR, IBAN, BIC, postcode, phone, membership number, e-mail), the
 * checks behind them, and {@link org.mutualportal.api.validation.FormValidation} to check a model as the pages do.
 *
 * @since 1.0
 */
package org.mutualportal.api.validation;
