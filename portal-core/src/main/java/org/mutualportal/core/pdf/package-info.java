/** PDFs of every module: JasperReports templates compiled at build time, the mutual's identity, tagged French output. */
package org.mutualportal.core.pdf;
