// The raw material for finding people entered twice; app/dupes.h weighs it.
//
// Both reads cover active people only (archived ones are left alone) and cost
// one pass each: no pairs are formed here. Run on the caller's connection.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/kinds.h"
#include "store/db.h"

namespace kith::store {

struct DupePerson {
  int64_t id = 0;
  std::string name;
  std::string name_folded;
  std::string company;
  std::string company_folded;  // util/text.h Fold
  bool is_me = false;
  std::vector<std::string> email_domains;  // "acme.com", from normalized emails, sorted
};

// Every active person, by id.
Result<std::vector<DupePerson>> LoadDupePeople(Db& db);

struct SharedContact {
  core::ContactKind kind = core::ContactKind::kEmail;
  std::string normalized;           // "ana@acme.com", "+442079460958"
  std::vector<int64_t> person_ids;  // two or more, ascending
};

// Emails and phones that two or more active people have (grouped on the
// contact_point_by_value index), by kind then value.
Result<std::vector<SharedContact>> LoadSharedContacts(Db& db);

}  // namespace kith::store
