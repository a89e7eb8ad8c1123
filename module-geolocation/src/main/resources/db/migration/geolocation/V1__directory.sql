-- The health directory (reference data, not member data): practitioners and establishments with their
-- coordinates, the offline geocoder's postcode table, and the administrators' import runs.

-- EclipseLink-style blocks of 50 ids, like every module (rows are written in JDBC batches here).
create sequence geo_professional_seq start with 50 increment by 50 minvalue 50;

create table geo_professional (
    id                  bigint           primary key default nextval('geo_professional_seq'),
    -- Upsert key: 'PP:<RPPS>:<site>' for a practitioner at an activity site, 'SITE:<site>' for an
    -- establishment, 'DEMO:<n>' for demo rows. Re-importing the same line finds the same row.
    source_key          varchar(120)     not null unique,
    rpps                varchar(11),
    category            varchar(24)      not null,
    display_name        varchar(200)     not null,
    profession_code     varchar(4),
    profession_label    varchar(120),
    specialty_code      varchar(8),
    specialty_label     varchar(160),
    site_name           varchar(200),
    street              varchar(200),
    address_complement  varchar(200),
    postcode            varchar(5),
    city                varchar(120),
    commune_code        varchar(5),
    phone               varchar(20),
    latitude            double precision,
    longitude           double precision,
    -- Where the coordinates come from: BAN (the address), POSTCODE (the commune's centre), DEMO.
    geocode_source      varchar(12),
    -- Not in the RPPS extraction: filled by other sources (the demo data), shown only when known.
    convention          varchar(16)      check (convention in ('SECTOR_1', 'SECTOR_2', 'UNCONVENTIONED')),
    tiers_payant        boolean,
    -- What the geocoder was given, to geocode again only when the address changes.
    address_key         varchar(400),
    updated_at          timestamp with time zone not null default now()
);
-- The search: one category, a bounding box on latitude then longitude (the index carries both, so the
-- longitude filter is applied inside the index) and the id, so that the distance of every candidate is
-- computed from the index alone (an index-only scan); only the page's rows are then read from the table.
-- Not a partial index: PostgreSQL 14 did not choose an index-only scan on the partial variant (benchmark).
create index geo_professional_search_idx on geo_professional (category, latitude, longitude, id);

create table geo_postcode (
    postcode      varchar(5)       not null,
    commune_code  varchar(5)       not null,
    commune       varchar(120)     not null,
    latitude      double precision not null,
    longitude     double precision not null,
    -- Upper case without accents nor punctuation, for suggestions as the member types.
    search_key    varchar(120)     generated always as (
        upper(translate(commune, 'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿ-''', 'AAACEEEEIIOOUUUYaaaceeeeiioouuuy  '))) stored,
    primary key (postcode, commune_code)
);
create index geo_postcode_prefix_idx on geo_postcode (postcode varchar_pattern_ops);
create index geo_postcode_name_idx on geo_postcode (search_key varchar_pattern_ops);

create table geo_import_run (
    id           bigserial    primary key,
    kind         varchar(12)  not null check (kind in ('RPPS', 'POSTCODES')),
    file_name    varchar(255) not null,
    started_by   varchar(255) not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    status       varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    read_lines   integer      not null default 0,
    inserted     integer      not null default 0,
    updated      integer      not null default 0,
    unchanged    integer      not null default 0,
    malformed    integer      not null default 0,
    ignored      integer      not null default 0,
    not_located  integer      not null default 0,
    message      varchar(500)
);
