// JSON forms of the connector's results (ask, help-out, introduction ideas),
// shared by the CLI's --json output and the server's API.
#pragma once

#include <nlohmann/json.hpp>

#include "app/ask.h"
#include "app/help_out.h"
#include "app/intro_ideas.h"
#include "app/me.h"

namespace kith::app {

nlohmann::json ToJson(const Profile& profile);
nlohmann::json ToJson(const AskAnswer& answer);
nlohmann::json ToJson(const HelpOutList& list);
nlohmann::json ToJson(const IntroIdea& idea);

}  // namespace kith::app
