// The demo network behind `kith demo`: a synthetic but lively set of people,
// five years of interactions and who-knows-whom, written straight into an
// empty kith database for the demo, tests and benchmarks.
//
//   app::DemoOptions options;            // 300 people, 8000 interactions, 900 ties
//   options.now = clock.Now();
//   auto report = app::GenerateDemo(*db, options);
//   if (!report) return report.status();
//
// The same options give byte-identical data on every run (kith's own PRNG and
// distributions, never std::'s implementation-defined ones). What it models:
// - people from many cultures (Zoë Brandt, 李娜, Oluwaseun Adeyemi, Guðrún
//   Bergström), with companies, titles, cities, facts, needs and offers, tags,
//   emails and phones, birthdays, where and through whom they were met;
// - Dunbar's layers: of everyone, the first 5 are weekly contacts, the next 10
//   every two to four weeks, the next 35 every couple of months, the next 100
//   about yearly, the rest rare; each person keeps their own rhythm (a jittered
//   mean gap), and the requested interactions are shared out in proportion to
//   those rates, so the counts add up exactly;
// - quiet ties: about one in ten of the first 50 people stops 4 to 12 of
//   their own usual gaps before `now` (DemoReport::quiet_ties), the drifting
//   ties the reconnect queue should find;
// - communities (colleagues, clubs, alumni): most `knows` edges and all group
//   interactions stay within one, about 15% of edges cross between them.
//
// Runs in one transaction on the caller's thread; 10k people with 1M
// interactions take about ten seconds on two cores, most of it SQLite's.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "core/model_config.h"
#include "store/db.h"
#include "util/status.h"

namespace kith::app {

struct DemoOptions {
  int64_t people = 300;         // 1 .. 10,000,000
  int64_t interactions = 8000;  // 0 .. 50,000,000
  int64_t knows = 900;          // 0 .. min(people*(people-1)/2, 50,000,000)
  uint64_t seed = 1;
  int64_t now = 0;          // Unix seconds; interactions span the 5 years before it
  core::ModelConfig model;  // weights for the per-person aggregates written at the end
};

struct DemoReport {
  int64_t people = 0, interactions = 0, knows = 0, facts = 0, needs = 0, offers = 0;
  int64_t tags = 0;  // distinct tags in use
  // Ids of people whose contact was planted to go quiet relative to their own
  // rhythm (for evaluating drift detection and the reconnect queue), ascending.
  std::vector<int64_t> quiet_ties;
};

// Writes a demo network into `db`, which must hold no people (else Conflict).
// Invalid when an option is out of range or `now` is not after 1975.
// `progress`, if set, is called with a fraction in [0, 1] now and then (about
// a hundred times at most, 1 last).
Result<DemoReport> GenerateDemo(store::Db& db, const DemoOptions& options,
                                const std::function<void(double)>& progress = {});

}  // namespace kith::app
