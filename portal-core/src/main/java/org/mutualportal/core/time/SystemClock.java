package org.mutualportal.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mutualportal.api.time.PortalClock;

/**
 * The portal's {@link PortalClock}: every "now" and "today" comes from here, so tests can move time (an expired link,
 * a lock that ends) by replacing this bean with an {@code @Alternative}.
 *
 * <p>Dates a member sees are civil dates in France: "today" is today in Europe/Paris, whatever the
 * server's time zone; instants are stored in UTC.
 */
@ApplicationScoped
public class SystemClock implements PortalClock {

    protected Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public Instant instant() {
        return clock().instant();
    }

    /** Now, in UTC, as stored in the database. */
    @Override
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant(), ZoneOffset.UTC);
    }

    /** Today in France. */
    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), PARIS);
    }
}
