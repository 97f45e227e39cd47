// `kith help-out`: give first. The open needs of your contacts that you (your
// profile's offers and skills, app/me.h) or another contact can meet, each
// with the match and a drafted message.
//
//   auto list = app::HelpOut(ctx, 10);
//   // Ben Okafor needs "a kubernetes contractor"; you offer "kubernetes consulting"
//   // Hi Ben, you mentioned you're looking for a kubernetes contractor. I can help ...
//
// Offers (and your skills) go into an inverted index over their content terms
// (core/term_index.h); each open need looks up its own terms there, so the
// work grows with the rare terms' postings, never with needs × offers. A
// need's best match of yours comes first, then at most two other people's.
// Needs are ordered by whether you can meet them, then by match × your tie.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "core/person.h"

namespace kith::app {

struct HelpMatch {
  core::PersonRef by;  // you, or a contact who offers it
  bool mine = false;
  std::string offer;               // the offer's or skill's text
  std::vector<std::string> terms;  // the terms they share, rarest first
  double score = 0;                // Σ idf of the shared terms
};

struct HelpNeed {
  core::PersonRef person;  // whose need
  int64_t need_id = 0;
  std::string need;
  std::vector<HelpMatch> matches;  // yours first
  std::string draft;               // a message to them
  double score = 0;
};

struct HelpOutList {
  std::vector<HelpNeed> needs;
  size_t open_needs = 0;      // open needs of contacts, matched or not
  size_t matched = 0;         // of those, how many someone can meet
  bool have_profile = false;  // false: only others' offers could match
};

Result<HelpOutList> HelpOut(Context& ctx, int limit);

}  // namespace kith::app
