#include "store/network.h"

#include <SQLiteCpp/Statement.h>

#include "store/row.h"

namespace kith::store {
namespace {

int64_t Count(Db& db, const char* sql, int64_t param = 0) {
  SQLite::Statement q(db.sql(), sql);
  if (q.getBindParameterCount() > 0) q.bind(1, param);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::vector<std::pair<std::string, int64_t>> Top(Db& db, const char* sql) {
  SQLite::Statement q(db.sql(), sql);
  std::vector<std::pair<std::string, int64_t>> out;
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
  return out;
}

}  // namespace

Result<NetworkSummary> SummarizeNetwork(Db& db, int64_t now) {
  return Guard("summarizing the network", [&]() -> Result<NetworkSummary> {
    NetworkSummary s;
    s.people = Count(db, "SELECT count(*) FROM person WHERE archived_at IS NULL AND is_me = 0");
    s.archived = Count(db, "SELECT count(*) FROM person WHERE archived_at IS NOT NULL");
    s.interactions = Count(db, "SELECT count(*) FROM interaction");
    s.interactions_last_30_days =
        Count(db, "SELECT count(*) FROM interaction WHERE at > ?", now - 30 * 86400);
    s.knows_edges = Count(db, "SELECT count(*) FROM knows");
    s.facts = Count(db, "SELECT count(*) FROM fact");
    s.open_needs =
        Count(db, "SELECT count(*) FROM need_offer WHERE side = 'need' AND status = 'open'");
    s.open_offers =
        Count(db, "SELECT count(*) FROM need_offer WHERE side = 'offer' AND status = 'open'");
    SQLite::Statement span(db.sql(), "SELECT min(at), max(at) FROM interaction");
    span.executeStep();
    s.first_interaction_at = OptionalInt(span, 0);
    s.last_interaction_at = OptionalInt(span, 1);
    s.top_tags =
        Top(db,
            "SELECT t.name, count(*) AS n FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
            "GROUP BY t.id ORDER BY n DESC, t.name_folded LIMIT 5");
    s.top_companies = Top(db,
                          "SELECT company, count(*) AS n FROM person WHERE company <> '' AND "
                          "archived_at IS NULL GROUP BY company ORDER BY n DESC, company LIMIT 5");
    SQLite::Statement most(db.sql(),
                           "SELECT p.id, p.name, count(*) AS n FROM interaction_participant ip "
                           "JOIN person p ON p.id = ip.person_id WHERE ip.at > ? AND ip.at <= ? "
                           "AND p.archived_at IS NULL AND p.is_me = 0 "
                           "GROUP BY p.id ORDER BY n DESC, p.id LIMIT 1");
    most.bind(1, now - 365 * 86400);
    most.bind(2, now);
    if (most.executeStep()) {
      s.most_in_touch =
          core::PersonRef{most.getColumn(0).getInt64(), most.getColumn(1).getString()};
    }
    return s;
  });
}

}  // namespace kith::store
