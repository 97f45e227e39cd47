#include "store/bulk.h"

#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <tuple>

#include "store/row.h"
#include "util/text.h"

namespace kith::store {
namespace {

void BindOptionalReal(SQLite::Statement& q, int index, std::optional<double> value) {
  if (value) {
    q.bind(index, *value);
  } else {
    q.bind(index);
  }
}

// Runs an INSERT prepared earlier and makes it ready for the next row.
void Run(SQLite::Statement& q) {
  q.exec();
  q.reset();
}

constexpr const char* kInsertInteraction =
    "INSERT INTO interaction (id, kind, at, direction, summary, source, created_at) VALUES ";
constexpr const char* kInteractionValues = "(?, ?, ?, ?, ?, ?, ?)";

}  // namespace

Result<int64_t> CountPeople(Db& db) {
  return Guard("counting people", [&]() -> Result<int64_t> {
    return db.sql().execAndGet("SELECT count(*) FROM person").getInt64();
  });
}

BulkWriter::BulkWriter(Db& db)
    : db_(db),
      person_(db.sql(),
              "INSERT INTO person (name, name_folded, company, title, location, met_where, "
              "met_how, met_on, met_through, circle, created_at, updated_at, id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      contact_(db.sql(),
               "INSERT INTO contact_point (person_id, kind, value, normalized, label, created_at) "
               "VALUES (?, ?, ?, ?, ?, ?)"),
      fact_(db.sql(), "INSERT INTO fact (person_id, kind, text, created_at) VALUES (?, ?, ?, ?)"),
      note_(db.sql(), "INSERT INTO note (person_id, body, created_at) VALUES (?, ?, ?)"),
      // DO UPDATE of name_folded (not name) so RETURNING yields an existing
      // tag's id without firing the search index's rename trigger.
      tag_(db.sql(),
           "INSERT INTO tag (name, name_folded) VALUES (?, ?) ON CONFLICT (name_folded) "
           "DO UPDATE SET name_folded = excluded.name_folded RETURNING id"),
      person_tag_(db.sql(), "INSERT INTO person_tag (person_id, tag_id) VALUES (?, ?)"),
      date_(db.sql(),
            "INSERT INTO important_date (person_id, kind, year, month, day) "
            "VALUES (?, ?, ?, ?, ?)"),
      need_offer_(db.sql(),
                  "INSERT INTO need_offer (person_id, side, text, status, created_at, closed_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"),
      interaction_(db.sql(), Repeated(kInsertInteraction, kInteractionValues, 1)),
      interaction_batch_(db.sql(), Repeated(kInsertInteraction, kInteractionValues, kBatch)),
      participant_(db.sql(),
                   "INSERT INTO interaction_participant (person_id, at, interaction_id, kind, "
                   "direction) VALUES (?, ?, ?, ?, ?)"),
      knows_(db.sql(),
             "INSERT INTO knows (a, b, how, source, count, strength, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)") {}

Result<std::unique_ptr<BulkWriter>> BulkWriter::Prepare(Db& db) {
  return Guard("preparing bulk inserts", [&]() -> Result<std::unique_ptr<BulkWriter>> {
    std::unique_ptr<BulkWriter> writer(new BulkWriter(db));
    writer->last_person_id_ =
        db.sql().execAndGet("SELECT coalesce(max(id), 0) FROM person").getInt64();
    writer->last_interaction_id_ =
        db.sql().execAndGet("SELECT coalesce(max(id), 0) FROM interaction").getInt64();
    // Until this transaction ends: lets details precede their person.
    db.sql().exec("PRAGMA defer_foreign_keys = ON");
    writer->cache_ = std::make_unique<LargeCache>(db);
    return writer;
  });
}

BulkWriter::~BulkWriter() = default;

// Binds text through a reused buffer per parameter: SQLiteCpp binds only
// std::string without copying, and copying every field of a million rows
// into fresh strings (or into SQLite) is measurable.
void BulkWriter::Text(SQLite::Statement& q, int index, std::string_view text) {
  std::string& buffer = scratch_[static_cast<size_t>(index)];
  if (text.empty()) {
    buffer.clear();  // an empty view may hold no pointer at all
  } else {
    buffer.assign(text.data(), text.size());
  }
  q.bindNoCopy(index, buffer);
}

Result<int64_t> BulkWriter::AddPerson(const PersonRow& row) {
  return Guard("adding a person", [&]() -> Result<int64_t> {
    const std::string folded = Fold(row.name);
    person_.tryReset();
    Text(person_, 1, row.name);
    Text(person_, 2, folded);
    Text(person_, 3, row.company);
    Text(person_, 4, row.title);
    Text(person_, 5, row.location);
    Text(person_, 6, row.met_where);
    Text(person_, 7, row.met_how);
    BindOptional(person_, 8, row.met_on);
    BindOptional(person_, 9, row.met_through);
    if (row.circle.empty()) {
      person_.bind(10);
    } else {
      Text(person_, 10, row.circle);
    }
    person_.bind(11, row.created_at);
    person_.bind(12, row.created_at);
    const int64_t id = row.id != 0 ? row.id : ReservePersonId();
    person_.bind(13, id);
    Run(person_);
    return id;
  });
}

Status BulkWriter::AddContact(int64_t person_id, core::ContactKind kind, std::string_view value,
                              std::string_view normalized, std::string_view label,
                              int64_t created_at) {
  return Guard("adding a contact point", [&]() -> Status {
    contact_.tryReset();
    contact_.bind(1, person_id);
    Text(contact_, 2, core::Name(kind));
    Text(contact_, 3, value);
    Text(contact_, 4, normalized);
    Text(contact_, 5, label);
    contact_.bind(6, created_at);
    Run(contact_);
    return Status::Ok();
  });
}

Status BulkWriter::AddFact(int64_t person_id, core::FactKind kind, std::string_view text,
                           int64_t created_at) {
  return Guard("adding a fact", [&]() -> Status {
    fact_.tryReset();
    fact_.bind(1, person_id);
    Text(fact_, 2, core::Name(kind));
    Text(fact_, 3, text);
    fact_.bind(4, created_at);
    Run(fact_);
    return Status::Ok();
  });
}

Status BulkWriter::AddNote(int64_t person_id, std::string_view body, int64_t created_at) {
  return Guard("adding a note", [&]() -> Status {
    note_.tryReset();
    note_.bind(1, person_id);
    Text(note_, 2, body);
    note_.bind(3, created_at);
    Run(note_);
    return Status::Ok();
  });
}

Result<int64_t> BulkWriter::AddTag(std::string_view name) {
  return Guard("adding a tag", [&]() -> Result<int64_t> {
    const std::string folded = Fold(name);
    tag_.tryReset();
    Text(tag_, 1, name);
    Text(tag_, 2, folded);
    if (!tag_.executeStep()) return Status::Internal("tag insert returned no id");
    int64_t id = tag_.getColumn(0).getInt64();
    tag_.reset();
    return id;
  });
}

Status BulkWriter::TagPerson(int64_t person_id, int64_t tag_id) {
  return Guard("tagging a person", [&]() -> Status {
    person_tag_.tryReset();
    person_tag_.bind(1, person_id);
    person_tag_.bind(2, tag_id);
    Run(person_tag_);
    return Status::Ok();
  });
}

Status BulkWriter::AddDate(int64_t person_id, std::string_view kind, const Date& date) {
  return Guard("adding a date", [&]() -> Status {
    date_.tryReset();
    date_.bind(1, person_id);
    Text(date_, 2, kind);
    BindOptional(date_, 3, date.year ? std::optional<int64_t>(date.year) : std::nullopt);
    date_.bind(4, date.month);
    date_.bind(5, date.day);
    Run(date_);
    return Status::Ok();
  });
}

Status BulkWriter::AddNeedOffer(const NeedOfferRow& row) {
  return Guard("adding a need or offer", [&]() -> Status {
    need_offer_.tryReset();
    need_offer_.bind(1, row.person_id);
    Text(need_offer_, 2, core::Name(row.side));
    Text(need_offer_, 3, row.text);
    Text(need_offer_, 4, row.closed_at ? "met" : "open");
    need_offer_.bind(5, row.created_at);
    BindOptional(need_offer_, 6, row.closed_at);
    Run(need_offer_);
    return Status::Ok();
  });
}

Result<int64_t> BulkWriter::AddInteraction(const InteractionRow& row,
                                           std::span<const int64_t> person_ids) {
  // Writing a full queue first, not after, keeps a failed write from
  // overrunning the queue.
  if (queued_count_ == kBatch) {
    KITH_RETURN_IF_ERROR(Guard("adding interactions", [&]() -> Status {
      WriteQueued();
      if (queued_participants_.size() >= kParticipantBatch) WriteParticipants();
      return Status::Ok();
    }));
  }
  Queued& queued = queued_[queued_count_++];
  queued.id = ++last_interaction_id_;
  queued.at = row.at;
  queued.created_at = row.created_at;
  queued.kind = core::Name(row.kind);
  queued.direction = core::Name(row.direction);
  queued.summary = row.summary;
  queued.source = row.source;
  for (int64_t person : person_ids)
    queued_participants_.push_back(
        {person, row.at, queued.id, core::Name(row.kind).data(), core::Name(row.direction).data()});
  return queued.id;
}

Status BulkWriter::Flush() {
  return Guard("adding interactions", [&]() -> Status {
    WriteQueued();
    WriteParticipants();
    return Status::Ok();
  });
}

void BulkWriter::BindQueued(SQLite::Statement& q, int first, const Queued& row) {
  q.bind(first, row.id);
  q.bindNoCopy(first + 1, row.kind);
  q.bind(first + 2, row.at);
  q.bindNoCopy(first + 3, row.direction);
  q.bindNoCopy(first + 4, row.summary);
  q.bindNoCopy(first + 5, row.source);
  q.bind(first + 6, row.created_at);
}

// A full batch goes in one statement, a partial one row by row.
void BulkWriter::WriteQueued() {
  if (queued_count_ == kBatch) {
    interaction_batch_.tryReset();
    for (size_t i = 0; i < kBatch; ++i) {
      BindQueued(interaction_batch_, static_cast<int>(i) * 7 + 1, queued_[i]);
    }
    Run(interaction_batch_);
  } else {
    for (size_t i = 0; i < queued_count_; ++i) {
      interaction_.tryReset();
      BindQueued(interaction_, 1, queued_[i]);
      Run(interaction_);
    }
  }
  queued_count_ = 0;
}

// In key order: a few thousand sorted rows touch far fewer pages of the
// participant index than the same rows in time order (measured ~15% faster).
void BulkWriter::WriteParticipants() {
  std::sort(queued_participants_.begin(), queued_participants_.end(),
            [](const QueuedParticipant& x, const QueuedParticipant& y) {
              return std::tie(x.person_id, x.at, x.interaction_id) <
                     std::tie(y.person_id, y.at, y.interaction_id);
            });
  participant_.tryReset();
  for (const QueuedParticipant& p : queued_participants_) {
    participant_.bind(1, p.person_id);
    participant_.bind(2, p.at);
    participant_.bind(3, p.interaction_id);
    participant_.bindNoCopy(4, p.kind);
    participant_.bindNoCopy(5, p.direction);
    Run(participant_);
  }
  queued_participants_.clear();
}

Status BulkWriter::AddKnows(const KnowsRow& row) {
  if (row.a == row.b) return Status::Invalid("a person cannot know themselves");
  return Guard("adding a knows edge", [&]() -> Status {
    knows_.tryReset();
    knows_.bind(1, std::min(row.a, row.b));
    knows_.bind(2, std::max(row.a, row.b));
    Text(knows_, 3, row.how);
    Text(knows_, 4, row.source);
    knows_.bind(5, row.count);
    BindOptionalReal(knows_, 6, row.strength);
    knows_.bind(7, row.created_at);
    knows_.bind(8, row.created_at);
    Run(knows_);
    return Status::Ok();
  });
}

}  // namespace kith::store
