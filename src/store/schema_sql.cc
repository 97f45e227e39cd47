#include "store/schema_sql.h"

#include <fmt/format.h>

namespace kith::store::detail {

const char* const kSchemaV1 = R"sql(
CREATE TABLE event (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 1000),
  name_folded TEXT NOT NULL,
  place       TEXT NOT NULL DEFAULT '',
  starts_at   INTEGER,
  ends_at     INTEGER,
  notes       TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX event_by_name ON event(name_folded);

CREATE TABLE person (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 1000),
  name_folded  TEXT NOT NULL,
  company      TEXT NOT NULL DEFAULT '',
  title        TEXT NOT NULL DEFAULT '',
  location     TEXT NOT NULL DEFAULT '',
  met_where    TEXT NOT NULL DEFAULT '',
  met_how      TEXT NOT NULL DEFAULT '',
  met_on       INTEGER,
  met_through  INTEGER REFERENCES person(id) ON DELETE SET NULL,
  met_event    INTEGER REFERENCES event(id) ON DELETE SET NULL,
  circle       TEXT CHECK (circle IN ('inner', 'close', 'network', 'wider', 'acquaintance')),
  cadence_days INTEGER CHECK (cadence_days > 0),
  is_me        INTEGER NOT NULL DEFAULT 0 CHECK (is_me IN (0, 1)),
  archived_at  INTEGER,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX person_by_name ON person(name_folded);
CREATE UNIQUE INDEX person_only_one_me ON person(is_me) WHERE is_me = 1;

CREATE TABLE contact_point (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'url', 'handle', 'address')),
  value      TEXT NOT NULL,
  normalized TEXT NOT NULL,
  label      TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  UNIQUE (person_id, kind, normalized)
) STRICT;
CREATE INDEX contact_point_by_value ON contact_point(kind, normalized);

CREATE TABLE fact (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('pet', 'family', 'hobby', 'work', 'goal', 'like', 'other')),
  text       TEXT NOT NULL CHECK (length(text) >= 1),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX fact_by_person ON fact(person_id);

CREATE TABLE note (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  body       TEXT NOT NULL CHECK (length(body) >= 1),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX note_by_person ON note(person_id, created_at);

CREATE TABLE tag (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(name) >= 1),
  name_folded TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE person_tag (
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  tag_id    INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_tag_by_tag ON person_tag(tag_id, person_id);

CREATE TABLE important_date (
  id        INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind      TEXT NOT NULL CHECK (length(kind) >= 1),
  year      INTEGER CHECK (year IS NULL OR year BETWEEN 1 AND 9999),
  month     INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  day       INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
  UNIQUE (person_id, kind)
) STRICT;
CREATE INDEX important_date_by_day ON important_date(month, day);

CREATE TABLE need_offer (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  side       TEXT NOT NULL CHECK (side IN ('need', 'offer')),
  text       TEXT NOT NULL CHECK (length(text) >= 1),
  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'dropped')),
  created_at INTEGER NOT NULL,
  closed_at  INTEGER
) STRICT;
CREATE INDEX need_offer_by_person ON need_offer(person_id);
CREATE INDEX need_offer_open ON need_offer(side, status);

CREATE TABLE interaction (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('coffee', 'meal', 'call', 'video', 'message', 'email',
                                            'meeting', 'event', 'help', 'other')),
  at         INTEGER NOT NULL,
  direction  TEXT NOT NULL CHECK (direction IN ('out', 'in', 'mutual')),
  summary    TEXT NOT NULL DEFAULT '',
  source     TEXT NOT NULL DEFAULT 'manual',
  source_key TEXT,
  event_id   INTEGER REFERENCES event(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (source, source_key)
) STRICT;
CREATE INDEX interaction_by_time ON interaction(at);

-- One row per person in an interaction. `at` repeats interaction.at so that
-- "last contact" and "recent interactions" of a person are index look-ups.
CREATE TABLE interaction_participant (
  person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  at             INTEGER NOT NULL,
  interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, at, interaction_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX interaction_participant_by_interaction ON interaction_participant(interaction_id);

CREATE TRIGGER interaction_at_follows AFTER UPDATE OF at ON interaction BEGIN
  UPDATE interaction_participant SET at = NEW.at WHERE interaction_id = NEW.id;
END;

-- Undirected: each pair once, smaller id first.
CREATE TABLE knows (
  a          INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  b          INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  how        TEXT NOT NULL DEFAULT '',
  source     TEXT NOT NULL CHECK (source IN ('stated', 'inferred', 'intro')),
  count      INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
  strength   REAL CHECK (strength IS NULL OR strength BETWEEN 0 AND 1),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (a, b),
  CHECK (a < b)
) STRICT, WITHOUT ROWID;
CREATE INDEX knows_by_b ON knows(b, a);

CREATE TABLE event_attendee (
  event_id  INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  met       INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
  PRIMARY KEY (event_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_attendee_by_person ON event_attendee(person_id);

CREATE TABLE grp (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(name) >= 1),
  name_folded TEXT NOT NULL UNIQUE,
  created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE grp_member (
  grp_id    INTEGER NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  PRIMARY KEY (grp_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX grp_member_by_person ON grp_member(person_id);

CREATE TABLE intro (
  id         INTEGER PRIMARY KEY,
  a          INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  b          INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  reason     TEXT NOT NULL DEFAULT '',
  state      TEXT NOT NULL DEFAULT 'suggested'
             CHECK (state IN ('suggested', 'asked_first', 'asked_second', 'agreed',
                              'introduced', 'declined', 'closed')),
  outcome    TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK (a <> b)
) STRICT;
CREATE INDEX intro_by_a ON intro(a);
CREATE INDEX intro_by_b ON intro(b);

CREATE TABLE opportunity (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL CHECK (length(title) >= 1),
  kind       TEXT NOT NULL DEFAULT 'other'
             CHECK (kind IN ('job', 'referral', 'collaboration', 'deal', 'investment', 'other')),
  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost', 'closed')),
  notes      TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE opportunity_person (
  opportunity_id INTEGER NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
  person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  role           TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (opportunity_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX opportunity_person_by_person ON opportunity_person(person_id);
)sql";

const char* const kSearchIndexTable = R"sql(
CREATE VIRTUAL TABLE person_fts USING fts5(
  name, org, facts, notes, asks, tags,
  tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

const char* const kKeepInTouchV3 = R"sql(
ALTER TABLE person ADD COLUMN snoozed_until INTEGER;

-- Per-person aggregates of interactions, kept up to date on write by the app
-- (app/keep_in_touch.h) so the reconnect queue never scans interactions.
CREATE TABLE person_stats (
  person_id       INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  interactions    INTEGER NOT NULL,
  first_at        INTEGER,
  last_at         INTEGER,
  last_kind       TEXT,
  last_direction  TEXT,
  gaps            INTEGER NOT NULL,
  median_gap_days REAL NOT NULL,
  strength_log    REAL
) STRICT;

-- kith's own bookkeeping (not user settings): e.g. which model weights the
-- aggregates in person_stats were computed with.
-- Count and last contact are plain aggregates; the rhythm and strength need
-- the app's model, which fills them in on first use (no weights recorded yet).
INSERT INTO person_stats (person_id, interactions, first_at, last_at, last_kind, last_direction,
                          gaps, median_gap_days, strength_log)
SELECT ip.person_id, count(*), min(ip.at), max(ip.at),
       (SELECT i.kind FROM interaction_participant l JOIN interaction i ON i.id = l.interaction_id
         WHERE l.person_id = ip.person_id ORDER BY l.at DESC LIMIT 1),
       (SELECT i.direction FROM interaction_participant l JOIN interaction i ON i.id = l.interaction_id
         WHERE l.person_id = ip.person_id ORDER BY l.at DESC LIMIT 1),
       0, 0, NULL
FROM interaction_participant ip GROUP BY ip.person_id;

CREATE TABLE kith_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
)sql";

const char* const kMergeLogV5 = R"sql(
-- One row per `kith merge`: enough to undo it exactly (store/merge.h). No
-- foreign keys: the other person is deleted by the merge and comes back, with
-- the same id, only when it is undone.
CREATE TABLE merge_log (
  id        INTEGER PRIMARY KEY,
  kept_id   INTEGER NOT NULL,
  other_id  INTEGER NOT NULL,
  merged_at INTEGER NOT NULL,
  undone_at INTEGER,
  record    TEXT NOT NULL
) STRICT;
CREATE INDEX merge_log_by_kept ON merge_log(kept_id);
CREATE INDEX merge_log_by_other ON merge_log(other_id);
)sql";

const char* const kParticipantTouchesV6 = R"sql(
-- interaction_participant gains the interaction's kind and direction, so one
-- person's touches (what tie strength is computed from) are one contiguous
-- range of this table instead of a look-up of every interaction row.
DROP TRIGGER interaction_at_follows;
CREATE TABLE interaction_participant_v6 (
  person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  at             INTEGER NOT NULL,
  interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL,
  direction      TEXT NOT NULL,
  PRIMARY KEY (person_id, at, interaction_id)
) STRICT, WITHOUT ROWID;
INSERT INTO interaction_participant_v6 (person_id, at, interaction_id, kind, direction)
SELECT ip.person_id, ip.at, ip.interaction_id, i.kind, i.direction
FROM interaction_participant ip JOIN interaction i ON i.id = ip.interaction_id
ORDER BY ip.person_id, ip.at, ip.interaction_id;
DROP TABLE interaction_participant;
ALTER TABLE interaction_participant_v6 RENAME TO interaction_participant;
CREATE INDEX interaction_participant_by_interaction ON interaction_participant(interaction_id);
CREATE TRIGGER interaction_at_follows AFTER UPDATE OF at ON interaction BEGIN
  UPDATE interaction_participant SET at = NEW.at WHERE interaction_id = NEW.id;
END;
CREATE TRIGGER interaction_touch_follows AFTER UPDATE OF kind, direction ON interaction BEGIN
  UPDATE interaction_participant SET kind = NEW.kind, direction = NEW.direction
   WHERE interaction_id = NEW.id;
END;
)sql";

namespace {

// Inserts the search row of every person matched by `where` (SQL over `p`),
// with the texts of one column joined by `sep`.
std::string IndexRowsSql(const std::string& where, std::string_view sep) {
  return fmt::format(R"sql(
  INSERT INTO person_fts(rowid, name, org, facts, notes, asks, tags)
  SELECT p.id, p.name,
         p.company || '{1}' || p.title || '{1}' || p.location,
         (SELECT group_concat(text, '{1}') FROM fact WHERE person_id = p.id),
         (SELECT group_concat(body, '{1}') FROM note WHERE person_id = p.id),
         (SELECT group_concat(text, '{1}') FROM need_offer WHERE person_id = p.id),
         (SELECT group_concat(t.name, '{1}') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
           WHERE pt.person_id = p.id)
  FROM person p {0};)sql",
                     where, sep);
}

std::string ReindexPersonSql(const std::string& id_expr, std::string_view sep) {
  return fmt::format("DELETE FROM person_fts WHERE rowid = {0};", id_expr) +
         IndexRowsSql(fmt::format("WHERE p.id = {}", id_expr), sep);
}

std::string Trigger(const std::string& name, const std::string& when, const std::string& body) {
  return fmt::format("CREATE TRIGGER {} AFTER {} BEGIN {} END;", name, when, body);
}

// Each table whose text is indexed; person_tag has no text but changes tags.
constexpr const char* kIndexedTables[] = {"fact", "note", "need_offer", "person_tag"};
constexpr const char* kWrites[] = {"INSERT", "DELETE", "UPDATE"};

std::vector<std::string> SearchIndexTriggers(std::string_view sep) {
  std::vector<std::string> out;
  for (const char* table : kIndexedTables) {
    for (const char* when : kWrites) {
      const char* row = std::string_view(when) == "DELETE" ? "OLD" : "NEW";
      out.push_back(Trigger(fmt::format("{}_fts_{}", table, when),
                            fmt::format("{} ON {}", when, table),
                            ReindexPersonSql(fmt::format("{}.person_id", row), sep)));
    }
  }
  out.push_back(Trigger("person_fts_insert", "INSERT ON person", ReindexPersonSql("NEW.id", sep)));
  out.push_back(Trigger("person_fts_update", "UPDATE OF name, company, title, location ON person",
                        ReindexPersonSql("NEW.id", sep)));
  out.push_back(Trigger("person_fts_delete", "DELETE ON person",
                        "DELETE FROM person_fts WHERE rowid = OLD.id;"));
  const std::string tagged = "(SELECT person_id FROM person_tag WHERE tag_id = NEW.id)";
  out.push_back(Trigger("tag_fts_update", "UPDATE OF name ON tag",
                        "DELETE FROM person_fts WHERE rowid IN " + tagged + ";" +
                            IndexRowsSql("WHERE p.id IN " + tagged, sep)));
  return out;
}

// Version 2 joined texts with a space; version 4 with " · ", so a search
// snippet that spans two facts or notes shows where one ends.
constexpr std::string_view kSeparatorV2 = " ";
constexpr std::string_view kSeparatorV4 = " · ";

}  // namespace

std::vector<std::string> SearchIndexV2() {
  std::vector<std::string> out = {kSearchIndexTable};
  for (auto& t : SearchIndexTriggers(kSeparatorV2)) out.push_back(std::move(t));
  out.push_back(IndexRowsSql("", kSeparatorV2));
  return out;
}

std::vector<std::string> DropSearchTriggers() {
  std::vector<std::string> out;
  for (const char* table : kIndexedTables) {
    for (const char* when : kWrites)
      out.push_back(fmt::format("DROP TRIGGER {}_fts_{};", table, when));
  }
  for (const char* name :
       {"person_fts_insert", "person_fts_update", "person_fts_delete", "tag_fts_update"}) {
    out.push_back(fmt::format("DROP TRIGGER {};", name));
  }
  return out;
}

std::vector<std::string> CurrentSearchTriggers() { return SearchIndexTriggers(kSeparatorV4); }

std::string ReindexPeopleSql(const std::string& id_query) {
  return fmt::format("DELETE FROM person_fts WHERE rowid IN ({});", id_query) +
         IndexRowsSql(fmt::format("WHERE p.id IN ({})", id_query), kSeparatorV4);
}

std::vector<std::string> SearchSeparatorsV4() {
  std::vector<std::string> out = DropSearchTriggers();
  for (auto& t : SearchIndexTriggers(kSeparatorV4)) out.push_back(std::move(t));
  out.push_back("DELETE FROM person_fts;");
  out.push_back(IndexRowsSql("", kSeparatorV4));
  return out;
}

std::vector<std::string> SearchIndexRebuild() {
  return {"DELETE FROM person_fts;", IndexRowsSql("", kSeparatorV4)};
}

}  // namespace kith::store::detail
