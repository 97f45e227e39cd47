// Verbs that capture and change people: add, meet, edit, archive, unarchive.
#include <fmt/format.h>

#include "app/json.h"
#include "app/people.h"
#include "cli/command.h"
#include "cli/print.h"
#include "core/capture.h"

namespace kith::cli {
namespace {

struct AddOptions {
  core::Capture capture;
  std::string met_on;
  bool dry_run = false;
  bool json = false;
};

struct MeetOptions {
  std::vector<std::string> words;
  bool dry_run = false;
  bool json = false;
};

struct EditOptions {
  std::string who;
  app::PersonEdit edit;
};

struct ArchiveOptions {
  std::string who;
};

Status Save(Env& env, const core::Capture& capture, bool dry_run, bool json) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto prepared = app::PreparePerson(**ctx, capture);
  if (!prepared) return prepared.status();
  int64_t id = 0;
  if (!dry_run) {
    auto written = app::WritePerson(**ctx, *prepared);
    if (!written) return written.status();
    id = *written;
  }
  if (!json) {
    PrintPrepared(env.out(), *prepared, id);
    return Status::Ok();
  }
  nlohmann::json out = app::ToJson(prepared->person);
  out["id"] = id ? nlohmann::json(id) : nlohmann::json(nullptr);
  out["dry_run"] = dry_run;
  out["warnings"] = prepared->warnings;
  PrintJson(env.out(), out);
  return Status::Ok();
}

Status RunAdd(Env& env, const AddOptions& o) {
  core::Capture capture = o.capture;
  if (!o.met_on.empty()) {
    auto date = ParseDate(o.met_on);
    if (!date || date->year == 0) {
      return Status::Invalid(fmt::format("invalid date '{}': expected YYYY-MM-DD", o.met_on));
    }
    capture.met_on = *date;
  }
  return Save(env, capture, o.dry_run, o.json);
}

Status RunMeet(Env& env, const MeetOptions& o) {
  std::string line = fmt::format("{}", fmt::join(o.words, " "));
  auto capture = core::ParseCapture(line);
  if (!capture) return capture.status();
  return Save(env, *capture, o.dry_run, o.json);
}

Status RunEdit(Env& env, const EditOptions& o) {
  const auto& e = o.edit;
  if (!e.name && !e.company && !e.title && !e.location && !e.met_where && !e.met_how &&
      !e.met_via && !e.met_on) {
    return Status::Invalid("nothing to change: give at least one option (see kith edit --help)");
  }
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto person = app::EditPerson(**ctx, o.who, o.edit);
  if (!person) return person.status();
  fmt::print(env.out(), "Updated {} (#{})\n", person->name, person->id);
  return Status::Ok();
}

Status Archive(Env& env, const ArchiveOptions& o, bool archived) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto ref = app::ArchivePerson(**ctx, o.who, archived);
  if (!ref) return ref.status();
  fmt::print(env.out(), "{} {} (#{})\n", archived ? "Archived" : "Restored", ref->name, ref->id);
  return Status::Ok();
}

Status RunArchive(Env& env, const ArchiveOptions& o) { return Archive(env, o, true); }
Status RunUnarchive(Env& env, const ArchiveOptions& o) { return Archive(env, o, false); }

constexpr const char* kMeetHelp = R"(Capture a person from one line of ';'-separated clauses.

The first clause is the name; then, in any order:
  met at PLACE [via PERSON] [on YYYY-MM-DD]    where you met, who introduced you
  via PERSON | introduced by PERSON            who introduced you
  works at COMPANY [as TITLE] | works as TITLE [at COMPANY] | is TITLE at COMPANY
  title T | role T | company C
  lives in PLACE | based in PLACE | from PLACE
  dog NAME | cat NAME | ... (pet words)        a pet, remembered as a fact
  wife NAME | son NAME | kids ... (family words)
  likes X | loves X | enjoys X | into X        what they like
  hobby X | plays X                            a hobby
  goal X | wants to X | training for X         a goal
  needs X | looking for X | wants X            a need you might help with
  offers X | can help with X                   what they offer
  birthday YYYY-MM-DD (or --MM-DD) | anniversary YYYY-MM-DD
  tag X, Y | #tag anywhere
  note X, or anything else                     kept as a note
Emails, phone numbers and URLs are recognised in any clause.
Full grammar: docs/capture.md

Example:
  kith meet "Ben Okafor; met at Venture Cafe via Ana Silva; works at Acme as CTO; dog Biscuit; likes trail running; needs a designer; offers mentoring; ben@acme.example")";

}  // namespace

void RegisterAdd(CLI::App& app, Action& action) {
  auto o = std::make_shared<AddOptions>();
  auto* sub = app.add_subcommand("add", "Add a person");
  auto& c = o->capture;
  sub->add_option("name", c.name, "Full name")->required();
  sub->add_option("--email", c.emails, "Email address (repeatable)");
  sub->add_option("--phone", c.phones, "Phone number (repeatable)");
  sub->add_option("--url", c.urls, "Web page or profile (repeatable)");
  sub->add_option("--company", c.company, "Where they work");
  sub->add_option("--title", c.title, "Their role");
  sub->add_option("--location", c.location, "Where they live");
  sub->add_option("--met", c.met_at, "Where you met");
  sub->add_option("--via", c.met_via, "Who introduced you (a person in kith)");
  sub->add_option("--met-on", o->met_on, "When you met (YYYY-MM-DD)");
  sub->add_option("--tag", c.tags, "Tag (repeatable)");
  sub->add_option("--note", c.notes, "A note (repeatable)");
  sub->add_flag("--dry-run", o->dry_run, "Show what would be stored; write nothing");
  sub->add_flag("--json", o->json, "Print the result as JSON");
  OnRun(sub, action, o, RunAdd);
}

void RegisterMeet(CLI::App& app, Action& action) {
  auto o = std::make_shared<MeetOptions>();
  auto* sub = app.add_subcommand("meet", "Capture a person from one line (see kith meet --help)");
  sub->footer(kMeetHelp);
  sub->add_option("line", o->words, "The capture line, quoted")->required();
  sub->add_flag("--dry-run", o->dry_run, "Show what was understood; write nothing");
  sub->add_flag("--json", o->json, "Print the result as JSON");
  OnRun(sub, action, o, RunMeet);
}

void RegisterEdit(CLI::App& app, Action& action) {
  auto o = std::make_shared<EditOptions>();
  auto* sub = app.add_subcommand("edit", "Change a person's name, work or how you met ('' clears)");
  AddPersonArgument(sub, o->who);
  auto& e = o->edit;
  sub->add_option("--name", e.name, "Full name");
  sub->add_option("--company", e.company, "Where they work");
  sub->add_option("--title", e.title, "Their role");
  sub->add_option("--location", e.location, "Where they live");
  sub->add_option("--met", e.met_where, "Where you met");
  sub->add_option("--how", e.met_how, "How you met, in your words");
  sub->add_option("--via", e.met_via, "Who introduced you");
  sub->add_option("--met-on", e.met_on, "When you met (YYYY-MM-DD)");
  OnRun(sub, action, o, RunEdit);
}

void RegisterArchive(CLI::App& app, Action& action) {
  auto o = std::make_shared<ArchiveOptions>();
  auto* sub = app.add_subcommand("archive", "Archive a person: kept, but out of lists and queues");
  AddPersonArgument(sub, o->who);
  OnRun(sub, action, o, RunArchive);
}

void RegisterUnarchive(CLI::App& app, Action& action) {
  auto o = std::make_shared<ArchiveOptions>();
  auto* sub = app.add_subcommand("unarchive", "Bring an archived person back");
  AddPersonArgument(sub, o->who);
  OnRun(sub, action, o, RunUnarchive);
}

}  // namespace kith::cli
