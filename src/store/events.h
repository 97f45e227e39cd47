// Events you go to and the people you meet there (`kith event`), and groups
// you belong to with others (`kith group`).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/person.h"
#include "store/db.h"

namespace kith::store {

struct Event {
  int64_t id = 0;
  std::string name;
  std::string place;
  std::optional<int64_t> starts_at;
  int64_t met = 0;  // people met there
};

Result<int64_t> InsertEvent(Db& db, const std::string& name, const std::string& place,
                            std::optional<int64_t> starts_at, int64_t now);
// Events whose folded name contains `folded` (all when empty), newest first.
Result<std::vector<Event>> FindEvents(Db& db, const std::string& folded, int limit);
Result<std::optional<Event>> GetEvent(Db& db, int64_t id);
// Records that you met `person_id` at `event_id`; false when already recorded.
Result<bool> AddMet(Db& db, int64_t event_id, int64_t person_id);

// A person met at an event, with when you last heard from each other since.
struct MetAtEvent {
  core::PersonRef person;
  Event event;
  std::optional<int64_t> followed_up_at;  // first interaction after the event, not from it
};
// People met at events starting at or after `since`, oldest event first.
Result<std::vector<MetAtEvent>> MetSince(Db& db, int64_t since);
// The events `person_id` was met at, newest first.
Result<std::vector<Event>> EventsOf(Db& db, int64_t person_id);

Result<int64_t> EnsureGroup(Db& db, const std::string& name, int64_t now);
Result<bool> AddGroupMember(Db& db, int64_t group_id, int64_t person_id);
// The groups `person_id` belongs to, by name.
Result<std::vector<std::string>> GroupsOf(Db& db, int64_t person_id);
struct Group {
  int64_t id = 0;
  std::string name;
  std::vector<core::PersonRef> members;  // by name
};
// Every group (or the one named `folded`), with members not archived.
Result<std::vector<Group>> ListGroups(Db& db, const std::string& folded);

}  // namespace kith::store
