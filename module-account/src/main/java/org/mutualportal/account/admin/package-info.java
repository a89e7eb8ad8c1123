/**
 * Administration of web accounts (role ADMIN): finding a member's account, unlocking it, resending its
 * activation link, and the staff's accounts (creation with a set-password link, roles, disabling).
 */
package org.mutualportal.account.admin;
