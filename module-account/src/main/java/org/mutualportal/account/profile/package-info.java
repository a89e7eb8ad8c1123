/** "Mon compte": coordinates, family situation, subscriptions, login, password, deletion. */
package org.mutualportal.account.profile;
