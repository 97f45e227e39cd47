#include "core/opener.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "util/date.h"

namespace kith::core {
namespace {

using ::testing::ElementsAreArray;

constexpr int64_t kDay = 20'000;  // 2024-10-04

const std::vector<std::string> kBenGeneric = {
    "Hey Ben! Been a while — what's the latest with you?",
    "Hey Ben! Been a while — how have you been?",
    "Hey Ben! Been a while — what have you been up to?",
    "Hey Ben! Been a while — how's everything going?",
};

OpenerInput Ben() {
  OpenerInput in;
  in.name = "Ben Okafor";
  in.day = kDay;
  return in;
}

OpenerInput BenWith(FactKind kind, std::string text) {
  OpenerInput in = Ben();
  in.facts.push_back({.kind = kind, .text = std::move(text)});
  return in;
}

// The opener one fact gives, or "" when it gives none.
std::string FactOpener(FactKind kind, std::string text) {
  std::vector<std::string> all = OpenerCandidates(BenWith(kind, std::move(text)));
  return all.size() > kBenGeneric.size() ? all.front() : "";
}

// Noon local time, `days_before` days before local day number `day`.
int64_t NoonBefore(int64_t day, int days_before) {
  std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day - days_before))};
  return LocalNoon(Date{static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                        static_cast<int>(unsigned(ymd.day()))});
}

Interaction Talk(InteractionKind kind, int64_t at) {
  Interaction talk;
  talk.kind = kind;
  talk.at = at;
  return talk;
}

struct Case {
  std::string_view text;
  std::string_view want;
};

// ---- PetName ----------------------------------------------------------------

TEST(PetNameTest, ExamplesFromTheHeader) {
  EXPECT_EQ(PetName("dog Biscuit"), "Biscuit");
  EXPECT_EQ(PetName("Biscuit, a beagle"), "Biscuit");
  EXPECT_EQ(PetName("two cats, Miso and Tofu"), "Miso and Tofu");
  EXPECT_EQ(PetName("has a dog"), "");
}

TEST(PetNameTest, Heuristics) {
  const Case kCases[] = {
      {"Has a dog", ""},                     // capitalised verb is not a name
      {"Dog: Biscuit", "Biscuit"},           // capitalised animal word is not a name
      {"dog biscuit", ""},                   // lower case: not recognised
      {"a cat named miso", "miso"},          // "named" takes any case
      {"Beagle called Biscuit", "Biscuit"},  // "called" beats an earlier capital
      {"dog from Lisbon", ""},               // place, not a name
      {"Guinea pig Peanut", "Peanut"},       // two-word animal
      {"dog Mr Whiskers", "Mr Whiskers"},    // several words
      {"cats Miso, Tofu & Natto", "Miso, Tofu & Natto"},
      {"Biscuit (beagle)", "Biscuit"},
      {"", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(PetName(c.text), c.want) << c.text;
}

TEST(PetNameTest, KeepsAnyScriptExactly) {
  EXPECT_EQ(PetName("dog Łatka"), "Łatka");
  EXPECT_EQ(PetName("perro Canela"), "Canela");
  EXPECT_EQ(PetName("猫 小白"), "猫 小白");
}

// ---- Fact openers -------------------------------------------------------------

TEST(OpenerCandidatesTest, PetByName) {
  EXPECT_EQ(FactOpener(FactKind::kPet, "dog Biscuit"), "Hey Ben! Been a while — how's Biscuit?");
}

TEST(OpenerCandidatesTest, SeveralPetsArePlural) {
  EXPECT_EQ(FactOpener(FactKind::kPet, "two cats, Miso and Tofu"),
            "Hey Ben! Been a while — how are Miso and Tofu?");
}

TEST(OpenerCandidatesTest, PetWithoutNameAsksAfterTheAnimal) {
  EXPECT_EQ(FactOpener(FactKind::kPet, "has a dog"), "Hey Ben! Been a while — how's the dog?");
  EXPECT_EQ(FactOpener(FactKind::kPet, "two cats"), "Hey Ben! Been a while — how are the cats?");
  EXPECT_EQ(FactOpener(FactKind::kPet, "loves animals"), "");
}

TEST(OpenerCandidatesTest, FamilyWithName) {
  EXPECT_EQ(FactOpener(FactKind::kFamily, "daughter Ada"), "Hey Ben! Been a while — how's Ada?");
  EXPECT_EQ(FactOpener(FactKind::kFamily, "kids Ada and Sam"),
            "Hey Ben! Been a while — how are Ada and Sam?");
  EXPECT_EQ(FactOpener(FactKind::kFamily, "hija Lucía"), "Hey Ben! Been a while — how's Lucía?");
}

TEST(OpenerCandidatesTest, FamilyWithoutNameAsksAfterTheFamily) {
  EXPECT_EQ(FactOpener(FactKind::kFamily, "married"), "Hey Ben! Been a while — how's the family?");
  EXPECT_EQ(FactOpener(FactKind::kFamily, "sister in Lagos"),
            "Hey Ben! Been a while — how's the family?");
}

TEST(OpenerCandidatesTest, Hobbies) {
  const Case kCases[] = {
      {"pottery", "Hey Ben! Been a while — how's the pottery going?"},
      {"trail running", "Hey Ben! Been a while — how's the trail running going?"},
      {"the violin", "Hey Ben! Been a while — how's the violin going?"},
      {"plays cello", "Hey Ben! Been a while — still playing cello?"},
      {"restoring an old car", "Hey Ben! Been a while — still into restoring an old car?"},
      {"her garden", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(FactOpener(FactKind::kHobby, std::string(c.text)), c.want);
}

TEST(OpenerCandidatesTest, Likes) {
  EXPECT_EQ(FactOpener(FactKind::kLike, "trail running"),
            "Hey Ben! Been a while — still into trail running?");
  EXPECT_EQ(FactOpener(FactKind::kLike, "the Beatles"),
            "Hey Ben! Been a while — still into the Beatles?");
  EXPECT_EQ(FactOpener(FactKind::kLike, "to cook"), "");
}

TEST(OpenerCandidatesTest, Goals) {
  const Case kCases[] = {
      {"training for Berlin", "Hey Ben! Been a while — how's the training for Berlin going?"},
      {"open a bakery", "Hey Ben! Been a while — still planning to open a bakery?"},
      {"to run a marathon", "Hey Ben! Been a while — still planning to run a marathon?"},
      {"sailing around the world",
       "Hey Ben! Been a while — still thinking about sailing around the world?"},
      {"PhD", "Hey Ben! Been a while — how's the PhD coming along?"},
      {"Berlin marathon", "Hey Ben! Been a while — how's the Berlin marathon coming along?"},
      {"a house by the sea", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(FactOpener(FactKind::kGoal, std::string(c.text)), c.want);
}

TEST(OpenerCandidatesTest, Work) {
  EXPECT_EQ(FactOpener(FactKind::kWork, "working on a novel"),
            "Hey Ben! Been a while — still working on a novel?");
  EXPECT_EQ(FactOpener(FactKind::kWork, "climate fintech"),
            "Hey Ben! Been a while — how's work going?");
}

TEST(OpenerCandidatesTest, OtherFactsAndUnsafeTextGiveNoOpener) {
  EXPECT_EQ(FactOpener(FactKind::kOther, "allergic to nuts"), "");
  EXPECT_EQ(FactOpener(FactKind::kLike, "hiking in the Alps with her brother every summer"), "");
  EXPECT_EQ(FactOpener(FactKind::kLike, "jazz, blues"), "");
  EXPECT_EQ(FactOpener(FactKind::kGoal, "Done."), "");
}

// ---- Needs, last interaction, generic -------------------------------------------

TEST(OpenerCandidatesTest, OpenNeedsOnly) {
  OpenerInput in = Ben();
  in.needs_offers = {{.side = Side::kNeed, .text = "a designer"},
                     {.side = Side::kNeed, .text = "a cofounder", .open = false},
                     {.side = Side::kOffer, .text = "mentoring"},
                     {.side = Side::kNeed, .text = "to hire"}};
  std::vector<std::string> want = {"Hey Ben! Been a while — still looking for a designer?"};
  want.insert(want.end(), kBenGeneric.begin(), kBenGeneric.end());
  EXPECT_EQ(OpenerCandidates(in), want);
}

TEST(OpenerCandidatesTest, NoFactsGivesTheWarmGenericOnes) {
  EXPECT_THAT(OpenerCandidates(Ben()), ElementsAreArray(kBenGeneric));
}

TEST(OpenerCandidatesTest, LastInteraction) {
  OpenerInput in = Ben();
  in.last = Talk(InteractionKind::kCoffee, NoonBefore(kDay, 40));
  EXPECT_EQ(OpenerCandidates(in).front(), "Hey Ben! Been a while — up for another coffee soon?");
  in.last->summary = "talked about the Berlin move";
  EXPECT_EQ(OpenerCandidates(in).front(),
            "Hey Ben! Been a while — any news since our chat about the Berlin move?");
  in.last->summary = "talked about fundraising, hiring, her new flat and the kids";
  EXPECT_EQ(OpenerCandidates(in).front(), "Hey Ben! Been a while — up for another coffee soon?");
  in.last->kind = InteractionKind::kMessage;
  EXPECT_THAT(OpenerCandidates(in), ElementsAreArray(kBenGeneric));
}

TEST(OpenerCandidatesTest, FixedOrderFactsThenNeedsThenLastThenGeneric) {
  OpenerInput in = BenWith(FactKind::kPet, "dog Biscuit");
  in.facts.push_back({.kind = FactKind::kGoal, .text = "training for Berlin"});
  in.needs_offers = {{.side = Side::kNeed, .text = "a designer"}};
  in.last = Talk(InteractionKind::kCall, NoonBefore(kDay, 40));
  std::vector<std::string> want = {
      "Hey Ben! Been a while — how's Biscuit?",
      "Hey Ben! Been a while — how's the training for Berlin going?",
      "Hey Ben! Been a while — still looking for a designer?",
      "Hey Ben! Been a while — up for another call soon?",
  };
  want.insert(want.end(), kBenGeneric.begin(), kBenGeneric.end());
  EXPECT_EQ(OpenerCandidates(in), want);
}

TEST(OpenerCandidatesTest, DuplicatesAreDropped) {
  OpenerInput in = BenWith(FactKind::kPet, "dog");
  in.facts.push_back({.kind = FactKind::kPet, .text = "has a dog"});
  EXPECT_EQ(OpenerCandidates(in).size(), kBenGeneric.size() + 1);
}

TEST(OpenerCandidatesTest, NoBeenAWhileWithinTwoWeeks) {
  OpenerInput in = BenWith(FactKind::kPet, "dog Biscuit");
  in.last = Talk(InteractionKind::kMessage, NoonBefore(kDay, 13));
  EXPECT_EQ(OpenerCandidates(in).front(), "Hey Ben! How's Biscuit?");
  EXPECT_EQ(OpenerCandidates(in).back(), "Hey Ben! How's everything going?");
  in.last->at = NoonBefore(kDay, 14);
  EXPECT_EQ(OpenerCandidates(in).front(), "Hey Ben! Been a while — how's Biscuit?");
}

// ---- Names ------------------------------------------------------------------------

TEST(OpenerCandidatesTest, GreetsByFirstName) {
  const Case kCases[] = {
      {"李娜", "Hey 李娜! Been a while — what's the latest with you?"},
      {"李 娜", "Hey 李 娜! Been a while — what's the latest with you?"},
      {"김민준", "Hey 김민준! Been a while — what's the latest with you?"},
      {"Zoë Łukasz", "Hey Zoë! Been a while — what's the latest with you?"},
      {"Dr. Ana Silva", "Hey Ana! Been a while — what's the latest with you?"},
      {"  Ben  ", "Hey Ben! Been a while — what's the latest with you?"},
      {"Dr", "Hey Dr! Been a while — what's the latest with you?"},
      {"", "Hey! Been a while — what's the latest with you?"},
  };
  for (const Case& c : kCases) {
    OpenerInput in;
    in.name = c.text;
    EXPECT_EQ(OpenerCandidates(in).front(), c.want) << c.text;
  }
}

// ---- Dates and rotation -------------------------------------------------------------

OpenerInput BenWithDate(std::string kind, int days) {
  OpenerInput in = BenWith(FactKind::kPet, "dog Biscuit");
  in.upcoming = ImportantDate{.kind = std::move(kind), .date = {1990, 10, 7}};
  in.days_to_upcoming = days;
  return in;
}

TEST(ChooseOpenerTest, BirthdayToday) {
  EXPECT_EQ(ChooseOpener(BenWithDate("birthday", 0)), "Hey Ben! Happy birthday!");
}

TEST(ChooseOpenerTest, BirthdayInThreeDays) {
  OpenerInput in = BenWithDate("birthday", 3);
  EXPECT_EQ(ChooseOpener(in), "Hey Ben! Happy early birthday!");
  EXPECT_EQ(OpenerCandidates(in).front(), "Hey Ben! Happy early birthday!");
  EXPECT_EQ(OpenerCandidates(in)[1], "Hey Ben! Been a while — how's Biscuit?");
}

TEST(ChooseOpenerTest, DateGreetingWinsEveryDayItApplies) {
  OpenerInput in = BenWithDate("Anniversary", 1);
  for (int64_t d = kDay; d < kDay + 10; ++d) {
    in.day = d;
    EXPECT_EQ(ChooseOpener(in), "Hey Ben! Happy early anniversary!");
  }
}

TEST(ChooseOpenerTest, NoDateGreetingTooEarlyOrForOtherDates) {
  EXPECT_EQ(OpenerCandidates(BenWithDate("birthday", 4)).size(), kBenGeneric.size() + 1);
  EXPECT_EQ(OpenerCandidates(BenWithDate("name day", 0)).size(), kBenGeneric.size() + 1);
  EXPECT_EQ(OpenerCandidates(BenWithDate("birthday", -1)).size(), kBenGeneric.size() + 1);
}

TEST(ChooseOpenerTest, ConsecutiveDaysDiffer) {
  OpenerInput in = BenWith(FactKind::kPet, "dog Biscuit");
  for (int64_t d = -3; d < 30; ++d) {
    in.day = kDay + d;
    std::string today = ChooseOpener(in);
    in.day = kDay + d + 1;
    EXPECT_NE(ChooseOpener(in), today) << "day " << kDay + d;
  }
}

TEST(ChooseOpenerTest, SameDaySameOpener) {
  OpenerInput in = BenWith(FactKind::kGoal, "training for Berlin");
  std::string first = ChooseOpener(in);
  EXPECT_EQ(ChooseOpener(in), first);
  EXPECT_EQ(ChooseOpener(OpenerInput(in)), first);
}

TEST(ChooseOpenerTest, OnePersonalOpenerAlternatesWithAGenericOne) {
  OpenerInput in = BenWith(FactKind::kPet, "dog Biscuit");
  std::set<std::string> seen;
  for (int64_t d = 0; d < 10; ++d) {
    in.day = kDay + d;
    seen.insert(ChooseOpener(in));
  }
  EXPECT_EQ(seen, (std::set<std::string>{"Hey Ben! Been a while — how's Biscuit?",
                                         "Hey Ben! Been a while — what's the latest with you?"}));
}

TEST(ChooseOpenerTest, SeveralPersonalOpenersRotateWithoutGenericOnes) {
  OpenerInput in = BenWith(FactKind::kPet, "dog Biscuit");
  in.facts.push_back({0, FactKind::kHobby, "pottery", 0});
  std::set<std::string> seen;
  for (int64_t d = 0; d < 10; ++d) {
    in.day = kDay + d;
    seen.insert(ChooseOpener(in));
  }
  EXPECT_EQ(seen, (std::set<std::string>{"Hey Ben! Been a while — how's Biscuit?",
                                         "Hey Ben! Been a while — how's the pottery going?"}));
}

TEST(ChooseOpenerTest, NegativeDaysRotateToo) {
  OpenerInput in = Ben();
  in.day = -1;
  std::string before = ChooseOpener(in);
  in.day = 0;
  EXPECT_NE(ChooseOpener(in), before);
  EXPECT_THAT(kBenGeneric, ::testing::Contains(before));
}

TEST(ChooseOpenerTest, DifferentPeopleSameDayCanDiffer) {
  std::set<std::string> questions;
  for (std::string name : {"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hal"}) {
    OpenerInput in;
    in.name = name;
    in.day = kDay;
    std::string opener = ChooseOpener(in);
    questions.insert(opener.substr(opener.find("—")));
  }
  EXPECT_GT(questions.size(), 1u);
}

}  // namespace
}  // namespace kith::core
