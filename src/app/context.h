// What every use case runs against: the open database, "now", and the user's
// settings that change how input is read and how the models weigh it. Owned by the face (CLI or
// server) for the length of one command or request.
#pragma once

#include <cstdint>
#include <string>

#include "core/contact.h"
#include "core/model_config.h"
#include "store/db.h"

namespace kith::app {

struct TieCache;     // app/tie_snapshot.h
struct PeopleCache;  // app/people_query.h

struct Context {
  store::Db& db;
  int64_t now = 0;                                         // Unix seconds
  std::string region = std::string(core::kDefaultRegion);  // for phone numbers without +country
  core::ModelConfig config;       // the keep-in-touch models' weights (app/config_file.h)
  TieCache* ties = nullptr;       // set by a face that keeps tie snapshots between calls
  PeopleCache* people = nullptr;  // and the people list's rows
};

}  // namespace kith::app
