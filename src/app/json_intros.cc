#include "app/json_intros.h"

#include "app/json.h"

namespace kith::app {
namespace {

using nlohmann::json;

json Ref(const core::PersonRef& r) { return {{"id", r.id}, {"name", r.name}}; }

json Steps(core::IntroState state) {
  json out = json::array();
  for (auto step : core::AllowedSteps(state)) out.push_back(std::string(core::Name(step)));
  return out;
}

}  // namespace

json ToJson(const IntroView& v) {
  const store::Intro& i = v.intro;
  return {{"id", i.id},
          {"a", Ref(i.a)},
          {"b", Ref(i.b)},
          {"reason", i.reason},
          {"state", std::string(core::Name(i.state))},
          {"outcome", i.outcome},
          {"created_at", IsoTime(i.created_at)},
          {"updated_at", IsoTime(i.updated_at)},
          {"next", v.next},
          {"steps", Steps(i.state)},
          {"draft", v.draft}};
}

}  // namespace kith::app
