/**
 * PDF documents with JasperReports and the mutual's identity.
 *
 * @since 1.0
 */
package org.mutualportal.api.pdf;
