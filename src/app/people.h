// Capturing and editing people: `kith add`, `kith meet`, `kith edit`,
// `kith archive`. A capture (core/capture.h) is checked and resolved first
// (PreparePerson: contact points normalized, "via" resolved to a person, text
// limits applied) and only then written, in one transaction, so a bad field
// leaves the database untouched and a dry run can show exactly what would be
// stored.
//
//   auto capture = core::ParseCapture(line);
//   auto prepared = PreparePerson(ctx, *capture);
//   if (!dry_run) auto id = WritePerson(ctx, *prepared);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/capture.h"
#include "core/contact.h"
#include "core/person.h"

namespace kith::app {

struct PreparedPerson {
  core::Person person;  // name, company, title, location, met_* filled in
  std::vector<core::ContactValue> contacts;
  std::vector<core::CapturedFact> facts;
  std::vector<std::string> needs, offers, tags, notes;
  std::vector<core::CapturedDate> dates;
  std::vector<std::string> warnings;  // things worth a second look, not errors
};

Result<PreparedPerson> PreparePerson(Context& ctx, const core::Capture& capture);

// Writes a prepared person and all their details; returns the new id.
Result<int64_t> WritePerson(Context& ctx, const PreparedPerson& prepared);

// Fields `kith edit` can change; unset fields stay as they are, an empty
// string clears a field (the name cannot be cleared).
struct PersonEdit {
  std::optional<std::string> name, company, title, location, met_where, met_how, met_via, met_on;
};

Result<core::Person> EditPerson(Context& ctx, std::string_view who, const PersonEdit& edit);

// Archived people keep all their history but leave lists and queues.
Result<core::PersonRef> ArchivePerson(Context& ctx, std::string_view who, bool archived);

}  // namespace kith::app
