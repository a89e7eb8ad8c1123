/** Single-use links sent by e-mail, stored hashed, with their expiry. */
package org.mutualportal.account.token;
