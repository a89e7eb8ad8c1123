/** The member's prévoyance covers: the entity, the scoped reads, the page and the widget. */
package fr.mutuelle.prevoyance.cover;
