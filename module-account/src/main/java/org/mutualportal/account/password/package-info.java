/** The password policy: the guide's rules, configurable, plus common and personal passwords refused. */
package org.mutualportal.account.password;
