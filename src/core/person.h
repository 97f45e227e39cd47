// A person and everything kith remembers about them, as plain values.
//
// These are the domain types the store reads into and the app and faces
// print; they hold no behaviour and no database handles. Ids are the
// database's rowids; 0 means "not stored yet". Times are Unix seconds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/kinds.h"
#include "core/tie_strength.h"
#include "util/date.h"

namespace kith::core {

struct PersonRef {
  int64_t id = 0;
  std::string name;
};

struct Person {
  int64_t id = 0;
  std::string name;
  std::string company;
  std::string title;
  std::string location;
  std::string met_where;          // "Venture Cafe"
  std::string met_how;            // free text: "she spoke on a panel"
  std::optional<int64_t> met_on;  // when we met
  std::optional<PersonRef> met_through;
  std::optional<int64_t> archived_at;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

struct ContactPoint {
  int64_t id = 0;
  ContactKind kind = ContactKind::kEmail;
  std::string value;
  std::string normalized;
  std::string label;  // "work", "mobile", ...
};

struct Fact {
  int64_t id = 0;
  FactKind kind = FactKind::kOther;
  std::string text;
  int64_t created_at = 0;
};

struct Note {
  int64_t id = 0;
  std::string body;
  int64_t created_at = 0;
};

struct ImportantDate {
  int64_t id = 0;
  std::string kind;  // "birthday", "anniversary", or the user's own label
  Date date;         // year 0 when unknown
};

struct NeedOffer {
  int64_t id = 0;
  Side side = Side::kNeed;
  std::string text;
  bool open = true;
  int64_t created_at = 0;
};

struct Interaction {
  int64_t id = 0;
  InteractionKind kind = InteractionKind::kOther;
  int64_t at = 0;
  Direction direction = Direction::kMutual;
  std::string summary;
  std::string source;      // "manual", "vcard", "mbox", ...
  std::string source_key;  // unique per source: re-imports change nothing
  std::vector<PersonRef> participants;
};

// An event where you met someone.
struct EventRef {
  int64_t id = 0;
  std::string name;
  std::string place;
  std::optional<int64_t> at;
};

// An opportunity the person is part of.
struct OpportunityRef {
  int64_t id = 0;
  std::string title, kind, status;
};

// An introduction the person is part of, and who with.
struct IntroRef {
  int64_t id = 0;
  PersonRef other;
  std::string state;    // as stored: asked_first, agreed, closed, ...
  std::string outcome;  // once closed, how it went
};

// What `kith show` prints: the person and what matters before you talk.
struct Brief {
  Person person;
  std::vector<ContactPoint> contacts;
  std::vector<std::string> tags;
  std::vector<Fact> facts;
  std::vector<NeedOffer> needs_offers;
  std::vector<ImportantDate> dates;
  std::vector<Note> notes;                     // newest first
  std::vector<Interaction> recent;             // newest first
  std::vector<EventRef> events;                // where you met them, newest first
  std::vector<std::string> groups;             // groups you share, by name
  std::vector<OpportunityRef> opportunities;   // newest first
  std::vector<IntroRef> intros;                // most recently changed first
  std::vector<Touch> touches;                  // every interaction, oldest first
  int64_t interaction_count = 0;               // touches.size()
  std::optional<int64_t> last_interaction_at;  // the last touch's
};

// One line of `kith list`.
struct PersonSummary {
  int64_t id = 0;
  std::string name;
  std::string name_folded;  // Fold(name), as stored: what lists sort by
  std::string company;
  std::string title;
  std::vector<std::string> tags;
  std::optional<int64_t> last_interaction_at;
  bool archived = false;
};

}  // namespace kith::core
