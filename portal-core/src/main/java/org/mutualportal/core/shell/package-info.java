/** The shell around every page: layout, toolbar, header menus, dashboard composition, landing and login. */
package org.mutualportal.core.shell;
