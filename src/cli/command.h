// How a CLI verb plugs in. Each verb is a Register function in the table of
// cli/commands.cc: it declares its CLI11 subcommand and options, and when the
// subcommand is chosen, it leaves behind the Action to run. Actions get an
// Env, which opens the database on first use and says where output goes.
//
//   void RegisterNote(CLI::App& app, Action& action) {
//     auto* sub = app.add_subcommand("note", "Remember something about a person");
//     auto o = std::make_shared<NoteOptions>();
//     sub->add_option("person", o->who)->required();
//     sub->callback([&action, o] { action = [o](Env& env) { return RunNote(env, *o); }; });
//   }
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/context.h"
#include "app/db_path.h"
#include "store/db.h"
#include "util/clock.h"
#include "util/status.h"

namespace kith::cli {

class Env {
 public:
  Env(std::string db_flag, std::string region, const Clock& clock, std::FILE* out)
      : db_flag_(std::move(db_flag)), region_(std::move(region)), clock_(clock), out_(out) {}

  // Opens (creating if needed) the database of `kind` and returns the context
  // for use cases. Later calls return the same context.
  Result<app::Context*> Open(app::DbKind kind = app::DbKind::kUser);
  const std::string& db_flag() const { return db_flag_; }
  const std::string& region() const { return region_; }
  const Clock& clock() const { return clock_; }
  int64_t now() const { return clock_.Now(); }
  std::FILE* out() const { return out_; }

 private:
  std::string db_flag_;
  std::string region_;
  const Clock& clock_;
  std::FILE* out_;
  std::unique_ptr<store::Db> db_;
  std::optional<app::Context> ctx_;
};

using Action = std::function<Status(Env&)>;
using Register = void (*)(CLI::App& app, Action& action);

// Each file of verbs exposes its registrations here.
void RegisterAdd(CLI::App&, Action&);
void RegisterMeet(CLI::App&, Action&);
void RegisterEdit(CLI::App&, Action&);
void RegisterArchive(CLI::App&, Action&);
void RegisterUnarchive(CLI::App&, Action&);
void RegisterFact(CLI::App&, Action&);
void RegisterNote(CLI::App&, Action&);
void RegisterNeed(CLI::App&, Action&);
void RegisterOffer(CLI::App&, Action&);
void RegisterDate(CLI::App&, Action&);
void RegisterTag(CLI::App&, Action&);
void RegisterContact(CLI::App&, Action&);
void RegisterLog(CLI::App&, Action&);
void RegisterShow(CLI::App&, Action&);
void RegisterList(CLI::App&, Action&);
void RegisterStats(CLI::App&, Action&);
void RegisterDemo(CLI::App&, Action&);
void RegisterToday(CLI::App&, Action&);
void RegisterDone(CLI::App&, Action&);
void RegisterSnooze(CLI::App&, Action&);
void RegisterUpcoming(CLI::App&, Action&);
void RegisterCircle(CLI::App&, Action&);
void RegisterCadence(CLI::App&, Action&);
void RegisterWhy(CLI::App&, Action&);
void RegisterConfig(CLI::App&, Action&);
void RegisterExport(CLI::App&, Action&);
void RegisterFind(CLI::App&, Action&);
void RegisterImport(CLI::App&, Action&);
void RegisterDupes(CLI::App&, Action&);
void RegisterMerge(CLI::App&, Action&);
void RegisterUnmerge(CLI::App&, Action&);
void RegisterMerges(CLI::App&, Action&);
void RegisterKnows(CLI::App&, Action&);
void RegisterPath(CLI::App&, Action&);
void RegisterIntro(CLI::App&, Action&);
void RegisterIntroStep(CLI::App&, Action&);
void RegisterServe(CLI::App&, Action&);
void RegisterEvent(CLI::App&, Action&);
void RegisterFollowups(CLI::App&, Action&);
void RegisterGroup(CLI::App&, Action&);
void RegisterOpp(CLI::App&, Action&);
void RegisterPasswd(CLI::App&, Action&);
void RegisterMe(CLI::App&, Action&);
void RegisterAsk(CLI::App&, Action&);
void RegisterHelpOut(CLI::App&, Action&);
void RegisterIntros(CLI::App&, Action&);
// `kith intros --open`: introductions in progress and their next step.
Status RunOpenIntros(Env& env, bool json);

// The required PERSON argument every verb about one person takes.
inline void AddPersonArgument(CLI::App* sub, std::string& who) {
  sub->add_option("person", who, "Id, email or part of the name")->required();
}

// Sets `action` to run `body` with the options when `sub` is chosen.
template <typename Options>
void OnRun(CLI::App* sub, Action& action, std::shared_ptr<Options> options,
           Status (*body)(Env&, const Options&)) {
  sub->callback([&action, options, body] {
    action = [options, body](Env& env) { return body(env, *options); };
  });
}

}  // namespace kith::cli
