/** The prévoyance module: its descriptor; covers and their import, and the beneficiary clause, in sub-packages. */
package fr.mutuelle.prevoyance;
