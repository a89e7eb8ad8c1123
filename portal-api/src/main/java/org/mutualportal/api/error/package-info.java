/**
 * Business rules' refusals, shown by the shell next to the field they concern.
 *
 * @since 1.0
 */
package org.mutualportal.api.error;
