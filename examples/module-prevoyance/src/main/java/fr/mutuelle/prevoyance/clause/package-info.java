/** The designation of the death capital's beneficiaries: a member request for the management system. */
package fr.mutuelle.prevoyance.clause;
