// New people written many at a time, for imports: each person is queued
// with what a contact file brings for them (contact points, dates, tags, a
// note), and Flush() writes the queue with one multi-row INSERT per table for
// every 64 rows. A statement's fixed cost (cursors opened and closed, the
// foreign-key check's set-up, the VDBE halt) is paid once per 64 rows, not
// per row: a 100k-card vCard import took a fifth less time (docs/benchmarks.md).
//
// Add() returns the id the person will have: the one after the largest in
// person when the queue was empty. So from the first Add() to Flush(),
// nothing else may write person, contact_point, important_date, tag,
// person_tag or note through the connection, and nothing may read the
// queued people back: call Flush() first. The rows come out as the same
// rows, with the same ids, as writing each person and then their details
// one statement at a time would give. Flush() before committing; a failed
// Flush() empties the queue and leaves the transaction to be rolled back.
//
//   NewPeople batch(db);
//   NewPerson ana;
//   ana.name = "Ana Lima";
//   ana.name_folded = Fold(ana.name);
//   ana.contacts.push_back({core::ContactKind::kEmail, "ana@x.org", "ana@x.org", "work"});
//   auto id = batch.Add(std::move(ana), now);
//   ...
//   KITH_RETURN_IF_ERROR(batch.Flush());
//
// Borrows its Db; not thread-safe.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/kinds.h"
#include "store/db.h"
#include "util/date.h"

namespace kith::store {

struct NewContact {
  core::ContactKind kind = core::ContactKind::kEmail;
  std::string value;
  std::string normalized;  // distinct within the person, with kind
  std::string label;
};

struct NewPerson {
  std::string name;         // 1..1000 characters
  std::string name_folded;  // Fold(name)
  std::string company;
  std::string title;
  std::vector<NewContact> contacts;
  // By kind ("birthday"); a later date of the same kind replaces an earlier.
  std::vector<std::pair<std::string, Date>> dates;
  // As spelled, non-empty; one folding to an earlier one's Fold() is dropped.
  // A tag new to the database is created with its spelling here.
  std::vector<std::string> tags;
  std::string note;  // "" for none
};

class NewPeople {
 public:
  explicit NewPeople(Db& db) : db_(db) {}

  // Queues `person`, created and updated at `now`; returns their id.
  Result<int64_t> Add(NewPerson person, int64_t now);
  // Writes the queue. A no-op when it is empty.
  Status Flush();
  bool empty() const { return queue_.empty(); }
  // Forgets the queue unwritten (after a failure, before a rollback).
  void Clear() { queue_.clear(); }

 private:
  struct Queued {
    int64_t id = 0;
    int64_t now = 0;
    NewPerson person;
  };
  // A multi-row statement and a one-row statement for the remainder.
  struct Insert {
    const char* head;    // "INSERT INTO t (a, b) VALUES "
    const char* values;  // "(?, ?)"
    int columns;
    std::optional<SQLite::Statement> many, one;
  };
  static constexpr size_t kRows = 64;

  template <typename Row, typename Bind>
  void Write(Insert& insert, const std::vector<Row>& rows, Bind bind);
  void WriteTags();
  int64_t TagId(const std::string& name, const std::string& folded);

  Db& db_;
  std::vector<Queued> queue_;
  int64_t next_id_ = 0;
  std::unordered_map<std::string, int64_t> tag_ids_;  // folded name -> id, for one Flush()
  Insert person_{
      "INSERT INTO person (id, name, name_folded, company, title, created_at, "
      "updated_at) VALUES ",
      "(?, ?, ?, ?, ?, ?, ?)",
      7,
      {},
      {}};
  Insert contact_{
      "INSERT INTO contact_point (person_id, kind, value, normalized, label, "
      "created_at) VALUES ",
      "(?, ?, ?, ?, ?, ?)",
      6,
      {},
      {}};
  Insert date_{"INSERT INTO important_date (person_id, kind, year, month, day) VALUES ",
               "(?, ?, ?, ?, ?)",
               5,
               {},
               {}};
  Insert person_tag_{"INSERT INTO person_tag (person_id, tag_id) VALUES ", "(?, ?)", 2, {}, {}};
  Insert note_{"INSERT INTO note (person_id, body, created_at) VALUES ", "(?, ?, ?)", 3, {}, {}};
};

}  // namespace kith::store
