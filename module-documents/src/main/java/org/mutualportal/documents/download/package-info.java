/** The module's PDF downloads, scoped to the signed-in member. */
package org.mutualportal.documents.download;
