/** The contract feature module. */
package org.mutualportal.contract;
