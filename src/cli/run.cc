#include "cli/run.h"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/exit_codes.h"
#include "util/clock.h"

namespace kith::cli {
namespace {

// Every verb, in the order `kith --help` lists them.
constexpr Register kCommands[] = {
    RegisterToday,     RegisterDone,    RegisterSnooze,    RegisterAdd,       RegisterMeet,
    RegisterFind,      RegisterShow,    RegisterList,      RegisterFact,      RegisterNote,
    RegisterNeed,      RegisterOffer,   RegisterDate,      RegisterTag,       RegisterContact,
    RegisterLog,       RegisterEdit,    RegisterArchive,   RegisterUnarchive, RegisterCircle,
    RegisterCadence,   RegisterWhy,     RegisterUpcoming,  RegisterKnows,     RegisterPath,
    RegisterMe,        RegisterAsk,     RegisterHelpOut,   RegisterIntros,    RegisterIntro,
    RegisterIntroStep, RegisterStats,   RegisterConfig,    RegisterImport,    RegisterExport,
    RegisterDupes,     RegisterEvent,   RegisterFollowups, RegisterGroup,     RegisterOpp,
    RegisterMerge,     RegisterUnmerge, RegisterMerges,    RegisterDemo,      RegisterServe,
    RegisterPasswd,
};

std::string EnvOr(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

// The first word that is not a global option, or "" when there is none.
std::string FirstCommandWord(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--db" || arg == "--region") {
      ++i;
      continue;
    }
    if (!arg.starts_with("-")) return arg;
  }
  return "";
}

// "--04-12" (a date without a year, as vCard writes it) looks like an option
// to CLI11; pass it on as "04-12", which ParseDate reads the same.
std::vector<std::string> Arguments(int argc, char** argv) {
  std::vector<std::string> args;
  for (int i = argc - 1; i >= 1; --i) {  // CLI11 takes them reversed
    std::string arg = argv[i];
    bool year_less = arg.size() == 7 && arg.starts_with("--") && arg[4] == '-' &&
                     std::isdigit(static_cast<unsigned char>(arg[2])) &&
                     std::isdigit(static_cast<unsigned char>(arg[3])) &&
                     std::isdigit(static_cast<unsigned char>(arg[5])) &&
                     std::isdigit(static_cast<unsigned char>(arg[6]));
    args.push_back(year_less ? arg.substr(2) : arg);
  }
  return args;
}

}  // namespace

int Run(int argc, char** argv) {
  CLI::App app{
      "kith: remember the people you meet, what matters to them, and keep in touch.\n"
      "Database: --db PATH, else $KITH_DB, else $XDG_DATA_HOME/kith/kith.db",
      "kith"};
  app.require_subcommand(1);
  app.fallthrough();
  std::string db_flag;
  std::string region = EnvOr("KITH_REGION", "US");
  app.add_option("--db", db_flag,
                 "Database file (default: $KITH_DB or $XDG_DATA_HOME/kith/kith.db)");
  app.add_option(
      "--region", region,
      "Two-letter region for phone numbers without +country (default: $KITH_REGION or US)");
  Action action;
  for (Register reg : kCommands) reg(app, action);

  if (argc <= 1) {
    fmt::print("{}", app.help());
    return 0;
  }
  std::string verb = FirstCommandWord(argc, argv);
  auto known = app.get_subcommands([&](CLI::App* sub) { return sub->get_name() == verb; });
  if (!verb.empty() && known.empty()) {
    fmt::print(stderr, "kith: unknown command '{}'\nRun 'kith --help' for the list of commands.\n",
               verb);
    return kExitUsage;
  }
  try {
    auto args = Arguments(argc, argv);
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "kith: {}\nRun 'kith --help' or 'kith COMMAND --help'.\n", e.what());
    return kExitUsage;
  }
  SystemClock clock;
  Env env(db_flag, region, clock, stdout);
  Status status = action ? action(env) : Status::Internal("no command ran");
  if (!status.ok()) {
    std::fflush(stdout);
    fmt::print(stderr, "kith: {}\n", status.message());
    return ExitCode(status.code());
  }
  return 0;
}

}  // namespace kith::cli
