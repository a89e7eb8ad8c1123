/**
 * The audit trail: what a module records when staff read member data or anyone changes something that matters.
 *
 * @since 1.0
 */
package org.mutualportal.api.audit;
