// What kith remembers about a person: contact points, facts, notes, tags,
// important dates, needs and offers. Writes keep the search index in step
// (database triggers, same transaction). Reads come back in a stable order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/contact.h"
#include "core/person.h"
#include "store/db.h"

namespace kith::store {

// Adds a contact point; adding one the person already has (same kind and
// normalized value) changes nothing and returns false.
Result<bool> AddContact(Db& db, int64_t person_id, const core::ContactValue& contact,
                        const std::string& label, int64_t now);
Result<int64_t> AddFact(Db& db, int64_t person_id, core::FactKind kind, const std::string& text,
                        int64_t now);
Result<int64_t> AddNote(Db& db, int64_t person_id, const std::string& body, int64_t now);
Result<int64_t> AddNeedOffer(Db& db, int64_t person_id, core::Side side, const std::string& text,
                             int64_t now);
// Sets the date of `kind` ("birthday"), replacing an earlier one of that kind.
Status SetImportantDate(Db& db, int64_t person_id, const std::string& kind, const Date& date);
// Tags a person, creating the tag on first use; tag names match folded
// ("Runner" and "runner" are one tag, spelled as first typed). Returns false
// when the person already had it.
Result<bool> AddTag(Db& db, int64_t person_id, const std::string& tag);

Result<std::vector<core::ContactPoint>> ContactsOf(Db& db, int64_t person_id);
Result<std::vector<std::string>> TagsOf(Db& db, int64_t person_id);
Result<std::vector<core::Fact>> FactsOf(Db& db, int64_t person_id);
Result<std::vector<core::Note>> NotesOf(Db& db, int64_t person_id, int limit);
Result<std::vector<core::NeedOffer>> NeedsOffersOf(Db& db, int64_t person_id);
Result<std::vector<core::ImportantDate>> DatesOf(Db& db, int64_t person_id);

}  // namespace kith::store
