-- The account search is the core's (WebAccounts.search), and so are its indexes on the core's tables (core
-- migration V8, under names of the core): the module no longer keeps indexes of its own on web_account and member.
drop index if exists web_account_login_prefix_idx;
drop index if exists member_last_name_prefix_idx;
