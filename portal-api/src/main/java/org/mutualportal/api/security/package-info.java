/**
 * Who acts in the request (Actor), the roles, web accounts and the current session.
 *
 * @since 1.0
 */
package org.mutualportal.api.security;
