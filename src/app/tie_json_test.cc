#include "app/tie_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/json_network.h"

namespace kith::app {
namespace {

constexpr int64_t kNoonNov20 = 1795176000;  // 2026-11-20T12:00:00Z

TieReport SampleReport() {
  TieReport r;
  r.person = {42, "Zoë \"Z\" Brandt"};
  r.assessment.circle = core::Circle::kClose;
  r.assessment.circle_inferred = false;
  r.assessment.cadence_days = 30;
  r.assessment.strength = 61.6;
  r.assessment.silence_days = 45;
  r.assessment.overdue_ratio = 1.5049;
  r.assessment.drifting = true;
  r.strength.score = 61.625;
  r.strength.count = 3;
  r.stats.median_gap_days = 12.5;
  r.strength.top.push_back(
      {{kNoonNov20, core::InteractionKind::kCoffee, core::Direction::kOut}, 0.25});
  return r;
}

TEST(TieJsonTest, AssessmentRoundsStrengthAndRatio) {
  auto a = SampleReport().assessment;
  JsonWriter w;
  WriteAssessment(w, a);
  EXPECT_EQ(w.str(),
            R"({"circle":"close","circle_inferred":false,"cadence_days":30,"strength":62.0,)"
            R"("silence_days":45,"overdue_ratio":1.5,"drifting":true,"snoozed":false,"due":null})");
}

TEST(TieJsonTest, TieMembersKeepTheExactScoreAndTheTopTouches) {
  JsonWriter w;
  w.BeginObject();
  WriteTieMembers(w, SampleReport());
  w.EndObject();
  EXPECT_EQ(w.str(),
            R"({"person":{"id":42,"name":"Zoë \"Z\" Brandt"},"strength":61.625,"circle":"close",)"
            R"("circle_inferred":false,"cadence_days":30,"silence_days":45,"usual_gap_days":12.5,)"
            R"("overdue_ratio":1.5049,"drifting":true,"interactions":3,"top":[{"at":)"
            R"("2026-11-20T12:00:00Z","kind":"coffee","direction":"out","weight_now":0.25}]})");
}

TEST(TieJsonTest, ToJsonParsesWhatTheWriterWrites) {
  auto report = SampleReport();
  report.assessment.due_at = kNoonNov20;
  auto tie = ToJson(report);
  EXPECT_EQ(tie["person"]["name"], "Zoë \"Z\" Brandt");
  EXPECT_EQ(tie["top"][0]["kind"], "coffee");
  auto assessment = ToJson(report.assessment);
  EXPECT_EQ(assessment["strength"], 62.0);
  EXPECT_TRUE(assessment["due"].is_string());
}

}  // namespace
}  // namespace kith::app
