/** The datasource every module shares and the per-module schema migrations applied at start. */
package org.mutualportal.core.persistence;
