#include "app/brief.h"

#include "app/resolve.h"
#include "store/details.h"
#include "store/events.h"
#include "store/interactions.h"
#include "store/intros.h"
#include "store/opportunities.h"
#include "store/people.h"
#include "store/tie_stats.h"

namespace kith::app {
namespace {

// Moves the value of `r` into `out`, or returns its error.
template <typename T>
Status Take(Result<T> r, T& out) {
  if (!r) return r.status();
  out = std::move(*r);
  return Status::Ok();
}

}  // namespace

Result<core::Brief> LoadBriefById(Context& ctx, int64_t id) {
  store::ReadSnapshot snapshot(ctx.db);  // one state of the data, one read lock
  core::Brief b;
  KITH_RETURN_IF_ERROR(Take(store::GetPerson(ctx.db, id), b.person));
  KITH_RETURN_IF_ERROR(Take(store::ContactsOf(ctx.db, id), b.contacts));
  KITH_RETURN_IF_ERROR(Take(store::TagsOf(ctx.db, id), b.tags));
  KITH_RETURN_IF_ERROR(Take(store::FactsOf(ctx.db, id), b.facts));
  KITH_RETURN_IF_ERROR(Take(store::NeedsOffersOf(ctx.db, id), b.needs_offers));
  KITH_RETURN_IF_ERROR(Take(store::DatesOf(ctx.db, id), b.dates));
  KITH_RETURN_IF_ERROR(Take(store::NotesOf(ctx.db, id, kBriefNotes), b.notes));
  KITH_RETURN_IF_ERROR(Take(store::RecentInteractions(ctx.db, id, kBriefInteractions), b.recent));
  auto events = store::EventsOf(ctx.db, id);
  if (!events) return events.status();
  for (const auto& e : *events) b.events.push_back({e.id, e.name, e.place, e.starts_at});
  KITH_RETURN_IF_ERROR(Take(store::GroupsOf(ctx.db, id), b.groups));
  auto opps = store::ListOpportunities(ctx.db, "", id);
  if (!opps) return opps.status();
  for (const auto& o : *opps) b.opportunities.push_back({o.id, o.title, o.kind, o.status});
  auto intros = store::ListIntros(ctx.db, {.person_id = id});
  if (!intros) return intros.status();
  for (const auto& i : *intros) {
    b.intros.push_back(
        {i.id, i.a.id == id ? i.b : i.a, std::string(core::Name(i.state)), i.outcome});
  }
  KITH_RETURN_IF_ERROR(Take(store::TouchesOf(ctx.db, id), b.touches));
  b.interaction_count = static_cast<int64_t>(b.touches.size());
  if (!b.touches.empty()) b.last_interaction_at = b.touches.back().at;
  return b;
}

Result<core::Brief> LoadBrief(Context& ctx, std::string_view who) {
  auto ref = ResolvePerson(ctx.db, who);
  if (!ref) return ref.status();
  return LoadBriefById(ctx, ref->id);
}

}  // namespace kith::app
