-- A payment may settle a bill the member sent online (the claims module): the claim's request, as the management
-- system received it from the request feed.
alter table reimb_payment add column claim_request_id bigint references member_request (id);
-- "Voir le paiement" of a claim's page finds the payment by its claim.
create index reimb_payment_claim_idx on reimb_payment (claim_request_id) where claim_request_id is not null;
