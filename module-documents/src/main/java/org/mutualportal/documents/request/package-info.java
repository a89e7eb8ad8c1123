/** "Demander une nouvelle carte d'adhérent": the request for the management system, its form and e-mail. */
package org.mutualportal.documents.request;
