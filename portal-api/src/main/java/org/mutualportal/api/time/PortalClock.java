package org.mutualportal.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The portal's clock: every "now" and "today" of a module comes from here, never from {@code LocalDate.now()}.
 *
 * <p>Dates a member sees are civil dates in France: {@link #today()} is today in Europe/Paris, whatever the
 * server's time zone; instants are stored in UTC ({@link #now()}). Tests move time by replacing the core's
 * implementation with a CDI {@code @Alternative}, so a module that asks here is testable over expiries and
 * deadlines.
 *
 * <p>An application-scoped CDI bean; thread-safe; no transaction needed.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;Inject PortalClock clock;
 * ...
 * if (link.expiresAt().isBefore(clock.now())) { ... }
 * </pre>
 *
 * @since 1.0
 */
public interface PortalClock {

    /** The time zone of every date shown to members and staff. */
    ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * The current instant.
     *
     * @return never {@code null}
     */
    Instant instant();

    /**
     * Now, in UTC, as the portal stores instants.
     *
     * @return never {@code null}
     */
    OffsetDateTime now();

    /**
     * Today in France (Europe/Paris).
     *
     * @return never {@code null}
     */
    LocalDate today();
}
