// What one `kith import` run hands each file's importer: the identity
// resolver and report shared by every file of the run (one transaction,
// owned by the caller), and the options the user gave.
//
//   ImportSession session{merger, report, options};
//   KITH_RETURN_IF_ERROR(ImportCsv(text, "connections.csv", options.csv_map, ...));
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "import/people_merger.h"
#include "util/mapped_file.h"
#include "util/progress.h"

namespace kith::import {

struct ImportOptions {
  // CSV columns to kith fields: "First Name=given,E-mail=email" (--map).
  std::string csv_map;
  // Your own email addresses and chat names (--me, or config): they decide
  // the direction of each message and are never made into people.
  std::vector<std::string> me;
};

class ConversationLog;

struct ImportSession {
  PeopleMerger& merger;
  ImportReport& report;
  const ImportOptions& options;
  ConversationLog& conversations;  // mail, calendars, chats: written at the end of the run
  Progress& progress;              // this file's bar: call Update(bytes done) while reading
  int64_t now = 0;                 // Unix seconds: calendars are read up to now
  MappedFile* file = nullptr;      // the file being read: Release() what is done with
};

}  // namespace kith::import
