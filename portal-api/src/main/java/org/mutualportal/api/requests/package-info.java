/**
 * Member requests (the entries of Suivi): recording them, the member's history, the staff desk, and the files members join.
 *
 * @since 1.0
 */
package org.mutualportal.api.requests;
