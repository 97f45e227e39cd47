// `kith import`: files in, people out. Every file of one run is imported in
// one transaction: an error in any of them ("file:line: what") leaves the
// database exactly as it was, and a dry run rolls back after counting.
// Formats are told from content unless given.
#pragma once

#include <atomic>
#include <cstdio>
#include <string>
#include <vector>

#include "app/context.h"
#include "import/people_merger.h"
#include "import/session.h"

namespace kith::app {

struct ImportRequest {
  std::vector<std::string> files;
  std::string format;  // empty: detect from content
  bool dry_run = false;
  import::ImportOptions options;
  std::FILE* progress = nullptr;  // a progress bar per file here, when it is a terminal
  std::atomic<uint64_t>* bytes_done = nullptr;  // if set, the current file's bytes read
};

// The supported formats, for help and errors ("vcard").
std::string ImportFormats();

Result<import::ImportReport> ImportFiles(Context& ctx, const ImportRequest& request);

}  // namespace kith::app
