/**
 * The administration console's core pages: modules, effective configuration, audit trail (search and CSV
 * export) and the e-mail outbox, plus the helpers that module administration pages share.
 */
package org.mutualportal.core.admin;
