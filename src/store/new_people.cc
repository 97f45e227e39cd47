#include "store/new_people.h"

#include <algorithm>
#include <utility>

#include "store/row.h"
#include "util/text.h"

namespace kith::store {
namespace {

// A later date of a kind already there replaces it, in its place.
void KeepOnePerKind(std::vector<std::pair<std::string, Date>>& dates) {
  std::vector<std::pair<std::string, Date>> kept;
  for (auto& [kind, date] : dates) {
    auto same =
        std::find_if(kept.begin(), kept.end(), [&](const auto& k) { return k.first == kind; });
    if (same == kept.end()) {
      kept.emplace_back(std::move(kind), date);
    } else {
      same->second = date;
    }
  }
  dates = std::move(kept);
}

// The first spelling of each folded tag.
void KeepOnePerFolding(std::vector<std::string>& tags) {
  std::vector<std::string> kept, folded;
  for (auto& tag : tags) {
    std::string f = Fold(tag);
    if (std::find(folded.begin(), folded.end(), f) != folded.end()) continue;
    folded.push_back(std::move(f));
    kept.push_back(std::move(tag));
  }
  tags = std::move(kept);
}

// Binds TEXT that lives until the statement has run.
void Text(SQLite::Statement& q, int index, const std::string& text) { q.bindNoCopy(index, text); }

void Run(SQLite::Statement& q) {
  q.exec();
  q.reset();
}

}  // namespace

Result<int64_t> NewPeople::Add(NewPerson person, int64_t now) {
  if (queue_.empty()) {
    auto last = Guard("numbering new people", [&]() -> Result<int64_t> {
      SQLite::Statement& q = db_.Cached("SELECT coalesce(max(id), 0) FROM person");
      q.executeStep();
      int64_t last = q.getColumn(0).getInt64();
      q.reset();
      return last;
    });
    if (!last) return last.status();
    next_id_ = *last + 1;
  }
  KeepOnePerKind(person.dates);
  KeepOnePerFolding(person.tags);
  queue_.push_back({next_id_, now, std::move(person)});
  return next_id_++;
}

// Rows in order: full statements of kRows, then the rest one at a time.
template <typename Row, typename Bind>
void NewPeople::Write(Insert& insert, const std::vector<Row>& rows, Bind bind) {
  size_t i = 0;
  if (rows.size() >= kRows && !insert.many) {
    insert.many.emplace(db_.sql(), Repeated(insert.head, insert.values, kRows));
  }
  for (; i + kRows <= rows.size(); i += kRows) {
    for (size_t r = 0; r < kRows; ++r) {
      bind(*insert.many, static_cast<int>(r) * insert.columns + 1, rows[i + r]);
    }
    Run(*insert.many);
  }
  if (i < rows.size() && !insert.one)
    insert.one.emplace(db_.sql(), Repeated(insert.head, insert.values, 1));
  for (; i < rows.size(); ++i) {
    bind(*insert.one, 1, rows[i]);
    Run(*insert.one);
  }
}

int64_t NewPeople::TagId(const std::string& name, const std::string& folded) {
  auto known = tag_ids_.find(folded);
  if (known != tag_ids_.end()) return known->second;
  SQLite::Statement& find = db_.Cached("SELECT id FROM tag WHERE name_folded = ?");
  Text(find, 1, folded);
  int64_t id = 0;
  if (find.executeStep()) {
    id = find.getColumn(0).getInt64();
    find.reset();
  } else {
    find.reset();
    SQLite::Statement& make = db_.Cached("INSERT INTO tag (name, name_folded) VALUES (?, ?)");
    Text(make, 1, name);
    Text(make, 2, folded);
    make.exec();
    id = db_.sql().getLastInsertRowid();
  }
  tag_ids_.emplace(folded, id);
  return id;
}

void NewPeople::WriteTags() {
  struct Tagged {
    int64_t person_id, tag_id;
  };
  std::vector<Tagged> rows;
  for (const auto& q : queue_) {
    for (const auto& tag : q.person.tags) rows.push_back({q.id, TagId(tag, Fold(tag))});
  }
  Write(person_tag_, rows, [](SQLite::Statement& s, int at, const Tagged& t) {
    s.bind(at, t.person_id);
    s.bind(at + 1, t.tag_id);
  });
}

Status NewPeople::Flush() {
  if (queue_.empty()) return Status::Ok();
  Status written = Guard("writing new people", [&]() -> Status {
    Write(person_, queue_, [](SQLite::Statement& s, int at, const Queued& q) {
      s.bind(at, q.id);
      Text(s, at + 1, q.person.name);
      Text(s, at + 2, q.person.name_folded);
      Text(s, at + 3, q.person.company);
      Text(s, at + 4, q.person.title);
      s.bind(at + 5, q.now);
      s.bind(at + 6, q.now);
    });
    struct Of {
      const Queued* q;
      size_t i;
    };
    std::vector<Of> contacts, dates;
    for (const auto& q : queue_) {
      for (size_t i = 0; i < q.person.contacts.size(); ++i) contacts.push_back({&q, i});
      for (size_t i = 0; i < q.person.dates.size(); ++i) dates.push_back({&q, i});
    }
    Write(contact_, contacts, [](SQLite::Statement& s, int at, const Of& of) {
      const NewContact& c = of.q->person.contacts[of.i];
      s.bind(at, of.q->id);
      s.bindNoCopy(at + 1, core::Name(c.kind).data());  // a literal: NUL-terminated
      Text(s, at + 2, c.value);
      Text(s, at + 3, c.normalized);
      Text(s, at + 4, c.label);
      s.bind(at + 5, of.q->now);
    });
    Write(date_, dates, [](SQLite::Statement& s, int at, const Of& of) {
      const auto& [kind, date] = of.q->person.dates[of.i];
      s.bind(at, of.q->id);
      Text(s, at + 1, kind);
      BindOptional(s, at + 2, date.year ? std::optional<int64_t>(date.year) : std::nullopt);
      s.bind(at + 3, date.month);
      s.bind(at + 4, date.day);
    });
    WriteTags();
    std::vector<const Queued*> notes;
    for (const auto& q : queue_) {
      if (!q.person.note.empty()) notes.push_back(&q);
    }
    Write(note_, notes, [](SQLite::Statement& s, int at, const Queued* q) {
      s.bind(at, q->id);
      Text(s, at + 1, q->person.note);
      s.bind(at + 2, q->now);
    });
    return Status::Ok();
  });
  queue_.clear();
  tag_ids_.clear();
  return written;
}

}  // namespace kith::store
