-- The administration console: audit searches by target (an account, a request, a module), and the outbox's
-- list of mails given up, newest first.
create index audit_event_target_idx on audit_event (target, occurred_at desc);
create index outbox_mail_failed_idx on outbox_mail (id desc) where status = 'FAILED';
