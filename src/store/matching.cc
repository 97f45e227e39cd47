#include "store/matching.h"

#include <algorithm>
#include <string_view>

namespace kith::store {

Result<std::vector<OpenAsk>> OpenAsks(Db& db) {
  return Guard("reading needs and offers", [&]() -> Result<std::vector<OpenAsk>> {
    SQLite::Statement& q = db.Cached(
        "SELECT n.id, p.id, p.name, n.side, n.text, p.is_me FROM need_offer n "
        "JOIN person p ON p.id = n.person_id "
        "WHERE n.status = 'open' AND p.archived_at IS NULL ORDER BY p.id, n.id");
    std::vector<OpenAsk> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                     q.getColumn(2).getString(),
                     std::string_view(q.getColumn(3).getText()) == "offer" ? core::Side::kOffer
                                                                           : core::Side::kNeed,
                     q.getColumn(4).getString(), q.getColumn(5).getInt() != 0});
    }
    return out;
  });
}

Result<std::vector<Interest>> Interests(Db& db) {
  return Guard("reading interests", [&]() -> Result<std::vector<Interest>> {
    SQLite::Statement& q = db.Cached(
        "SELECT f.person_id, f.text FROM fact f JOIN person p ON p.id = f.person_id "
        "WHERE p.archived_at IS NULL AND p.is_me = 0 "
        "UNION ALL "
        "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
        "JOIN person p ON p.id = pt.person_id WHERE p.archived_at IS NULL AND p.is_me = 0 "
        "ORDER BY 1");
    std::vector<Interest> out;
    while (q.executeStep()) out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString()});
    return out;
  });
}

Result<std::vector<std::pair<int64_t, int64_t>>> IntroPairs(Db& db) {
  return Guard("reading introductions", [&]() -> Result<std::vector<std::pair<int64_t, int64_t>>> {
    SQLite::Statement& q = db.Cached("SELECT a, b FROM intro");
    std::vector<std::pair<int64_t, int64_t>> out;
    while (q.executeStep()) {
      int64_t a = q.getColumn(0).getInt64(), b = q.getColumn(1).getInt64();
      out.push_back({std::min(a, b), std::max(a, b)});
    }
    return out;
  });
}

}  // namespace kith::store
