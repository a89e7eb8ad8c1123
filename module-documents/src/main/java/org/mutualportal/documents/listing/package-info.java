/** "Mes documents": this module's documents and those other modules declare under Documents. */
package org.mutualportal.documents.listing;
