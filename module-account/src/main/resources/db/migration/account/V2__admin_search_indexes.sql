-- The administrators' account search (account/admin): by login prefix and by last-name prefix. Both
-- compare with LIKE 'prefix%', which only a pattern_ops index serves whatever the database's collation.
-- Membership numbers (unique) and web_account.member_id (unique) are indexed already.
create index web_account_login_prefix_idx on web_account (login varchar_pattern_ops);
create index member_last_name_prefix_idx on member (lower(last_name) varchar_pattern_ops);
