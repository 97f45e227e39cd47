#include "store/opportunities.h"

namespace kith::store {

Result<int64_t> InsertOpportunity(Db& db, const std::string& title, const std::string& kind,
                                  const std::string& status, const std::vector<int64_t>& people,
                                  int64_t now) {
  return Guard("adding an opportunity", [&]() -> Result<int64_t> {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO opportunity (title, kind, status, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?)");
    q.bind(1, title);
    q.bind(2, kind);
    q.bind(3, status);
    q.bind(4, now);
    q.bind(5, now);
    q.exec();
    int64_t id = db.sql().getLastInsertRowid();
    SQLite::Statement link(db.sql(),
                           "INSERT OR IGNORE INTO opportunity_person (opportunity_id, person_id) "
                           "VALUES (?, ?)");
    for (int64_t person : people) {
      link.bind(1, id);
      link.bind(2, person);
      link.exec();
      link.reset();
    }
    return id;
  });
}

Result<bool> SetOpportunityStatus(Db& db, int64_t id, const std::string& status, int64_t now) {
  return Guard("changing an opportunity", [&]() -> Result<bool> {
    SQLite::Statement q(db.sql(), "UPDATE opportunity SET status = ?, updated_at = ? WHERE id = ?");
    q.bind(1, status);
    q.bind(2, now);
    q.bind(3, id);
    return q.exec() > 0;
  });
}

Result<std::vector<Opportunity>> ListOpportunities(Db& db, const std::string& status,
                                                   int64_t person_id) {
  return Guard("listing opportunities", [&]() -> Result<std::vector<Opportunity>> {
    SQLite::Statement& q = db.Cached(
        "SELECT o.id, o.title, o.kind, o.status, o.updated_at, p.id, p.name FROM opportunity o "
        "LEFT JOIN opportunity_person op ON op.opportunity_id = o.id "
        "LEFT JOIN person p ON p.id = op.person_id "
        "WHERE (? = '' OR o.status = ?) AND (? = 0 OR EXISTS (SELECT 1 FROM opportunity_person x "
        "  WHERE x.opportunity_id = o.id AND x.person_id = ?)) "
        "ORDER BY o.updated_at DESC, o.id DESC, p.name_folded");
    q.bind(1, status);
    q.bind(2, status);
    q.bind(3, person_id);
    q.bind(4, person_id);
    std::vector<Opportunity> out;
    while (q.executeStep()) {
      int64_t id = q.getColumn(0).getInt64();
      if (out.empty() || out.back().id != id) {
        out.push_back({id,
                       q.getColumn(1).getString(),
                       q.getColumn(2).getString(),
                       q.getColumn(3).getString(),
                       {},
                       q.getColumn(4).getInt64()});
      }
      if (!q.getColumn(5).isNull()) {
        out.back().people.push_back({q.getColumn(5).getInt64(), q.getColumn(6).getString()});
      }
    }
    return out;
  });
}

}  // namespace kith::store
