/**
 * The data-exchange API's import toolkit: reading records field by field, looking rows up by the management system's ids, running an import.
 *
 * @since 1.0
 */
package org.mutualportal.api.exchange;
