/**
 * Bean Validation as pages see it: one validator factory for Faces whose messages come from every
 * {@code ValidationMessages.properties} of the WAR (the API's constraints and each module's own), in French.
 */
package org.mutualportal.core.validation;
