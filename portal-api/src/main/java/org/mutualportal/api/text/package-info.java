/**
 * French texts and formats: bundles, amounts, dates, CSV.
 *
 * @since 1.0
 */
package org.mutualportal.api.text;
