-- A reader's mix of public pages, taken in turn by every connection.
local paths = {
  "/", "/blog/the-modular-monolith-boundaries-before-services", "/category/security",
  "/tag/caching", "/?page=2", "/blog/graceful-shutdown-is-a-feature", "/author/daniel-okafor",
  "/api/v1/articles", "/blog/storing-passwords-in-2026", "/feed.xml",
  "/blog/reading-explain-without-fear", "/api/v1/articles/storing-passwords-in-2026",
}
local i = 0

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
