-- The prévoyance covers of memberships, as the management system sends them (POST /api/v1/prevoyance/covers).
-- membership_id is the core's membership id: no foreign key across modules, the core owns its tables.
create table prevoyance_cover (
    id            bigserial primary key,
    external_id   varchar(64)    not null unique,
    membership_id bigint         not null,
    kind          varchar(24)    not null check (kind in ('DEATH_CAPITAL', 'DAILY_ALLOWANCE', 'DISABILITY_ANNUITY')),
    label         varchar(120)   not null,
    amount        numeric(12, 2) not null check (amount >= 0),
    start_date    date           not null,
    end_date      date
);

-- Every page reads the covers of one membership.
create index prevoyance_cover_membership on prevoyance_cover (membership_id, start_date);
