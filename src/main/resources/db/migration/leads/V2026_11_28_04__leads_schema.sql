create table lead (
  id            uuid primary key,
  name          text not null,
  email         text not null,
  company       text,
  message       text not null,
  consent       boolean not null,
  -- The article the form sat under (null for the contact page and API leads
  -- without one). Slug and title are copied so the lead survives the article.
  article_id    bigint,
  article_slug  text,
  article_title text,
  source        text not null check (source in ('ARTICLE', 'CONTACT', 'API')),
  created_at    timestamptz not null default now()
);
create index lead_created_idx on lead (created_at desc);
create index lead_article_idx on lead (article_id, created_at desc) where article_id is not null;
