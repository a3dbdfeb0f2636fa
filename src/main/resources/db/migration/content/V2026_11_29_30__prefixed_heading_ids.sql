-- Heading ids in rendered bodies now start with "h-" (see Markdown), so a heading can no
-- longer take an id the page around the body relies on (a heading "Share URL" took
-- "share-url", the copy-link box). Bodies are rendered on write, so the stored ones are
-- brought in line here: each heading id gets the prefix, and each in-page link to one of
-- those headings follows it. Stored bodies are sanitizer output, where a heading tag is
-- always written exactly as <hN id="..."> and an author's own HTML is escaped text, so
-- matching the markup is exact.
do $$
declare
  stored record;
  heading_id text;
  html text;
begin
  for stored in select id, body_html from article where body_html ~ '<h[1-6] id="' loop
    html := stored.body_html;
    for heading_id in select distinct (regexp_matches(stored.body_html, '<h[1-6] id="([^"]*)"', 'g'))[1] loop
      html := replace(html, 'href="#' || heading_id || '"', 'href="#h-' || heading_id || '"');
    end loop;
    html := regexp_replace(html, '<(h[1-6]) id="', '<\1 id="h-', 'g');
    update article set body_html = html where id = stored.id;
  end loop;
end
$$;
