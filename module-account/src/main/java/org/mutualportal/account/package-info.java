/** The account feature module. */
package org.mutualportal.account;
