#include "app/intros.h"

#include <fmt/format.h>

#include "app/keep_in_touch.h"
#include "app/resolve.h"
#include "app/validate.h"
#include "store/interactions.h"
#include "store/knows.h"
#include "store/people.h"

namespace kith::app {
namespace {

using core::IntroState;
using core::IntroStep;

std::string Named(const core::PersonRef& p) { return fmt::format("{} (#{})", p.name, p.id); }

// A person who can be introduced: not you, not archived.
Result<core::PersonRef> Introducible(Context& ctx, std::string_view who,
                                     std::optional<int64_t> me) {
  auto ref = ResolvePerson(ctx.db, who);
  if (!ref) return ref.status();
  if (me && ref->id == *me) return Status::Invalid("that is you; introduce two other people");
  auto p = store::GetPerson(ctx.db, ref->id);
  if (!p) return p.status();
  if (p->archived_at) {
    return Status::Invalid(fmt::format("{} is archived; `kith unarchive` first", Named(*ref)));
  }
  return ref;
}

Status RefuseOpenPair(Context& ctx, const core::PersonRef& a, const core::PersonRef& b) {
  auto open = store::OpenIntroBetween(ctx.db, a.id, b.id);
  if (!open) return open.status();
  if (!*open) return Status::Ok();
  return Status::Conflict(fmt::format(
      "{} and {} are already in intro #{}; see `kith intros --open`", Named(a), Named(b), **open));
}

Result<store::Intro> Reread(Context& ctx, int64_t id) {
  auto got = store::GetIntro(ctx.db, id);
  if (!got) return got.status();
  if (!*got) return Status::NotFound(fmt::format("no intro #{}", id));
  return std::move(**got);
}

// The outcome text `step` carries: required for outcome, refused otherwise.
Result<std::string> StepText(IntroStep step, std::string_view text) {
  if (step == IntroStep::kOutcome) return CheckText("outcome", text, kMaxField);
  if (!text.empty()) {
    return Status::Invalid(fmt::format("only 'outcome' takes text, not '{}'", core::Name(step)));
  }
  return std::string();
}

// The introduction itself: a message you sent both, and now they know each other.
Status RecordIntroduced(Context& ctx, const store::Intro& intro) {
  core::Interaction in;
  in.kind = core::InteractionKind::kMessage;
  in.at = ctx.now;
  in.direction = core::Direction::kOut;
  in.summary = fmt::format("Introduced {} and {}", intro.a.name, intro.b.name);
  in.source = "intro";
  in.source_key = std::to_string(intro.id);
  auto added = store::AddInteraction(ctx.db, in, {intro.a.id, intro.b.id}, ctx.now);
  if (!added) return added.status();
  KITH_RETURN_IF_ERROR(RefreshStats(ctx, {intro.a.id, intro.b.id}));
  return store::IntroKnows(ctx.db, intro.a.id, intro.b.id, ctx.now).status();
}

}  // namespace

IntroView ViewOf(store::Intro intro) {
  const core::IntroPair pair{intro.a.name, intro.b.name, intro.reason};
  IntroView v;
  v.next = core::NextAction(intro.state, pair);
  v.steps = core::AllowedStepList(intro.state);
  v.draft = core::DraftFor(intro.state, pair);
  v.intro = std::move(intro);
  return v;
}

Result<IntroView> StartIntro(Context& ctx, std::string_view a, std::string_view b,
                             std::string_view why) {
  auto reason = CheckOptionalText("why", why, kMaxField);
  if (!reason) return reason.status();
  auto me = store::MyPersonId(ctx.db);
  if (!me) return me.status();
  auto x = Introducible(ctx, a, *me);
  if (!x) return x.status();
  auto y = Introducible(ctx, b, *me);
  if (!y) return y.status();
  if (x->id == y->id) {
    return Status::Invalid(
        fmt::format("both name {}; an introduction needs two people", Named(*x)));
  }
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  KITH_RETURN_IF_ERROR(RefuseOpenPair(ctx, *x, *y));
  auto id = store::InsertIntro(ctx.db, x->id, y->id, *reason, IntroState::kAskedFirst, ctx.now);
  if (!id) return id.status();
  auto intro = Reread(ctx, *id);
  if (!intro) return intro.status();
  KITH_RETURN_IF_ERROR(tx->Commit());
  return ViewOf(std::move(*intro));
}

Result<IntroView> StepIntro(Context& ctx, int64_t id, std::string_view step_name,
                            std::string_view text) {
  auto step = core::ParseIntroStep(step_name);
  if (!step) {
    return Status::Invalid(
        fmt::format("unknown step '{}': use accepted, declined, introduced or outcome", step_name));
  }
  auto outcome = StepText(*step, text);
  if (!outcome) return outcome.status();
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  auto intro = Reread(ctx, id);
  if (!intro) return intro.status();
  auto next = core::NextIntroState(intro->state, *step);
  if (!next) return next.status().Prefixed(fmt::format("intro #{}", id));
  intro->state = *next;
  if (*step == IntroStep::kOutcome) intro->outcome = *outcome;
  auto updated = store::UpdateIntro(ctx.db, id, intro->state, intro->outcome, ctx.now);
  if (!updated) return updated.status();
  if (*step == IntroStep::kIntroduced) KITH_RETURN_IF_ERROR(RecordIntroduced(ctx, *intro));
  KITH_RETURN_IF_ERROR(tx->Commit());
  intro->updated_at = ctx.now;
  return ViewOf(std::move(*intro));
}

Result<std::vector<IntroView>> ListOpenIntros(Context& ctx) {
  auto intros = store::ListIntros(ctx.db, {.open_only = true});
  if (!intros) return intros.status();
  std::vector<IntroView> out;
  for (auto& intro : *intros) out.push_back(ViewOf(std::move(intro)));
  return out;
}

}  // namespace kith::app
