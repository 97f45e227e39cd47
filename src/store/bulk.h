// Fast writing of many people and interactions at once, for the demo
// generator, benchmarks and (later) large imports.
//
// A BulkWriter prepares its statements once and reuses them for every row, so
// a million rows cost a million executions, not a million compilations.
// Interactions are queued and written 64 to a statement (the schema's CHECK
// lists cost more per execution than per row), their participants a few
// thousand at a time in key order: call Flush() before reading them back or
// committing. The writer assigns person and interaction ids itself and defers
// foreign key checks to the commit. While it lives it also enlarges the
// connection's page cache (restored afterwards): participant rows land all
// over their index.
//
// It checks nothing a caller could check better (no lookups of existing
// contacts, no source-key dedupe): it is for filling a database whose state
// the caller knows. It starts no transaction; run it inside one, with no other
// writes to person or interaction while it lives. Derived columns stay right:
// person.name_folded and tag.name_folded are Fold(name), participant rows
// carry their interaction's time, and a knows edge is stored with the smaller
// id first. The search index follows through the schema's triggers.
//
//   auto tx = Transaction::Begin(db);
//   auto writer = BulkWriter::Prepare(db);
//   if (!writer) return writer.status();
//   store::PersonRow zoe;
//   zoe.id = (*writer)->ReservePersonId();
//   zoe.name = "Zoë Brandt";
//   KITH_RETURN_IF_ERROR((*writer)->AddFact(zoe.id, core::FactKind::kPet, "Biscuit", now));
//   auto id = (*writer)->AddPerson(zoe);
//   ...
//   KITH_RETURN_IF_ERROR((*writer)->Flush());
//   return tx->Commit();
//
// Strings passed in need only live until the call returns. A BulkWriter
// borrows its Db, must not outlive it, and is not thread-safe.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/kinds.h"
#include "store/db.h"
#include "util/date.h"

namespace kith::store {

struct PersonRow {
  int64_t id = 0;         // from ReservePersonId(), or 0 for the next free id
  std::string_view name;  // required, 1..1000 code points
  std::string_view company;
  std::string_view title;
  std::string_view location;
  std::string_view met_where;
  std::string_view met_how;
  std::optional<int64_t> met_on;
  std::optional<int64_t> met_through;  // a person id
  std::string_view circle;             // "" or inner, close, network, wider, acquaintance
  int64_t created_at = 0;
};

struct NeedOfferRow {
  int64_t person_id = 0;
  core::Side side = core::Side::kNeed;
  std::string_view text;
  std::optional<int64_t> closed_at;  // set: the need or offer was met then
  int64_t created_at = 0;
};

struct InteractionRow {
  core::InteractionKind kind = core::InteractionKind::kOther;
  int64_t at = 0;
  core::Direction direction = core::Direction::kMutual;
  std::string_view summary;
  std::string_view source = "manual";
  int64_t created_at = 0;
};

struct KnowsRow {
  int64_t a = 0;  // either order; stored smaller first
  int64_t b = 0;
  std::string_view how;
  std::string_view source = "inferred";  // stated, inferred or intro
  int64_t count = 1;
  std::optional<double> strength;  // in [0, 1]
  int64_t created_at = 0;
};

// Number of rows in person (archived and "me" included).
Result<int64_t> CountPeople(Db& db);

class BulkWriter {
 public:
  static Result<std::unique_ptr<BulkWriter>> Prepare(Db& db);
  ~BulkWriter();
  BulkWriter(const BulkWriter&) = delete;
  BulkWriter& operator=(const BulkWriter&) = delete;

  // An id for a person to be added later. Details (contacts, facts, tags,
  // ...) written under it before AddPerson are indexed for search once, when
  // the person arrives, rather than once per row; foreign keys are checked at
  // commit, so a reserved id never added fails the commit.
  int64_t ReservePersonId() { return ++last_person_id_; }
  Result<int64_t> AddPerson(const PersonRow& row);
  Status AddContact(int64_t person_id, core::ContactKind kind, std::string_view value,
                    std::string_view normalized, std::string_view label, int64_t created_at);
  Status AddFact(int64_t person_id, core::FactKind kind, std::string_view text, int64_t created_at);
  Status AddNote(int64_t person_id, std::string_view body, int64_t created_at);
  // The id of the tag folding to Fold(name), created with this spelling if new.
  Result<int64_t> AddTag(std::string_view name);
  Status TagPerson(int64_t person_id, int64_t tag_id);
  // Year 0 stores an unknown year.
  Status AddDate(int64_t person_id, std::string_view kind, const Date& date);
  Status AddNeedOffer(const NeedOfferRow& row);
  // Queues the interaction and one participant row per person id; returns
  // the interaction's id. Written by the time Flush() returns.
  Result<int64_t> AddInteraction(const InteractionRow& row, std::span<const int64_t> person_ids);
  // Writes the queued interactions and their participants.
  Status Flush();
  // Invalid when a == b.
  Status AddKnows(const KnowsRow& row);

 private:
  // An interaction waiting for its batch, with its own copies of the text.
  struct Queued {
    int64_t id = 0, at = 0, created_at = 0;
    std::string kind, direction, summary, source;
  };
  struct QueuedParticipant {
    int64_t person_id = 0, at = 0, interaction_id = 0;
    const char* kind = nullptr;  // core::Name's literals
    const char* direction = nullptr;
  };
  static constexpr size_t kBatch = 64;
  static constexpr size_t kParticipantBatch = 4096;

  explicit BulkWriter(Db& db);
  void Text(SQLite::Statement& q, int index, std::string_view text);
  static void BindQueued(SQLite::Statement& q, int first, const Queued& row);
  void WriteQueued();
  void WriteParticipants();

  Db& db_;
  std::unique_ptr<LargeCache> cache_;  // the previous size comes back on destruction
  int64_t last_person_id_ = 0;
  int64_t last_interaction_id_ = 0;
  std::array<std::string, 13> scratch_;  // by parameter index
  std::array<Queued, kBatch> queued_;
  size_t queued_count_ = 0;
  std::vector<QueuedParticipant> queued_participants_;
  SQLite::Statement person_;
  SQLite::Statement contact_;
  SQLite::Statement fact_;
  SQLite::Statement note_;
  SQLite::Statement tag_;
  SQLite::Statement person_tag_;
  SQLite::Statement date_;
  SQLite::Statement need_offer_;
  SQLite::Statement interaction_;
  SQLite::Statement interaction_batch_;
  SQLite::Statement participant_;
  SQLite::Statement knows_;
};

}  // namespace kith::store
