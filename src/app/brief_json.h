// The person page's JSON written straight to text (util/json_writer.h): the
// brief is the API's most read document and the CLI's `show --json`, so its
// shape lives here once; app/json.h's ToJson for a brief, a person and an
// interaction parse what these write.
//
//   JsonWriter w;
//   w.BeginObject();
//   WriteBriefMembers(w, brief);   // "id", "name", ..., "last_interaction_at"
//   w.Key("tie").Null();           // the caller's own members
//   w.EndObject();
#pragma once

#include "core/person.h"
#include "util/json_writer.h"

namespace kith::app {

// The person's members, into an object the caller has opened.
void WritePersonMembers(JsonWriter& w, const core::Person& person);
// The interaction as an object.
void WriteInteraction(JsonWriter& w, const core::Interaction& interaction);
// The person's members and the brief's, into an object the caller has opened.
void WriteBriefMembers(JsonWriter& w, const core::Brief& brief);

// {"id": 7, "name": "Ana Lima"}
void WriteRef(JsonWriter& w, const core::PersonRef& person);

// "2026-11-20T12:00:00Z", appended to `out`.
void AppendIsoTime(std::string& out, int64_t unix_seconds);
// The ISO time, or null when absent.
void WriteTime(JsonWriter& w, const std::optional<int64_t>& unix_seconds);

}  // namespace kith::app
