#include "import/people_merger.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "core/contact.h"
#include "core/names.h"
#include "store/details.h"
#include "store/people.h"
#include "util/text.h"

namespace kith::import {
namespace {

constexpr size_t kMaxName = 1000;
constexpr size_t kMaxField = 2000;
constexpr size_t kMaxNote = 100000;
constexpr size_t kMaxWarnings = 1000;
constexpr size_t kMaxNamesakes = 50;
constexpr size_t kMaxTag = 100;

// "contacts.vcf" of "contacts.vcf:12".
std::string_view FileOf(std::string_view place) { return place.substr(0, place.rfind(':')); }

std::string Domain(const std::string& normalized_email) {
  return normalized_email.substr(normalized_email.rfind('@') + 1);
}

void Warn(ImportReport& report, std::string message) {
  if (report.warnings.size() < kMaxWarnings) report.warnings.push_back(std::move(message));
}

// The record's text fields, trimmed and within limits (over-long ones dropped
// with a warning).
std::string Field(const PersonRecord& r, const char* what, const std::string& text, size_t max,
                  std::vector<std::string>& warnings) {
  std::string_view t = Trim(text);
  if (t.size() <= max) return std::string(t);
  warnings.push_back(fmt::format("{}: {} longer than {} bytes, left out", r.place, what, max));
  return {};
}

// A display name for a card without one: its company, else its first email.
std::string NameOf(const PersonRecord& r, const std::vector<CheckedContact>& contacts) {
  if (!Trim(r.name).empty()) return std::string(Trim(r.name));
  if (!Trim(r.company).empty()) return std::string(Trim(r.company));
  for (const auto& c : contacts) {
    if (c.value.kind == core::ContactKind::kEmail) return c.value.value;
  }
  return {};
}

}  // namespace

PreparedRecord PeopleMerger::Prepare(PersonRecord record, std::string_view region) {
  PreparedRecord out;
  for (const auto& c : record.contacts) {
    auto value = core::MakeContactValue(c.kind, c.value, region);
    if (!value) {
      out.warnings.push_back(fmt::format("{}: skipped {}: {}", record.place, core::Name(c.kind),
                                         value.status().message()));
      continue;
    }
    if (c.kind == core::ContactKind::kEmail) out.emails.push_back(value->normalized);
    if (c.kind == core::ContactKind::kPhone) out.phones.push_back(value->normalized);
    out.contacts.push_back({std::move(*value), Field(record, "label", c.label, 100, out.warnings)});
  }
  out.named = !Trim(record.name).empty();
  record.name = Field(record, "name", NameOf(record, out.contacts), kMaxName, out.warnings);
  record.company = Field(record, "company", record.company, kMaxField, out.warnings);
  record.title = Field(record, "title", record.title, kMaxField, out.warnings);
  record.note = Field(record, "note", record.note, kMaxNote, out.warnings);
  if (record.name.empty() || record.name.find('\n') != std::string::npos) {
    out.skipped = true;
    out.warnings.push_back(fmt::format("{}: skipped: no name, company or email", record.place));
  }
  out.name_folded = Fold(record.name);
  out.company_folded = Fold(record.company);
  out.record = std::move(record);
  return out;
}

Status PeopleMerger::Apply(const PersonRecord& record, ImportReport& report) {
  return ApplyForId(record, report).status();
}

Result<int64_t> PeopleMerger::ApplyForId(const PersonRecord& record, ImportReport& report) {
  return ApplyPrepared(Prepare(record, region_), report);
}

Result<int64_t> PeopleMerger::ApplyPrepared(PreparedRecord prepared, ImportReport& report) {
  auto id = ApplyQueued(std::move(prepared), report);
  if (!id) return id;
  KITH_RETURN_IF_ERROR(FlushNew());
  return id;
}

Status PeopleMerger::ApplyBatch(std::span<PreparedRecord> batch, ImportReport& report) {
  for (auto& prepared : batch) {
    auto id = ApplyQueued(std::move(prepared), report);
    if (!id) return id.status();
  }
  return FlushNew();
}

Result<int64_t> PeopleMerger::ApplyQueued(PreparedRecord prepared, ImportReport& report) {
  for (auto& w : prepared.warnings) Warn(report, std::move(w));
  if (prepared.skipped) {
    ++report.skipped;
    return int64_t{0};
  }
  auto id = Resolve(prepared, report);
  if (id) {
    changes_seen_ = db_.ChangeCount();  // the index holds what this record wrote
  } else {
    index_.reset();       // it may hold what failed to be written
    new_people_.Clear();  // the caller rolls back: none of it is to be written
  }
  return id;
}

Status PeopleMerger::FlushNew() {
  if (new_people_.empty()) return Status::Ok();
  bool in_step = index_ && db_.ChangeCount() == changes_seen_;
  Status flushed = new_people_.Flush();
  if (!flushed.ok()) {
    index_.reset();  // it holds people who were not written
  } else if (in_step) {
    changes_seen_ = db_.ChangeCount();  // the index already holds them
  }
  return flushed;
}

Result<int64_t> PeopleMerger::Resolve(const PreparedRecord& prepared, ImportReport& report) {
  const PersonRecord& clean = prepared.record;
  KITH_RETURN_IF_ERROR(LoadIndex());
  auto match = FindMatch(prepared);
  if (!match) return match.status();
  if (*match == 0) return Create(prepared, report);
  int64_t id = *match;
  // What follows reads and writes the stored person the usual way.
  KITH_RETURN_IF_ERROR(FlushNew());
  auto changed = AddWhatIsNew(id, clean, prepared.contacts, report);
  if (!changed) return changed.status();
  if (*changed) {
    ++report.merged;
    report.touched.push_back(id);
  } else {
    ++report.unchanged;
  }
  return id;
}

// A new person has nothing to read back: they are queued whole.
Result<int64_t> PeopleMerger::Create(const PreparedRecord& prepared, ImportReport& report) {
  const PersonRecord& r = prepared.record;
  store::NewPerson p;
  p.name = r.name;
  p.name_folded = prepared.name_folded;
  p.company = r.company;
  p.title = r.title;
  for (const auto& [kind, date] : r.dates) p.dates.emplace_back(kind, date);
  for (const auto& tag : r.tags) {
    std::string_view t = Trim(tag);
    if (!t.empty() && t.size() <= kMaxTag) p.tags.emplace_back(t);
  }
  p.note = r.note;
  for (const auto& c : prepared.contacts) {
    // One the record gives twice is written once, as UNIQUE (person_id, kind, normalized) asks.
    bool twice = std::any_of(p.contacts.begin(), p.contacts.end(), [&](const auto& seen) {
      return seen.kind == c.value.kind && seen.normalized == c.value.normalized;
    });
    if (!twice) p.contacts.push_back({c.value.kind, c.value.value, c.value.normalized, c.label});
  }
  const auto contacts = static_cast<int64_t>(p.contacts.size());
  auto id = new_people_.Add(std::move(p), now_);
  if (!id) return id.status();
  index_->AddPerson(*id, prepared.name_folded, r.company);
  for (const auto& c : prepared.contacts) index_->AddContact(*id, c.value.kind, c.value.normalized);
  created_from_.emplace(*id, FileOf(r.place));
  report.contacts_added += contacts;
  ++report.created;
  report.touched.push_back(*id);
  return *id;
}

// Someone else's write since the last record (a test's, a restored backup)
// may have added people or contact points the index doesn't know.
Status PeopleMerger::LoadIndex() {
  if (index_ && db_.ChangeCount() == changes_seen_) return Status::Ok();
  KITH_RETURN_IF_ERROR(FlushNew());
  auto loaded = IdentityIndex::Load(db_);
  if (!loaded) return loaded.status();
  index_.emplace(std::move(*loaded));
  changes_seen_ = db_.ChangeCount();
  return Status::Ok();
}

// A person's contact points as stored, with what is queued written first.
Result<std::vector<core::ContactPoint>> PeopleMerger::StoredContacts(int64_t id) {
  KITH_RETURN_IF_ERROR(FlushNew());
  return store::ContactsOf(db_, id);
}

// A key people share (core::MayBeShared) matches the one person holding it
// whose name agrees (a card without a name, the one person holding it);
// `kith dupes` shows the rest.
std::optional<int64_t> PeopleMerger::SharedKeyHolder(const PreparedRecord& prepared,
                                                     std::span<const int64_t> holders) const {
  if (holders.size() > core::kMaxKeyHolders) return std::nullopt;
  if (!prepared.named) return holders.size() == 1 ? std::optional(holders[0]) : std::nullopt;
  std::optional<int64_t> agreeing;
  int agree = 0;
  for (int64_t id : holders) {
    if (core::NamesAgree(prepared.name_folded, index_->NameOf(id))) {
      agreeing = id;
      ++agree;
    }
  }
  return agree == 1 ? agreeing : std::nullopt;
}

Result<int64_t> PeopleMerger::FindMatch(const PreparedRecord& prepared) {
  const PersonRecord& r = prepared.record;
  const std::vector<std::string>& emails = prepared.emails;
  const std::vector<std::string>& phones = prepared.phones;
  struct Key {
    core::ContactKind kind;
    const std::vector<std::string>& values;
  };
  for (const Key& key :
       {Key{core::ContactKind::kEmail, emails}, Key{core::ContactKind::kPhone, phones}}) {
    for (const auto& value : key.values) {
      auto found = index_->WithContact(key.kind, value);
      if (core::MayBeShared(key.kind, value)) {
        if (auto id = SharedKeyHolder(prepared, found)) return *id;
      } else if (found.size() == 1) {
        return found[0];
      }
    }
  }
  // The first 50 namesakes by id, as a look-up in the database would find.
  auto named = index_->WithName(prepared.name_folded);
  named = named.first(std::min<size_t>(named.size(), kMaxNamesakes));
  std::vector<IdentityIndex::Named> same;
  std::string_view file = FileOf(r.place);
  for (const auto& m : named) {
    auto made = created_from_.find(m.id);
    if (made == created_from_.end() || made->second != file) same.push_back(m);
  }
  const std::string& company = prepared.company_folded;
  std::vector<int64_t> by_company, open;
  for (const auto& m : same) {
    if (!company.empty() && Fold(m.company) == company) by_company.push_back(m.id);
    if (company.empty() || m.company.empty()) open.push_back(m.id);
  }
  if (by_company.size() == 1) return by_company[0];
  for (const auto& email : emails) {
    std::string domain = Domain(email);
    if (core::IsFreeMailDomain(domain)) continue;
    for (const auto& m : same) {
      auto theirs = StoredContacts(m.id);
      if (!theirs) return theirs.status();
      for (const auto& c : *theirs) {
        if (c.kind == core::ContactKind::kEmail && Domain(c.normalized) == domain) return m.id;
      }
    }
  }
  if (open.size() != 1) return int64_t{0};
  if (r.name_alone_matches) return open[0];
  auto theirs = StoredContacts(open[0]);
  if (!theirs) return theirs.status();
  bool has_email = std::any_of(theirs->begin(), theirs->end(),
                               [](const auto& c) { return c.kind == core::ContactKind::kEmail; });
  return has_email ? int64_t{0} : open[0];
}

// Adds to a stored person what the record has and they don't.
Result<bool> PeopleMerger::AddWhatIsNew(int64_t id, const PersonRecord& r,
                                        const std::vector<CheckedContact>& contacts,
                                        ImportReport& report) {
  bool changed = false;
  for (const auto& c : contacts) {
    // One the person has (in the database or earlier in this record) would change nothing.
    if (!index_->AddContact(id, c.value.kind, c.value.normalized)) continue;
    auto added = store::AddContact(db_, id, c.value, c.label, now_);
    if (!added) return added.status();
    if (*added) ++report.contacts_added;
    changed = changed || *added;
  }
  auto filled = FillEmptyFields(id, r);
  if (!filled) return filled.status();
  changed = changed || *filled;
  auto dates = store::DatesOf(db_, id);
  if (!dates) return dates.status();
  for (const auto& [kind, date] : r.dates) {
    bool have =
        std::any_of(dates->begin(), dates->end(), [&](const auto& d) { return d.kind == kind; });
    if (have) continue;
    KITH_RETURN_IF_ERROR(store::SetImportantDate(db_, id, kind, date));
    changed = true;
  }
  for (const auto& tag : r.tags) {
    std::string t(Trim(tag));
    if (t.empty() || t.size() > kMaxTag) continue;
    auto added = store::AddTag(db_, id, t);
    if (!added) return added.status();
    changed = changed || *added;
  }
  if (!r.note.empty()) {
    auto notes = store::NotesOf(db_, id, 1000);
    if (!notes) return notes.status();
    bool have =
        std::any_of(notes->begin(), notes->end(), [&](const auto& n) { return n.body == r.note; });
    if (!have) {
      auto added = store::AddNote(db_, id, r.note, now_);
      if (!added) return added.status();
      changed = true;
    }
  }
  return changed;
}

Result<bool> PeopleMerger::FillEmptyFields(int64_t id, const PersonRecord& r) {
  auto person = store::GetPerson(db_, id);
  if (!person) return person.status();
  bool fill_company = person->company.empty() && !r.company.empty();
  bool fill_title = person->title.empty() && !r.title.empty();
  if (fill_company) person->company = r.company;
  if (fill_title) person->title = r.title;
  if (fill_company || fill_title) {
    KITH_RETURN_IF_ERROR(store::UpdatePerson(db_, *person, now_));
    if (fill_company) index_->SetCompany(id, Fold(person->name), person->company);
    return true;
  }
  return false;
}

}  // namespace kith::import
