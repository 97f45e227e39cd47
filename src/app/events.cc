#include "app/events.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "app/keep_in_touch.h"
#include "app/resolve.h"
#include "app/validate.h"
#include "store/interactions.h"
#include "util/text.h"

namespace kith::app {
namespace {

constexpr int64_t kHour = 3600;

Result<std::vector<core::PersonRef>> ResolveEach(Context& ctx,
                                                 const std::vector<std::string>& people) {
  if (people.empty()) return Status::Invalid("name at least one person");
  std::vector<core::PersonRef> out;
  for (const auto& who : people) {
    auto ref = ResolvePerson(ctx.db, who);
    if (!ref) return ref.status();
    out.push_back(*ref);
  }
  return out;
}

Status RecordMet(Context& ctx, const store::Event& event, const core::PersonRef& person,
                 MetReport& report) {
  auto added = store::AddMet(ctx.db, event.id, person.id);
  if (!added) return added.status();
  (*added ? report.added : report.already).push_back(person);
  core::Interaction in;
  in.kind = core::InteractionKind::kEvent;
  in.at = *event.starts_at;
  in.direction = core::Direction::kMutual;
  in.summary = "met at " + event.name;
  in.source = "event";
  in.source_key = fmt::format("{}:{}", event.id, person.id);
  auto id = store::AddInteraction(ctx.db, in, {person.id}, ctx.now);
  return id ? Status::Ok() : id.status();
}

}  // namespace

Result<store::Event> AddEvent(Context& ctx, std::string_view name, std::string_view when,
                              std::string_view place) {
  auto checked = CheckText("event name", name, kMaxName);
  if (!checked) return checked.status();
  auto where = CheckOptionalText("place", place, kMaxField);
  if (!where) return where.status();
  auto at = ParseWhen(when, ctx.now);
  if (!at) return at.status();
  auto id = store::InsertEvent(ctx.db, *checked, *where, *at, ctx.now);
  if (!id) return id.status();
  return store::Event{*id, *checked, *where, *at, 0};
}

Result<store::Event> ResolveEvent(Context& ctx, std::string_view reference) {
  std::string_view digits = reference.starts_with("#") ? reference.substr(1) : reference;
  int64_t id = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
  if (!digits.empty() && ec == std::errc() && p == digits.data() + digits.size()) {
    auto event = store::GetEvent(ctx.db, id);
    if (!event) return event.status();
    if (!*event) return Status::NotFound(fmt::format("no event #{}", id));
    return **event;
  }
  auto found = store::FindEvents(ctx.db, Fold(reference), 6);
  if (!found) return found.status();
  if (found->empty()) {
    return Status::NotFound(
        fmt::format("no event matches '{}'; add it with kith event add", reference));
  }
  if (found->size() > 1 && Fold((*found)[0].name) != Fold(reference)) {
    std::string names;
    for (const auto& e : *found) names += fmt::format("\n  #{} {}", e.id, e.name);
    return Status::Ambiguous(
        fmt::format("'{}' matches several events; use the id:{}", reference, names));
  }
  return (*found)[0];
}

Result<MetReport> MetAt(Context& ctx, std::string_view event_ref,
                        const std::vector<std::string>& people) {
  auto event = ResolveEvent(ctx, event_ref);
  if (!event) return event.status();
  if (!event->starts_at || *event->starts_at > ctx.now + 24 * kHour) {
    return Status::Invalid(fmt::format("{} has not happened yet", event->name));
  }
  auto refs = ResolveEach(ctx, people);
  if (!refs) return refs.status();
  MetReport report{*event, {}, {}};
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  std::vector<int64_t> ids;
  for (const auto& ref : *refs) {
    KITH_RETURN_IF_ERROR(RecordMet(ctx, *event, ref, report));
    ids.push_back(ref.id);
  }
  KITH_RETURN_IF_ERROR(RefreshStats(ctx, ids));
  KITH_RETURN_IF_ERROR(tx->Commit());
  report.event.met += static_cast<int64_t>(report.added.size());
  return report;
}

Result<std::vector<FollowUp>> Followups(Context& ctx, int days) {
  auto met = store::MetSince(ctx.db, ctx.now - int64_t{days} * 24 * kHour);
  if (!met) return met.status();
  std::vector<FollowUp> out;
  for (auto& m : *met) {
    if (m.followed_up_at || *m.event.starts_at > ctx.now) continue;
    int64_t due = *m.event.starts_at + kFollowUpHours * kHour;
    out.push_back({std::move(m), due, due < ctx.now});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.due_at < b.due_at; });
  return out;
}

Result<Joined> JoinGroup(Context& ctx, std::string_view group,
                         const std::vector<std::string>& people) {
  auto name = CheckText("group name", group, kMaxField);
  if (!name) return name.status();
  auto refs = ResolveEach(ctx, people);
  if (!refs) return refs.status();
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  auto id = store::EnsureGroup(ctx.db, *name, ctx.now);
  if (!id) return id.status();
  Joined out{*name, {}, {}};
  for (const auto& ref : *refs) {
    auto added = store::AddGroupMember(ctx.db, *id, ref.id);
    if (!added) return added.status();
    (*added ? out.added : out.already).push_back(ref);
  }
  KITH_RETURN_IF_ERROR(tx->Commit());
  return out;
}

}  // namespace kith::app
