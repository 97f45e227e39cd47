// `kith ask "who could help me hire a kubernetes engineer"`: the people who
// could answer a question, ranked by how well they match it times how easily
// you can reach them, with second-degree answers through who-knows-whom.
//
//   auto answers = app::Ask(ctx, "who could help me hire a kubernetes engineer", 5);
//   // Carla Diaz (Head of Platform, Acme), via Ben Okafor: "Ask Ben — they know Carla"
//
// Relevance is full-text search over everything kith knows about people
// (store/search.h) with any of the question's content terms (core/term_index.h),
// BM25 normalized so the best match is 1. Reach is your tie strength to them
// (core/path_strength.h, at least kMinHopStrength), or, when it is larger, the
// best two-hop reach through someone you know who knows them: your tie to that
// person times their knows tie. The score is relevance × reach.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "core/person.h"

namespace kith::app {

struct AskAnswer {
  core::PersonRef person;  // who matched the question
  std::string company, title;
  std::string snippet;                 // why they matched (store/search.h markers)
  std::optional<core::PersonRef> via;  // ask them first: they know `person`
  std::string via_how;                 // how they know each other
  double relevance = 0;                // (0, 1]
  double reach = 0;                    // (0, 1]
  double score = 0;                    // relevance × reach
  std::string reason;                  // one line, for people
};

// At most `limit` answers, best first; empty when nothing matched. Invalid
// when the question has no words to look for.
Result<std::vector<AskAnswer>> Ask(Context& ctx, std::string_view question, int limit);

}  // namespace kith::app
