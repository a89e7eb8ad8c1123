/** Carte de tiers payant: its content from the kernel and configuration, its QR code, PDF and page. */
package org.mutualportal.documents.card;
