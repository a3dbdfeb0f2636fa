-- Every save that changes what an article says keeps a revision: who, when, and the text.
-- article_version is the article's version right after that save, so "has the text
-- changed since version n" is one look at the newest revision (which pruning never
-- removes).
create table article_revision (
  id              bigint generated always as identity primary key,
  article_id      bigint not null references article (id) on delete cascade,
  article_version int not null,
  saved_at        timestamptz not null,
  -- Display name of who saved it; null for imports and demo content.
  saved_by        text,
  title           text not null,
  slug            text not null,
  summary         text not null,
  body_markdown   text not null,
  category        text not null,
  author          text not null,
  tags            text[] not null default '{}',
  -- The revision this one brought back, when it was a restore (no foreign key: pruning
  -- may remove the original).
  restored_from   bigint
);
-- The history of one article, newest first, and the newest revision for conflict checks.
create index article_revision_article_idx on article_revision (article_id, saved_at desc, id desc);
-- Pruning walks old revisions by time.
create index article_revision_saved_idx on article_revision (saved_at);
-- Articles written before revisions existed start their history with what they say now.
insert into article_revision (article_id, article_version, saved_at, saved_by, title, slug, summary, body_markdown,
                              category, author, tags)
select a.id, a.version, a.updated_at, null, a.title, a.slug, a.summary, a.body_markdown, c.slug, au.slug, a.tag_slugs
from article a
join category c on c.id = a.category_id
join author au on au.id = a.author_id;

-- Autosaved edits that are not saved to the article yet: one per person and article (or
-- per person and unsaved new article, told apart by a key the editor page made up).
-- Readers never see them; saving the article, or discarding, removes them.
create table article_pending_draft (
  id            bigint generated always as identity primary key,
  article_id    bigint references article (id) on delete cascade,
  account_id    bigint not null,
  draft_key     text not null default '',
  -- The article version the edits started from (null for a new article).
  base_version  int,
  saved_at      timestamptz not null,
  title         text not null,
  slug          text not null,
  summary       text not null,
  body_markdown text not null,
  category      text not null,
  author        text not null,
  tags          text not null
);
create unique index article_pending_draft_article_idx on article_pending_draft (article_id, account_id)
  where article_id is not null;
create unique index article_pending_draft_new_idx on article_pending_draft (account_id, draft_key)
  where article_id is null;

-- Addresses a published article had before its slug changed: /blog/<old> redirects to the
-- article's current address for as long as the article exists.
create table article_slug_history (
  slug       text primary key,
  article_id bigint not null references article (id) on delete cascade,
  retired_at timestamptz not null
);
create index article_slug_history_article_idx on article_slug_history (article_id);

-- Keys every instance shares, generated once by whichever instance needs one first
-- (preview links are signed with 'preview-links'), unless configured.
create table content_signing_key (
  name       text primary key,
  secret     bytea not null,
  created_at timestamptz not null default now()
);
