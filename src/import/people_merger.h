// Identity resolution for imports: the same person arriving from the phone,
// LinkedIn and mail becomes one person.
//
// A record matches an existing person by, in order: a normalized email
// (case, Gmail dots and +tags), a phone in E.164 (libphonenumber, the
// configured region for numbers without +country), then the same folded
// name with the same company or a shared non-webmail email domain, or the
// same folded name when either side has no company. The first key that
// finds exactly one person wins; otherwise a new person is created. What the
// record adds (contact points, an empty company or title, a date kith
// doesn't have, tags, a note) is written; nothing kith already has is
// overwritten. Run inside the caller's transaction.
//
// The keys are matched in memory (import/identity_index.h), read from the
// database at the first record and again at the next record after anyone
// else wrote through the connection. New people are written many at a time
// (store/new_people.h): ApplyPrepared writes its record's before it returns,
// ApplyBatch a whole batch's; a stored person is read or changed only after
// what is queued has been written.
//
// Contact values that don't parse (a phone libphonenumber rejects, an email
// without a domain) are skipped and reported, not fatal: real exports hold
// "ext. 12" and "n/a".
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/contact.h"
#include "core/person.h"
#include "import/identity_index.h"
#include "import/person_record.h"
#include "store/db.h"
#include "store/new_people.h"

namespace kith::import {

struct ImportReport {
  int64_t created = 0;
  int64_t merged = 0;     // matched an existing person and added something
  int64_t unchanged = 0;  // matched and had nothing new
  int64_t skipped = 0;    // records without a name or any contact point
  int64_t contacts_added = 0;
  // From mail, calendars and chats (import/conversations.h).
  int64_t interactions_added = 0;
  int64_t already_imported = 0;  // interactions whose source key was stored before
  int64_t edges_counted = 0;     // sightings of two people together (knows)
  int64_t left_out_people = 0;   // correspondents without two-way exchange: counted, not created
  std::map<std::string, int64_t> messages_skipped;  // why -> how many ("mailing list": 12)
  std::vector<std::string> warnings;                // "contacts.vcf:12: skipped phone 'n/a': ..."
  std::vector<int64_t> touched;                     // ids created or merged
};

// A record's contact point once normalized.
struct CheckedContact {
  core::ContactValue value;
  std::string label;
};

// A record made ready for matching by PeopleMerger::Prepare: its contact
// values normalized, its text fields trimmed (those over the size limits
// emptied), its name and company folded, and what was left out of it.
struct PreparedRecord {
  PersonRecord record;
  std::vector<CheckedContact> contacts;     // the values that normalized
  std::vector<std::string> emails, phones;  // their normalized values, for matching
  std::string name_folded, company_folded;
  bool named = false;  // a name of their own, not one taken from the company or an email
  std::vector<std::string> warnings;  // "contacts.vcf:12: skipped phone 'n/a': ..."
  bool skipped = false;               // no name, company or email to call them by
};

class PeopleMerger {
 public:
  PeopleMerger(store::Db& db, std::string region, int64_t now)
      : db_(db), region_(std::move(region)), now_(now) {}

  // The work on a record that needs no database: pure and thread-safe, so a
  // file's records can be prepared on another thread (import/record_pipeline.h).
  static PreparedRecord Prepare(PersonRecord record, std::string_view region);

  // Matches or creates the person `record` describes and adds what is new.
  Status Apply(const PersonRecord& record, ImportReport& report);
  // The same, returning the person's id (0 when the record was skipped).
  Result<int64_t> ApplyForId(const PersonRecord& record, ImportReport& report);
  Result<int64_t> ApplyPrepared(PreparedRecord prepared, ImportReport& report);
  // The same for many records, their new people written together at the end.
  // After a failure, nothing since the last success is written: roll back.
  Status ApplyBatch(std::span<PreparedRecord> batch, ImportReport& report);

  const std::string& region() const { return region_; }

 private:
  Result<int64_t> ApplyQueued(PreparedRecord prepared, ImportReport& report);
  Status FlushNew();
  Result<int64_t> Resolve(const PreparedRecord& prepared, ImportReport& report);
  Result<int64_t> Create(const PreparedRecord& prepared, ImportReport& report);
  Result<std::vector<core::ContactPoint>> StoredContacts(int64_t id);
  Status LoadIndex();
  Result<int64_t> FindMatch(const PreparedRecord& prepared);
  std::optional<int64_t> SharedKeyHolder(const PreparedRecord& prepared,
                                         std::span<const int64_t> holders) const;
  Result<bool> FillEmptyFields(int64_t id, const PersonRecord& record);
  Result<bool> AddWhatIsNew(int64_t id, const PersonRecord& record,
                            const std::vector<CheckedContact>& contacts, ImportReport& report);

  store::Db& db_;
  std::string region_;
  int64_t now_;
  store::NewPeople new_people_{db_};    // created, not yet written
  std::optional<IdentityIndex> index_;  // loaded at the first record that needs it
  int64_t changes_seen_ = 0;            // db_.ChangeCount() when index_ was last right
  // Who this merger created, and from which file: two records of one file
  // are never the same person by name alone (an export keeps namesakes
  // apart; a shared email or phone still merges them).
  std::unordered_map<int64_t, std::string> created_from_;
};

}  // namespace kith::import
