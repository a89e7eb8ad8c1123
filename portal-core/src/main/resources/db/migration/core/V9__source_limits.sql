-- Attempts per client source (issue 24: credential stuffing), shared by every instance of a cluster.
-- A source key is 'ip:<address>' or 'net:<block>' (/24 IPv4, /64 IPv6); an action is SourceAction's name.
-- Times are epoch minutes and seconds (the portal's clock, UTC): no time-zone conversion between the JVM,
-- the driver and the column, and the tests' shifted clock counts like the real one.

-- Failures (and refusals, for the administrators' counts per hour) per source, action and minute; upserted.
create table source_attempt (
    source_key varchar(80) not null,
    action     varchar(24) not null,
    minute     bigint      not null,
    failures   integer     not null default 0,
    refusals   integer     not null default 0,
    primary key (source_key, action, minute)
);
-- The purge (rows older than 25 hours) and the administrators' last 24 hours read by minute.
create index source_attempt_minute_idx on source_attempt (minute);

-- A source's state for one action: refused until, the next attempt a slowed source may make, and the minute an
-- administrator lifted its block (earlier failures no longer count).
create table source_state (
    source_key    varchar(80) not null,
    action        varchar(24) not null,
    refused_until bigint,
    next_slot_at  bigint,
    lifted_minute bigint,
    primary key (source_key, action)
);
create index source_state_refused_idx on source_state (refused_until) where refused_until is not null;
