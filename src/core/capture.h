// ParseCapture: the `kith meet` quick-capture line, turned into fields.
//
// One line of semicolon-separated clauses describes a person just met, typed
// in seconds on a phone or at the command line:
//
//   Result<Capture> c = ParseCapture(
//       "Ben Okafor; met at Venture Cafe via Ana Silva; works at Acme as CTO; "
//       "dog Biscuit; likes trail running; needs a designer; ben@acme.example");
//   if (!c) return c.status();  // "clause 3 'birthday 1990-02-30': invalid date ..."
//   c->name == "Ben Okafor"; c->company == "Acme"; c->emails == {"ben@acme.example"};
//
// The first clause is the person's name; each later clause is recognised by
// its leading words ("met at", "works at", "dog", "likes", "needs", ...), and
// a clause that is not understood is kept as a note, so nothing typed is lost.
// Emails, phone numbers, URLs and #tags are picked out of any clause. The
// grammar, written for users, is docs/capture.md.
//
// Nothing is looked up or stored here: `met_via` is the text as typed, which
// the app resolves to a person, and contact points are only recognised by
// their shape; the app validates them. Pure function; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/kinds.h"
#include "util/date.h"
#include "util/status.h"

namespace kith::core {

// Longest line ParseCapture accepts, in bytes.
inline constexpr size_t kMaxCaptureBytes = 10000;

struct CapturedFact {
  FactKind kind;
  std::string text;  // "dog Biscuit", "trail running"
  friend bool operator==(const CapturedFact&, const CapturedFact&) = default;
};

struct CapturedDate {
  std::string kind;  // "birthday" or "anniversary"
  Date date;         // year 0 when typed as --MM-DD
  friend bool operator==(const CapturedDate&, const CapturedDate&) = default;
};

// Every string is trimmed, non-empty when present, with runs of whitespace
// inside it collapsed to one space; list order is the order typed.
struct Capture {
  std::string name;  // first clause
  std::string company, title, location;
  std::string met_at;          // where they met ("Venture Cafe")
  std::string met_via;         // who introduced them, as typed ("Ana Silva")
  std::optional<Date> met_on;  // always has a year
  std::vector<CapturedFact> facts;
  std::vector<std::string> needs, offers, tags, notes;  // tags without '#'
  std::vector<std::string> emails, phones, urls;        // recognised, not validated
  std::vector<CapturedDate> dates;
};

// Parses one line of semicolon-separated clauses. Fails with Status::Invalid
// when the line is empty, longer than kMaxCaptureBytes or not UTF-8, when the
// first clause is not a name, or when a date is impossible; the message names
// the clause by its position (counting empty ones) and quotes it:
//   "clause 3 'birthday 1990-02-30': invalid date '1990-02-30': ..."
//   "clause 1 'ben@acme.example': the first clause must be the person's name"
Result<Capture> ParseCapture(std::string_view line);

}  // namespace kith::core
