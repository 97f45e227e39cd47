#include "app/opportunities.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "app/resolve.h"
#include "app/validate.h"

namespace kith::app {
namespace {

template <size_t N>
Status OneOf(std::string_view what, std::string_view value, const char* const (&allowed)[N]) {
  if (std::find(std::begin(allowed), std::end(allowed), value) != std::end(allowed)) {
    return Status::Ok();
  }
  return Status::Invalid(
      fmt::format("unknown {} '{}': use one of {}", what, value, fmt::join(allowed, ", ")));
}

}  // namespace

Result<store::Opportunity> AddOpportunity(Context& ctx, const NewOpportunity& opp) {
  auto title = CheckText("title", opp.title, kMaxField);
  if (!title) return title.status();
  KITH_RETURN_IF_ERROR(OneOf("kind", opp.kind, kOpportunityKinds));
  KITH_RETURN_IF_ERROR(OneOf("status", opp.status, kOpportunityStatuses));
  std::vector<int64_t> ids;
  std::vector<core::PersonRef> people;
  for (const auto& who : opp.with) {
    auto ref = ResolvePerson(ctx.db, who);
    if (!ref) return ref.status();
    ids.push_back(ref->id);
    people.push_back(*ref);
  }
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  auto id = store::InsertOpportunity(ctx.db, *title, opp.kind, opp.status, ids, ctx.now);
  if (!id) return id.status();
  KITH_RETURN_IF_ERROR(tx->Commit());
  return store::Opportunity{*id, *title, opp.kind, opp.status, people, ctx.now};
}

Result<store::Opportunity> SetOpportunity(Context& ctx, int64_t id, std::string_view status) {
  KITH_RETURN_IF_ERROR(OneOf("status", status, kOpportunityStatuses));
  auto changed = store::SetOpportunityStatus(ctx.db, id, std::string(status), ctx.now);
  if (!changed) return changed.status();
  if (!*changed) return Status::NotFound(fmt::format("no opportunity #{}", id));
  auto all = store::ListOpportunities(ctx.db, "");
  if (!all) return all.status();
  for (auto& o : *all) {
    if (o.id == id) return std::move(o);
  }
  return Status::Internal("opportunity vanished");
}

}  // namespace kith::app
