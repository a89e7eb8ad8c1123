-- Payments of the mutual and their lines (prestations), bank details for reimbursements, notifications sent.

-- EclipseLink takes a block of 50 ids per nextval and refuses a first value below the block size.
create sequence reimb_payment_seq start with 50 increment by 50 minvalue 50;
create sequence reimb_line_seq start with 50 increment by 50 minvalue 50;

create table reimb_payment (
    id            bigint        primary key default nextval('reimb_payment_seq'),
    external_id   varchar(64)   not null unique,
    member_id     bigint        not null references member (id),
    membership_id bigint        not null references membership (id),
    payment_date  date          not null,
    mode          varchar(12)   not null check (mode in ('TRANSFER', 'CHEQUE')),
    amount        numeric(12,2) not null,
    payee         varchar(12)   not null check (payee in ('MEMBER', 'PROFESSIONAL')),
    payee_name    varchar(120)
);
-- The searches of the screens: a membership's payments by payee and date, newest first.
create index reimb_payment_search_idx on reimb_payment (membership_id, payee, payment_date desc, id desc);

create table reimb_line (
    id               bigint        primary key default nextval('reimb_line_seq'),
    payment_id       bigint        not null references reimb_payment (id),
    line_number      integer       not null,
    beneficiary_id   bigint references beneficiary (id),
    beneficiary_name varchar(160)  not null,
    act_code         varchar(20),
    act_label        varchar(160)  not null,
    care_start       date          not null,
    care_end         date          not null,
    expense          numeric(10,2) not null,
    base_amount      numeric(10,2) not null,
    ss_rate          numeric(5,2)  not null,
    ss_amount        numeric(10,2) not null,
    ss_deductible    numeric(10,2) not null default 0,
    mutual_amount    numeric(10,2) not null,
    guarantee_label  varchar(120)  not null,
    guarantee_basis  varchar(24)   not null check (guarantee_basis in ('PERCENT_OF_BASE', 'AMOUNT', 'ACTUAL_COST', 'FULL_COVERAGE_BASKET')),
    guarantee_value  numeric(10,2),
    unique (payment_id, line_number)
);
-- Lines of a page of payments; the advanced search by beneficiary and care dates.
create index reimb_line_payment_idx on reimb_line (payment_id, line_number);
create index reimb_line_beneficiary_idx on reimb_line (beneficiary_id, care_start);

create table reimb_bank_details (
    membership_id          bigint       primary key references membership (id),
    holder_name            varchar(120) not null,
    iban                   varchar(34)  not null,
    bic                    varchar(11),
    updated_at             timestamp with time zone not null,
    pending_holder_name    varchar(120),
    pending_iban           varchar(34),
    pending_bic            varchar(11),
    pending_requested_at   timestamp with time zone,
    pending_request_id     bigint references member_request (id),
    version                bigint       not null default 0
);

-- Each payment's "new reimbursement" e-mail, at most once.
create table reimb_notification (
    payment_id bigint primary key references reimb_payment (id),
    queued_at  timestamp with time zone not null
);
