package org.mutualportal.core.security;

import jakarta.security.enterprise.credential.Credential;

/** The code typed on the verification page, given to {@code SecurityContext.authenticate}. */
public record OneTimeCode(String code) implements Credential {
}
