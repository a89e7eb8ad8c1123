/** The health directory: categories offered to members, the rows, the proximity search in SQL and the writer. */
package org.mutualportal.geolocation.directory;
