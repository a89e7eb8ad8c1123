-- Bills members send with their proofs ("Envoyer une facture"). A claim is a member request of Suivi (its id is the
-- request's); the files are the request's attachments, described here.

create table claim (
    request_id       bigint        primary key references member_request (id),
    member_id        bigint        not null references member (id),
    membership_id    bigint        not null references membership (id),
    beneficiary_id   bigint        not null references beneficiary (id),
    beneficiary_name varchar(160)  not null,
    care_kind        varchar(40)   not null,
    care_date        date          not null,
    amount           numeric(10,2) not null check (amount > 0),
    ss_reimbursed    boolean       not null,
    stage            varchar(40),
    created_at       timestamp with time zone not null
);
-- "Mes factures envoyées" and the scoping of a claim to its member.
create index claim_member_idx on claim (member_id, created_at desc, request_id desc);
-- The dashboard's "waiting for a proof" count: few rows, read on every dashboard.
create index claim_awaiting_idx on claim (member_id) where stage = 'INCOMPLETE';

create table claim_file (
    attachment_id  bigint      primary key references member_request_attachment (id),
    request_id     bigint      not null references claim (request_id),
    role           varchar(12) not null check (role in ('PROOF', 'STATEMENT', 'COMPLEMENT')),
    beneficiary_id bigint      not null references beneficiary (id),
    sha256         varchar(64) not null,
    added_at       timestamp with time zone not null
);
-- The files of a claim's page.
create index claim_file_request_idx on claim_file (request_id, attachment_id);
-- "This bill was already sent for this beneficiary": looked up by content before every claim.
create index claim_file_duplicate_idx on claim_file (beneficiary_id, sha256);
