-- What a token may do: read (GET and HEAD only) or write (everything its account may do).
-- Existing tokens keep the full access they were issued with.
alter table api_token add column scope text not null default 'write' check (scope in ('read', 'write'));
