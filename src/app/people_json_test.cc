#include "app/people_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/json.h"

namespace kith::app {
namespace {

constexpr int64_t kNoonNov20 = 1795176000;  // 2026-11-20T12:00:00Z

PersonRow Zoe() {
  PersonRow row;
  row.summary.id = 42;
  row.summary.name = "Zoë \"Z\" <b>Brandt</b>";
  row.summary.company = "Crumb & Co";
  row.summary.tags = {"climbing", "baker"};
  row.summary.last_interaction_at = kNoonNov20;
  core::Assessment a;
  a.circle = core::Circle::kClose;
  a.cadence_days = 30;
  a.strength = 61.6;
  a.silence_days = 45;
  a.overdue_ratio = 1.5049;
  row.assessment = a;
  return row;
}

TEST(PeopleJsonTest, ARowIsTheSummaryAndItsTie) {
  JsonWriter w;
  WritePersonRow(w, Zoe());
  EXPECT_EQ(w.str(),
            R"({"id":42,"name":"Zoë \"Z\" <b>Brandt</b>","company":"Crumb & Co","title":"",)"
            R"("tags":["climbing","baker"],"last_interaction_at":"2026-11-20T12:00:00Z",)"
            R"("archived":false,"tie":{"circle":"close","circle_inferred":true,)"
            R"("cadence_days":30,"strength":62.0,"silence_days":45,"overdue_ratio":1.5,)"
            R"("drifting":false,"snoozed":false,"due":null}})");
}

TEST(PeopleJsonTest, APageNamesItsTotalAndTheNextCursor) {
  PeoplePage page;
  PersonRow archived;
  archived.summary = {7, "Ben", "ben", "", "", {}, std::nullopt, true};
  page.rows = {archived};
  page.total = 3;
  page.next_cursor = "0~7~ben";
  EXPECT_EQ(PeoplePageJson(page),
            R"({"items":[{"id":7,"name":"Ben","company":"","title":"","tags":[],)"
            R"("last_interaction_at":null,"archived":true,"tie":null}],"total":3,)"
            R"("next_cursor":"0~7~ben"})");
  page.next_cursor.clear();
  EXPECT_EQ(nlohmann::json::parse(PeoplePageJson(page))["next_cursor"], nullptr);
}

TEST(PeopleJsonTest, ToJsonOfASummaryParsesWhatTheWriterWrites) {
  auto summary = ToJson(Zoe().summary);
  EXPECT_EQ(summary["name"], "Zoë \"Z\" <b>Brandt</b>");
  EXPECT_EQ(summary["tags"][1], "baker");
  EXPECT_EQ(summary["last_interaction_at"], "2026-11-20T12:00:00Z");
  EXPECT_FALSE(summary.contains("tie"));
}

}  // namespace
}  // namespace kith::app
