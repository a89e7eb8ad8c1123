/** The contact feature module. */
package org.mutualportal.contact;
