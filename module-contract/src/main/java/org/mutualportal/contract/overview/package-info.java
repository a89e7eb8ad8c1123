/** "Mon contrat": general information, the dashboard widget, the beneficiaries' list. */
package org.mutualportal.contract.overview;
