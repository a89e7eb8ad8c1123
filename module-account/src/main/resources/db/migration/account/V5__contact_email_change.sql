-- A change of the contact e-mail waits, like a change of login, until the new address confirms it by a link; the
-- address it replaces is told and gets a link to cancel. Both links are account tokens: new_login becomes
-- new_address (the login or the contact address a link confirms), and previous_address keeps the address the
-- change replaces, so that a change the management system overtook (its import wrote another address meanwhile)
-- is not applied.
alter table account_token rename column new_login to new_address;
alter table account_token add column previous_address varchar(254);
alter table account_token drop constraint account_token_purpose_check;
alter table account_token add constraint account_token_purpose_check
    check (purpose in ('ACTIVATION', 'PASSWORD_RESET', 'LOGIN_CHANGE', 'EMAIL_CHANGE', 'EMAIL_CHANGE_CANCEL'));
