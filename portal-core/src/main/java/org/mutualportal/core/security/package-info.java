/**
 * Authentication (form sign-in against the database identity store, PBKDF2 hashes, lockout), the session's
 * life and cookie, and the access rules shared by the page filter and the menus.
 */
package org.mutualportal.core.security;
