package org.mutualportal.api.security;

import java.util.Set;

/**
 * Who acts in the current request, from where, and under which request id: known once per request, so that no
 * service takes a user or an address as a parameter.
 *
 * <p>The shell works it out from the signed-in session (members, staff, administrators), from the
 * data-exchange API's credentials (system clients), or says {@link Kind#SYSTEM} for work no request started
 * (timers, start-up). {@link org.mutualportal.api.audit.AuditLog} reads it for every line it writes, and
 * {@link #requestId()} is the reference an error page shows and the failure's and audit's log lines carry, so
 * that the mutual's support finds a member's request from what they read out on the phone.
 *
 * <p>A request-scoped CDI bean, named {@code actor} for pages; its answers do not change during a request
 * (a sign-in or sign-out takes effect at the next one).
 *
 * @since 1.0
 */
public interface Actor {

    /** What kind of caller acts. */
    enum Kind {
        /** Nobody signed in: public pages, sign-in, registration. */
        ANONYMOUS,
        /** A member (adhérent) with an activated web account. */
        MEMBER,
        /** The mutual's staff. */
        STAFF,
        /** An administrator (who is staff too). */
        ADMINISTRATOR,
        /** The mutual's management system, through the data-exchange API. */
        SYSTEM_CLIENT,
        /** The portal itself: timers, start-up, demo data. */
        SYSTEM
    }

    /**
     * What kind of caller acts; an administrator is {@link Kind#ADMINISTRATOR} even though they hold
     * {@link Roles#STAFF} too.
     *
     * @return never {@code null}
     */
    Kind kind();

    /**
     * The name the audit trail and the staff screens record: {@code account:<id>} for a signed-in user (stable
     * across e-mail changes, no personal data in logs), {@code system:<client>} for a system client,
     * {@code anonymous} or {@code system}.
     *
     * @return never {@code null}
     */
    String name();

    /**
     * The signed-in web account.
     *
     * @return the account's id, or {@code null} when nobody is signed in
     */
    Long accountId();

    /**
     * The signed-in member.
     *
     * @return the member's id, or {@code null} when the actor is not a member
     */
    Long memberId();

    /**
     * The roles of the signed-in user or system client ({@link Roles}).
     *
     * @return never {@code null}; empty for anonymous visitors and the portal itself
     */
    Set<String> roles();

    /**
     * Whether the actor holds a role.
     *
     * @param role one of {@link Roles}
     * @return {@code true} when held
     */
    default boolean hasRole(String role) {
        return roles().contains(role);
    }

    /**
     * Whether the actor may open a context-relative path, by the same rules that protect the pages (roles
     * from the path, modules switched off): use it to decide whether to show a link.
     *
     * @param path context-relative, e.g. {@code /contact/write.xhtml}
     * @return {@code true} when the shell would serve the path to this actor
     */
    boolean mayOpen(String path);

    /**
     * The client's address: the peer's, or behind the load balancers the portal is told to trust
     * ({@code portal.security.trusted-proxies}), the client they forwarded.
     *
     * @return the address, or {@code null} outside an HTTP request
     */
    String remoteAddress();

    /**
     * The id of the current HTTP request: eight characters, shown as the reference of the error page of a failed
     * request and written in the server log with the failure and with each audit line of the request.
     *
     * @return never {@code null}; outside an HTTP request (a timer), an id of its own, the same until the
     *         request context ends
     */
    String requestId();
}
