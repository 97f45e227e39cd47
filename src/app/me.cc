#include "app/me.h"

#include <fmt/format.h>

#include "app/brief.h"
#include "app/details.h"
#include "app/validate.h"
#include "store/knows.h"
#include "store/people.h"

namespace kith::app {
namespace {

Result<core::PersonRef> CreateMe(Context& ctx, const std::string& name) {
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  core::Person me;
  me.name = name;
  auto id = store::InsertPerson(ctx.db, me, ctx.now);
  if (!id) return id.status();
  KITH_RETURN_IF_ERROR(store::MarkAsMe(ctx.db, *id));
  KITH_RETURN_IF_ERROR(tx->Commit());
  return core::PersonRef{*id, name};
}

Result<core::PersonRef> EnsureMe(Context& ctx) {
  auto found = FindMe(ctx);
  if (!found) return found.status();
  if (*found) return **found;
  return CreateMe(ctx, kDefaultMyName);
}

}  // namespace

Result<std::optional<core::PersonRef>> FindMe(Context& ctx) {
  auto id = store::MyPersonId(ctx.db);
  if (!id) return id.status();
  if (!*id) return std::optional<core::PersonRef>();
  auto person = store::GetPerson(ctx.db, **id);
  if (!person) return person.status();
  return std::optional<core::PersonRef>(core::PersonRef{person->id, person->name});
}

Result<core::PersonRef> SetMyName(Context& ctx, std::string_view name) {
  auto checked = CheckText("name", name, kMaxName);
  if (!checked) return checked.status();
  auto found = FindMe(ctx);
  if (!found) return found.status();
  if (!*found) return CreateMe(ctx, *checked);
  auto person = store::GetPerson(ctx.db, (*found)->id);
  if (!person) return person.status();
  person->name = *checked;
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  KITH_RETURN_IF_ERROR(store::UpdatePerson(ctx.db, *person, ctx.now));
  KITH_RETURN_IF_ERROR(tx->Commit());
  return core::PersonRef{person->id, person->name};
}

Result<core::PersonRef> AddToProfile(Context& ctx, ProfileItem item, std::string_view text) {
  // Check before creating the profile, so bad input leaves nothing behind.
  auto checked = CheckText(item == ProfileItem::kSkill ? "skill" : "text", text, kMaxField);
  if (!checked) return checked.status();
  auto me = EnsureMe(ctx);
  if (!me) return me.status();
  std::string ref = fmt::format("#{}", me->id);
  switch (item) {
    case ProfileItem::kOffer:
      return AddNeedOffer(ctx, ref, core::Side::kOffer, *checked);
    case ProfileItem::kNeed:
      return AddNeedOffer(ctx, ref, core::Side::kNeed, *checked);
    case ProfileItem::kSkill:
      return AddFact(ctx, ref, "work", *checked);
  }
  return Status::Invalid("unknown profile item");
}

Result<Profile> LoadMe(Context& ctx) {
  auto found = FindMe(ctx);
  if (!found) return found.status();
  if (!*found) {
    return Status::NotFound(
        "you have no profile yet: `kith me name \"Your Name\"`, then `kith me offer ...`");
  }
  auto brief = LoadBriefById(ctx, (*found)->id);
  if (!brief) return brief.status();
  Profile p{{brief->person.id, brief->person.name}, {}, {}, {}};
  for (const auto& n : brief->needs_offers) {
    if (n.open) (n.side == core::Side::kOffer ? p.offers : p.needs).push_back(n.text);
  }
  for (const auto& f : brief->facts) {
    if (f.kind == core::FactKind::kWork) p.skills.push_back(f.text);
  }
  return p;
}

}  // namespace kith::app
