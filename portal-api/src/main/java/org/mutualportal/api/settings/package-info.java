/**
 * The mutual's identity and the portal's public address.
 *
 * @since 1.0
 */
package org.mutualportal.api.settings;
