#include "app/details.h"

#include <fmt/format.h>

#include <functional>

#include "app/keep_in_touch.h"
#include "app/resolve.h"
#include "app/validate.h"
#include "store/details.h"
#include "store/interactions.h"

namespace kith::app {
namespace {

Result<std::vector<int64_t>> ResolveAll(Context& ctx, const LogRequest& r,
                                        std::vector<core::PersonRef>& refs) {
  std::vector<int64_t> ids;
  std::vector<std::string> all = {r.who};
  all.insert(all.end(), r.with.begin(), r.with.end());
  for (const auto& who : all) {
    auto ref = ResolvePerson(ctx.db, who);
    if (!ref) return ref.status();
    if (std::find(ids.begin(), ids.end(), ref->id) != ids.end()) continue;
    ids.push_back(ref->id);
    refs.push_back(*ref);
  }
  return ids;
}

Result<int64_t> CheckWhen(Context& ctx, const std::string& when) {
  if (when.empty()) return ctx.now;
  auto at = ParseWhen(when, ctx.now);
  if (!at) return at.status();
  if (*at > ctx.now + 86400) {
    return Status::Invalid(
        fmt::format("date '{}' is in the future; kith records interactions that happened", when));
  }
  return *at;
}

}  // namespace

Result<core::PersonRef> AddFact(Context& ctx, std::string_view who, std::string_view kind,
                                std::string_view text) {
  auto fact_kind = core::ParseFactKind(kind);
  if (!fact_kind) {
    return Status::Invalid(
        fmt::format("unknown fact kind '{}': use one of {}", kind, core::FactKindList()));
  }
  auto checked = CheckText("fact", text, kMaxField);
  if (!checked) return checked.status();
  return WriteForPerson(ctx, who, [&](int64_t id) {
    return store::AddFact(ctx.db, id, *fact_kind, *checked, ctx.now).status();
  });
}

Result<core::PersonRef> AddNote(Context& ctx, std::string_view who, std::string_view body) {
  auto checked = CheckText("note", body, kMaxNote);
  if (!checked) return checked.status();
  return WriteForPerson(
      ctx, who, [&](int64_t id) { return store::AddNote(ctx.db, id, *checked, ctx.now).status(); });
}

Result<core::PersonRef> AddNeedOffer(Context& ctx, std::string_view who, core::Side side,
                                     std::string_view text) {
  auto checked = CheckText(core::Name(side), text, kMaxField);
  if (!checked) return checked.status();
  return WriteForPerson(ctx, who, [&](int64_t id) {
    return store::AddNeedOffer(ctx.db, id, side, *checked, ctx.now).status();
  });
}

Result<core::PersonRef> SetDate(Context& ctx, std::string_view who, std::string_view kind,
                                std::string_view date) {
  auto label = CheckText("date kind", kind, 100);
  if (!label) return label.status();
  auto parsed = ParseDate(date);
  if (!parsed) return parsed.status();
  return WriteForPerson(
      ctx, who, [&](int64_t id) { return store::SetImportantDate(ctx.db, id, *label, *parsed); });
}

Result<core::PersonRef> AddTags(Context& ctx, std::string_view who,
                                const std::vector<std::string>& tags) {
  std::vector<std::string> checked;
  for (const auto& tag : tags) {
    auto t = CheckText("tag", tag, 100);
    if (!t) return t.status();
    if (t->front() == '#') t->erase(0, 1);
    if (t->empty()) return Status::Invalid("tag is empty");
    checked.push_back(*t);
  }
  if (checked.empty()) return Status::Invalid("no tag given");
  return WriteForPerson(ctx, who, [&](int64_t id) -> Status {
    for (const auto& t : checked) KITH_RETURN_IF_ERROR(store::AddTag(ctx.db, id, t).status());
    return Status::Ok();
  });
}

Result<core::PersonRef> AddContact(Context& ctx, std::string_view who, std::string_view kind,
                                   std::string_view value, std::string_view label) {
  auto contact_kind = core::ParseContactKind(kind);
  if (!contact_kind) {
    return Status::Invalid(
        fmt::format("unknown contact kind '{}': use email, phone, url, handle or address", kind));
  }
  auto contact = core::MakeContactValue(*contact_kind, value, ctx.region);
  if (!contact) return contact.status();
  auto checked_label = CheckOptionalText("label", label, 100);
  if (!checked_label) return checked_label.status();
  return WriteForPerson(ctx, who, [&](int64_t id) {
    return store::AddContact(ctx.db, id, *contact, *checked_label, ctx.now).status();
  });
}

Result<Logged> LogInteraction(Context& ctx, const LogRequest& r) {
  auto kind = core::ParseInteractionKind(r.kind);
  if (!kind) {
    return Status::Invalid(fmt::format("unknown interaction kind '{}': use one of {}", r.kind,
                                       core::InteractionKindList()));
  }
  auto at = CheckWhen(ctx, r.when);
  if (!at) return at.status();
  auto note = CheckOptionalText("note", r.note, kMaxNote);
  if (!note) return note.status();
  Logged out;
  auto ids = ResolveAll(ctx, r, out.interaction.participants);
  if (!ids) return ids.status();
  out.interaction.kind = *kind;
  out.interaction.at = *at;
  out.interaction.direction = r.direction.value_or(core::DefaultDirection(*kind));
  out.interaction.summary = *note;
  out.interaction.source = "manual";
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  auto id = store::AddInteraction(ctx.db, out.interaction, *ids, ctx.now);
  if (!id) return id.status();
  KITH_RETURN_IF_ERROR(RefreshStats(ctx, *ids));
  KITH_RETURN_IF_ERROR(tx->Commit());
  out.id = id->value_or(0);
  out.interaction.id = out.id;
  return out;
}

}  // namespace kith::app
