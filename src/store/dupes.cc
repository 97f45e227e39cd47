#include "store/dupes.h"

#include <algorithm>
#include <unordered_map>

#include "store/row.h"
#include "util/text.h"

namespace kith::store {
namespace {

void AddEmailDomains(Db& db, std::vector<DupePerson>& people) {
  std::unordered_map<int64_t, size_t> index;
  for (size_t i = 0; i < people.size(); ++i) index.emplace(people[i].id, i);
  SQLite::Statement q(db.sql(),
                      "SELECT person_id, substr(normalized, instr(normalized, '@') + 1) "
                      "FROM contact_point WHERE kind = 'email' ORDER BY person_id, 2");
  while (q.executeStep()) {
    auto it = index.find(q.getColumn(0).getInt64());
    if (it == index.end()) continue;
    auto& domains = people[it->second].email_domains;
    std::string domain = q.getColumn(1).getString();
    if (domains.empty() || domains.back() != domain) domains.push_back(std::move(domain));
  }
}

}  // namespace

Result<std::vector<DupePerson>> LoadDupePeople(Db& db) {
  return Guard("reading people", [&]() -> Result<std::vector<DupePerson>> {
    SQLite::Statement q(db.sql(),
                        "SELECT id, name, name_folded, company, is_me FROM person "
                        "WHERE archived_at IS NULL ORDER BY id");
    std::vector<DupePerson> out;
    while (q.executeStep()) {
      std::string company = q.getColumn(3).getString();
      std::string folded = Fold(company);
      out.push_back({q.getColumn(0).getInt64(),
                     q.getColumn(1).getString(),
                     q.getColumn(2).getString(),
                     std::move(company),
                     std::move(folded),
                     q.getColumn(4).getInt() == 1,
                     {}});
    }
    AddEmailDomains(db, out);
    return out;
  });
}

Result<std::vector<SharedContact>> LoadSharedContacts(Db& db) {
  return Guard("reading shared contacts", [&]() -> Result<std::vector<SharedContact>> {
    // UNIQUE (person_id, kind, normalized): each person counts once per value.
    SQLite::Statement q(db.sql(),
                        "SELECT c.kind, c.normalized, group_concat(c.person_id, char(31)) "
                        "FROM contact_point c JOIN person p ON p.id = c.person_id "
                        "WHERE c.kind IN ('email', 'phone') AND p.archived_at IS NULL "
                        "GROUP BY c.kind, c.normalized HAVING count(*) > 1 ORDER BY 1, 2");
    std::vector<SharedContact> out;
    while (q.executeStep()) {
      SharedContact shared;
      shared.kind = q.getColumn(0).getString() == "phone" ? core::ContactKind::kPhone
                                                          : core::ContactKind::kEmail;
      shared.normalized = q.getColumn(1).getString();
      for (const auto& id : SplitUnitSeparated(q.getColumn(2).getString())) {
        shared.person_ids.push_back(std::stoll(id));
      }
      std::sort(shared.person_ids.begin(), shared.person_ids.end());
      out.push_back(std::move(shared));
    }
    return out;
  });
}

}  // namespace kith::store
