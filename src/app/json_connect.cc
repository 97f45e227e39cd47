#include "app/json_connect.h"

#include <cmath>

#include "store/search.h"

namespace kith::app {
namespace {

using nlohmann::json;

json Ref(const core::PersonRef& r) { return {{"id", r.id}, {"name", r.name}}; }
double Round3(double x) { return std::round(x * 1000) / 1000; }

}  // namespace

json ToJson(const Profile& p) {
  return {
      {"person", Ref(p.person)}, {"offers", p.offers}, {"needs", p.needs}, {"skills", p.skills}};
}

json ToJson(const AskAnswer& a) {
  return {{"person", Ref(a.person)},
          {"company", a.company},
          {"title", a.title},
          {"snippet", store::ShowMatches(a.snippet, "[", "]")},
          {"via", a.via ? Ref(*a.via) : json(nullptr)},
          {"via_how", a.via_how},
          {"relevance", Round3(a.relevance)},
          {"reach", Round3(a.reach)},
          {"score", Round3(a.score)},
          {"reason", a.reason}};
}

json ToJson(const HelpOutList& list) {
  json needs = json::array();
  for (const auto& n : list.needs) {
    json matches = json::array();
    for (const auto& m : n.matches) {
      matches.push_back({{"by", Ref(m.by)},
                         {"mine", m.mine},
                         {"offer", m.offer},
                         {"terms", m.terms},
                         {"score", Round3(m.score)}});
    }
    needs.push_back({{"person", Ref(n.person)},
                     {"need_id", n.need_id},
                     {"need", n.need},
                     {"matches", matches},
                     {"draft", n.draft},
                     {"score", Round3(n.score)}});
  }
  return {{"needs", needs},
          {"open_needs", list.open_needs},
          {"matched", list.matched},
          {"have_profile", list.have_profile}};
}

json ToJson(const IntroIdea& i) {
  return {{"a", Ref(i.a)},
          {"b", Ref(i.b)},
          {"need", i.need},
          {"offer", i.offer},
          {"a_interest", i.a_interest},
          {"b_interest", i.b_interest},
          {"mutual", i.mutual},
          {"score", Round3(i.score)},
          {"reason", i.reason}};
}

}  // namespace kith::app
