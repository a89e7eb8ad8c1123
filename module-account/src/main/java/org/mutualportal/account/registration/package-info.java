/** "Créer mon espace": proving one holds a member card, and activating the account by e-mail. */
package org.mutualportal.account.registration;
