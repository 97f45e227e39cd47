// The keys identity resolution matches on (import/people_merger.h), held in
// memory for one import run: which people have a contact point (kind and
// normalized value), and who has a folded name, with their company.
//
// Load() reads every person and contact point once; the merger then records
// each person it creates, each contact point it adds and each company it
// fills, so a record costs a few hash look-ups rather than a SELECT per key.
// The index is right only while nothing else writes people, their names or
// companies, or contact points during its life; its owner must see to that.
//
//   auto index = IdentityIndex::Load(db);
//   if (!index) return index.status();
//   auto ids = index->WithContact(core::ContactKind::kEmail, "ana@example.com");
//   if (ids.size() == 1) ...  // that person
//
// Not thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/kinds.h"
#include "store/db.h"

namespace kith::import {

class IdentityIndex {
 public:
  struct Named {
    int64_t id = 0;
    std::string company;  // as stored, not folded
  };

  // Everyone `db` holds now.
  static Result<IdentityIndex> Load(store::Db& db);

  // The people with a contact point of `kind` whose normalized value is
  // `normalized`, each once.
  std::span<const int64_t> WithContact(core::ContactKind kind, std::string_view normalized) const;
  // Notes that `person_id` has that contact point; false when it had already
  // (the database's UNIQUE (person_id, kind, normalized) would refuse it).
  bool AddContact(int64_t person_id, core::ContactKind kind, std::string_view normalized);

  // The people whose folded name is `name_folded`, by ascending id.
  std::span<const Named> WithName(std::string_view name_folded) const;
  // The folded name of a person noted by AddPerson; empty for anyone else.
  std::string_view NameOf(int64_t id) const;
  // Notes a person (created, or read at load).
  void AddPerson(int64_t id, std::string_view name_folded, std::string_view company);
  // Notes a person's new company.
  void SetCompany(int64_t id, std::string_view name_folded, std::string_view company);

 private:
  static std::string ContactKey(core::ContactKind kind, std::string_view normalized);

  std::unordered_map<std::string, std::vector<int64_t>> by_contact_;
  std::unordered_map<std::string, std::vector<Named>> by_name_;
  std::unordered_map<int64_t, std::string> name_of_;
};

}  // namespace kith::import
