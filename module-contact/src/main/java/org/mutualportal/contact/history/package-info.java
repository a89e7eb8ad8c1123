/** "Historique de mes demandes": every request of the member, its detail, files and answer. */
package org.mutualportal.contact.history;
