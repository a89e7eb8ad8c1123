/** The import of covers through the portal's data-exchange API. */
package fr.mutuelle.prevoyance.exchange;
