// The web UI's static files (src/web/), embedded into the binary at build
// time by cmake/embed_assets.cmake: the app works offline and nothing is
// fetched from elsewhere.
#pragma once

#include <string_view>

namespace kith::server {

struct Asset {
  std::string_view path;  // "/app.js"
  std::string_view type;  // "text/javascript; charset=utf-8"
  std::string_view body;
  std::string_view etag;  // "\"<hash>\"", fixed at build time
};

// The asset at `path` ("/" is "/index.html"), or null.
const Asset* FindAsset(std::string_view path);

}  // namespace kith::server
