/** French addresses and phone numbers: the official postcode list, commune and phone checks. */
package org.mutualportal.core.address;
