// Remembering things about a person after the first meeting: `kith fact`,
// `note`, `need`, `offer`, `date`, `tag`, `log`. Each use case resolves the
// person reference (app/resolve.h), checks its input, and writes in one
// transaction; any error leaves the database as it was. Each returns the
// person it touched, for the face to confirm.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "core/person.h"

namespace kith::app {

Result<core::PersonRef> AddFact(Context& ctx, std::string_view who, std::string_view kind,
                                std::string_view text);
Result<core::PersonRef> AddNote(Context& ctx, std::string_view who, std::string_view body);
Result<core::PersonRef> AddNeedOffer(Context& ctx, std::string_view who, core::Side side,
                                     std::string_view text);
// `kind` is "birthday", "anniversary" or any short label; `date` YYYY-MM-DD or
// --MM-DD.
Result<core::PersonRef> SetDate(Context& ctx, std::string_view who, std::string_view kind,
                                std::string_view date);
Result<core::PersonRef> AddTags(Context& ctx, std::string_view who,
                                const std::vector<std::string>& tags);
// Adds a contact point of `kind` ("email", "phone", "url", "handle", "address").
Result<core::PersonRef> AddContact(Context& ctx, std::string_view who, std::string_view kind,
                                   std::string_view value, std::string_view label);

struct LogRequest {
  std::string who;
  std::vector<std::string> with;             // more participants
  std::string kind;                          // core::InteractionKind name
  std::string when;                          // util/date.h ParseWhen; empty: now
  std::optional<core::Direction> direction;  // unset: core::DefaultDirection(kind)
  std::string note;
};

struct Logged {
  int64_t id = 0;
  core::Interaction interaction;  // with participants
};

// Records an interaction that happened. Rejects dates in the future (more than
// a day ahead, to forgive time zones).
Result<Logged> LogInteraction(Context& ctx, const LogRequest& request);

}  // namespace kith::app
