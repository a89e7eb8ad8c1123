/** Activation, forgotten password and reset, answered the same way for every address. */
package org.mutualportal.account.recovery;
