-- Sign-in throttling (issue 12) replaces V1's account lock, which anyone could set on any account with five
-- requests. One row per thing that is throttled, keyed by what it is (LoginThrottle):
--   account:<user-name key>          failures of a user name, existing or not, from addresses it is not known at
--   address:<client address>         failures from an address, whatever the user name
--   pair:<user-name key> <address>   an address the account signed in from (signed_in_at), and failures there
-- A row's failures run in a streak that ends with a success or a day without failures; blocked_until is when the
-- next attempt is heard again. username (the key's user name, for account and pair rows) lets an administrator
-- lift an account's throttle in one statement.
create table login_throttle (
    throttle_key    varchar(140) not null,
    username        varchar(64),
    failures        integer      not null,
    last_failure_at timestamp with time zone,
    blocked_until   timestamp with time zone,
    signed_in_at    timestamp with time zone,
    constraint login_throttle_pk primary key (throttle_key)
);
create index login_throttle_username_ix on login_throttle (username);

-- A lock still running carries over as a throttle already started (5 failures), a count in progress as it is.
insert into login_throttle (throttle_key, username, failures, last_failure_at, blocked_until)
select 'account:' || username_key, username_key,
       case when locked_until > current_timestamp then 5 else failed_attempts end,
       current_timestamp,
       case when locked_until > current_timestamp then locked_until end
from account
where failed_attempts > 0 or locked_until > current_timestamp;

alter table account drop column failed_attempts;
alter table account drop column locked_until;
