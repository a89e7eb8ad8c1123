-- The administrators' account search (WebAccounts.search, AccountStore): by login prefix and by last-name prefix.
-- Both compare with LIKE 'prefix%', which only a pattern_ops index serves whatever the database's collation.
-- Membership numbers (unique) and web_account.member_id (unique) are indexed already. The account module created
-- the same indexes on these tables before the search moved to the core; its migration V4 drops them.
create index web_account_login_pattern_idx on web_account (login varchar_pattern_ops);
create index member_last_name_pattern_idx on member (lower(last_name) varchar_pattern_ops);
