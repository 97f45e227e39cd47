#include "import/identity_index.h"

#include <algorithm>

#include "store/people.h"

namespace kith::import {

Result<IdentityIndex> IdentityIndex::Load(store::Db& db) {
  IdentityIndex index;
  KITH_RETURN_IF_ERROR(store::ForEachPersonName(
      db, [&](int64_t id, std::string_view name_folded, std::string_view company) {
        index.AddPerson(id, name_folded, company);
      }));
  KITH_RETURN_IF_ERROR(store::ForEachContactKey(
      db, [&](int64_t person_id, core::ContactKind kind, std::string_view normalized) {
        index.AddContact(person_id, kind, normalized);
      }));
  return index;
}

// The kind's one-byte code, then the value: no two (kind, value) pairs share a key.
std::string IdentityIndex::ContactKey(core::ContactKind kind, std::string_view normalized) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(kind)));
  key += normalized;
  return key;
}

std::span<const int64_t> IdentityIndex::WithContact(core::ContactKind kind,
                                                    std::string_view normalized) const {
  auto it = by_contact_.find(ContactKey(kind, normalized));
  if (it == by_contact_.end()) return {};
  return it->second;
}

bool IdentityIndex::AddContact(int64_t person_id, core::ContactKind kind,
                               std::string_view normalized) {
  std::vector<int64_t>& ids = by_contact_[ContactKey(kind, normalized)];
  if (std::find(ids.begin(), ids.end(), person_id) != ids.end()) return false;
  ids.push_back(person_id);
  return true;
}

std::span<const IdentityIndex::Named> IdentityIndex::WithName(std::string_view name_folded) const {
  auto it = by_name_.find(std::string(name_folded));
  if (it == by_name_.end()) return {};
  return it->second;
}

std::string_view IdentityIndex::NameOf(int64_t id) const {
  auto it = name_of_.find(id);
  return it == name_of_.end() ? std::string_view() : std::string_view(it->second);
}

void IdentityIndex::AddPerson(int64_t id, std::string_view name_folded, std::string_view company) {
  name_of_.insert_or_assign(id, std::string(name_folded));
  std::vector<Named>& people = by_name_[std::string(name_folded)];
  // New people have the highest id so far: this is an append but for a
  // person read back out of order.
  auto at = std::upper_bound(people.begin(), people.end(), id,
                             [](int64_t a, const Named& b) { return a < b.id; });
  people.insert(at, Named{id, std::string(company)});
}

void IdentityIndex::SetCompany(int64_t id, std::string_view name_folded, std::string_view company) {
  auto it = by_name_.find(std::string(name_folded));
  if (it == by_name_.end()) return;
  for (Named& n : it->second) {
    if (n.id == id) n.company = company;
  }
}

}  // namespace kith::import
