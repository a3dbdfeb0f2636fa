create table author (
  id         bigint generated always as identity primary key,
  slug       text not null unique,
  name       text not null,
  bio        text not null default '',
  -- Denormalized: published articles by this author, recomputed by the code that
  -- writes articles, in the same transaction.
  published_count int not null default 0,
  created_at timestamptz not null default now()
);

create table category (
  id          bigint generated always as identity primary key,
  slug        text not null unique,
  name        text not null,
  description text not null default '',
  published_count int not null default 0,
  created_at  timestamptz not null default now()
);

create table tag (
  id         bigint generated always as identity primary key,
  slug       text not null unique,
  name       text not null,
  published_count int not null default 0,
  created_at timestamptz not null default now()
);

create table article (
  id              bigint generated always as identity primary key,
  slug            text not null,
  title           text not null,
  summary         text not null,
  body_markdown   text not null,
  -- Denormalized on write so a read never renders Markdown or joins tags.
  body_html       text not null,
  reading_minutes int not null,
  tag_slugs       text[] not null default '{}',
  tag_names       text[] not null default '{}',
  category_id     bigint not null references category (id),
  author_id       bigint not null references author (id),
  status          text not null check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED')),
  published_at    timestamptz,
  scheduled_at    timestamptz,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  version         int not null default 0,
  constraint article_slug_unique unique (slug),
  constraint article_published_has_date check (status <> 'PUBLISHED' or published_at is not null),
  constraint article_scheduled_has_date check (status <> 'SCHEDULED' or scheduled_at is not null)
);

create table article_tag (
  article_id bigint not null references article (id) on delete cascade,
  tag_id     bigint not null references tag (id),
  primary key (article_id, tag_id)
);

-- Index page and feeds: newest published first, keyset-friendly tie-breaker on id.
-- Partial, so drafts and scheduled articles never bloat the hot index.
create index article_published_idx on article (published_at desc, id desc) where status = 'PUBLISHED';
-- Category and author listings: equality on the owner, then the same ordering.
create index article_category_published_idx on article (category_id, published_at desc, id desc) where status = 'PUBLISHED';
create index article_author_published_idx on article (author_id, published_at desc, id desc) where status = 'PUBLISHED';
-- Tag listing: from the tag to its articles (the primary key serves article -> tags).
create index article_tag_by_tag_idx on article_tag (tag_id, article_id);
-- Admin list: everything by last change, optionally by status.
create index article_status_updated_idx on article (status, updated_at desc);
create index article_updated_idx on article (updated_at desc);
