/** "Consulter les documents de couverture": the table of guarantees on screen and as a JasperReports PDF. */
package org.mutualportal.contract.coverage;
