-- Duplicate suppression looks up recent leads by e-mail address.
create index lead_email_recent_idx on lead (lower(email), created_at desc);
