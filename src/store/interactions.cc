#include "store/interactions.h"

#include <SQLiteCpp/Statement.h>

#include "store/row.h"

namespace kith::store {

Result<std::optional<int64_t>> AddInteraction(Db& db, const core::Interaction& in,
                                              const std::vector<int64_t>& person_ids, int64_t now) {
  return Guard("adding an interaction", [&]() -> Result<std::optional<int64_t>> {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO interaction (kind, at, direction, summary, source, "
                        "source_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (source, source_key) DO NOTHING");
    q.bind(1, std::string(core::Name(in.kind)));
    q.bind(2, in.at);
    q.bind(3, std::string(core::Name(in.direction)));
    q.bind(4, in.summary);
    q.bind(5, in.source.empty() ? std::string("manual") : in.source);
    if (in.source_key.empty()) {
      q.bind(6);
    } else {
      q.bind(6, in.source_key);
    }
    q.bind(7, now);
    if (q.exec() == 0) return std::optional<int64_t>();
    int64_t id = db.sql().getLastInsertRowid();
    SQLite::Statement p(db.sql(),
                        "INSERT INTO interaction_participant (person_id, at, interaction_id, "
                        "kind, direction) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    for (int64_t person : person_ids) {
      p.bind(1, person);
      p.bind(2, in.at);
      p.bind(3, id);
      p.bindNoCopy(4, core::Name(in.kind).data());
      p.bindNoCopy(5, core::Name(in.direction).data());
      p.exec();
      p.reset();
    }
    return std::optional<int64_t>(id);
  });
}

Result<std::vector<core::Interaction>> RecentInteractions(Db& db, int64_t person_id, int limit) {
  return Guard("reading interactions", [&]() -> Result<std::vector<core::Interaction>> {
    // One statement: the latest `limit` of the person's interactions (a range
    // of the participant key), each joined to its row and to every
    // participant, a row per participant.
    SQLite::Statement& q = db.Cached(
        "WITH recent AS MATERIALIZED ("
        "  SELECT interaction_id, at FROM interaction_participant WHERE person_id = ? "
        "  ORDER BY at DESC, interaction_id DESC LIMIT ?) "
        "SELECT i.id, i.kind, i.at, i.direction, i.summary, i.source, "
        "coalesce(i.source_key, ''), p.id, p.name FROM recent r "
        "JOIN interaction i ON i.id = r.interaction_id "
        "JOIN interaction_participant ip ON ip.interaction_id = r.interaction_id "
        "JOIN person p ON p.id = ip.person_id "
        "ORDER BY r.at DESC, r.interaction_id DESC, p.id");
    q.bind(1, person_id);
    q.bind(2, limit);
    std::vector<core::Interaction> out;
    while (q.executeStep()) {
      int64_t id = q.getColumn(0).getInt64();
      if (out.empty() || out.back().id != id) {
        core::Interaction& in = out.emplace_back();
        in.id = id;
        in.kind = core::ParseInteractionKind(q.getColumn(1).getString())
                      .value_or(core::InteractionKind::kOther);
        in.at = q.getColumn(2).getInt64();
        in.direction =
            core::ParseDirection(q.getColumn(3).getString()).value_or(core::Direction::kMutual);
        in.summary = q.getColumn(4).getString();
        in.source = q.getColumn(5).getString();
        in.source_key = q.getColumn(6).getString();
      }
      out.back().participants.push_back({q.getColumn(7).getInt64(), q.getColumn(8).getString()});
    }
    return out;
  });
}

}  // namespace kith::store
