-- The prévoyance covers of memberships, as the management system sends them (POST /api/v1/prevoyance/covers).
-- membership_id is the core's membership: a foreign key to the core's table, as to any core row a module keeps the
-- id of (never to another module's table: docs/writing-a-module.md).
create table prevoyance_cover (
    id            bigserial primary key,
    external_id   varchar(64)    not null unique,
    membership_id bigint         not null references membership (id),
    kind          varchar(24)    not null check (kind in ('DEATH_CAPITAL', 'DAILY_ALLOWANCE', 'DISABILITY_ANNUITY')),
    label         varchar(120)   not null,
    amount        numeric(12, 2) not null check (amount >= 0),
    start_date    date           not null,
    end_date      date
);

-- Every page reads the covers of one membership.
create index prevoyance_cover_membership on prevoyance_cover (membership_id, start_date);
