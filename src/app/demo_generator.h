// The demo generator's model and the Generator that draws and writes the
// network; see app/demo.h for what it models. Internal to app/demo*.cc: the
// generator's work is split by what it writes (demo.cc: communities, personas,
// interactions, knows; demo_people.cc: people and their details).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "app/demo.h"
#include "app/demo_random.h"
#include "app/demo_words.h"
#include "core/kinds.h"
#include "store/bulk.h"

namespace kith::app::detail {

using core::Direction;
using core::FactKind;
using core::InteractionKind;

inline constexpr int64_t kDay = 86400;
inline constexpr int64_t kSpan = 1826 * kDay;  // five years
inline constexpr int64_t kMaxPeople = 10'000'000;
inline constexpr int64_t kMaxRows = 50'000'000;

// Dunbar's layers, cumulative: the 5 closest, the next 10, 35, 100, the rest.
enum Layer : uint8_t { kInner, kClose, kNetwork, kWider, kRare };
struct LayerSpec {
  const char* circle;
  int64_t up_to;        // cumulative rank
  double gap_days;      // usual gap between contacts
  double latest_start;  // share of the five years by which contact began
  int min_facts, max_facts;
  std::array<int, kKindCount> kinds;  // weights over kKinds
};
inline constexpr LayerSpec kLayers[] = {
    {"inner", 5, 7, 0.05, 3, 5, {10, 15, 15, 10, 30, 5, 3, 5, 7}},
    {"close", 15, 21, 0.3, 2, 4, {20, 10, 15, 10, 20, 10, 5, 5, 5}},
    {"network", 50, 60, 0.5, 1, 3, {20, 5, 5, 10, 15, 25, 15, 10, 5}},
    {"wider", 150, 300, 0.7, 1, 2, {10, 3, 2, 5, 15, 30, 15, 25, 2}},
    {"", std::numeric_limits<int64_t>::max(), 900, 0.95, 0, 2, {5, 1, 2, 3, 15, 35, 10, 30, 2}},
};

enum class CommunityKind : uint8_t { kCompany, kClub, kSchool };
struct Community {
  CommunityKind kind = CommunityKind::kCompany;
  size_t item = 0;               // index into kCompanies, kClubs or kSchools
  std::string label;             // "Nordlicht Labs (design)", "running club, Berlin"
  std::string_view city;         // where it meets, if anywhere in particular
  std::string how;               // how two members know each other
  std::vector<int32_t> members;  // person indexes, ascending
};

struct Persona {
  int32_t community = 0;
  uint8_t culture = 0;
  Layer layer = kRare;
  bool quiet = false;   // contact stops well before now
  double p_out = 0.5;   // share of one-way contacts I start
  double gap_days = 0;  // their own rhythm
  int64_t start = 0;    // first possible contact
  int64_t end = 0;      // no contact at or after this
  int64_t count = 0;    // interactions with them as the main person
};

struct PlannedInteraction {
  int64_t at = 0;
  int32_t person = 0;
  std::array<int32_t, 3> others{-1, -1, -1};  // group members besides `person`
  uint16_t summary = 0;                       // index into the summary pool
  InteractionKind kind = InteractionKind::kOther;
  Direction direction = Direction::kMutual;
};

std::string_view Native(std::string_view part);

// Lower-case ASCII letters and digits of a name part, for email addresses.
std::string Latin(std::string_view part);

// Shares `total` out in proportion to `weights` (all > 0), exactly: each share
// is the step in floor(total * running fraction), so the shares sum to total.
std::vector<int64_t> Apportion(const std::vector<double>& weights, int64_t total);

uint64_t PairKey(int32_t a, int32_t b);

// The `round`th community built on the same company, club or school: a team,
// a chapter in another city, a later class.
Community MakeCommunity(CommunityKind kind, size_t item, size_t round);

// Calls `report` with whole percentages as work advances: at most 101 calls.
class ProgressMeter {
 public:
  ProgressMeter(const std::function<void(double)>& report, int64_t total)
      : report_(report), total_(std::max<int64_t>(total, 1)) {
    if (report_) report_(0.0);
  }
  void Advance(int64_t units) {
    done_ += units;
    const int64_t percent = std::min<int64_t>(100, done_ * 100 / total_);
    if (percent <= last_) return;
    last_ = percent;
    if (report_) report_(static_cast<double>(percent) / 100.0);
  }
  void Finish() { Advance(total_); }

 private:
  const std::function<void(double)>& report_;
  int64_t total_;
  int64_t done_ = 0;
  int64_t last_ = 0;
};

// Holds the network while it is drawn and written: personas first (who is in
// which community and layer), then each person's profile, then interactions
// in time order, then the knows edges.
class Generator {
 public:
  Generator(store::BulkWriter& writer, const DemoOptions& options,
            const std::function<void(double)>& progress)
      : writer_(writer),
        options_(options),
        n_(static_cast<int32_t>(options.people)),
        progress_(progress, 20 * options.people + 2 * options.interactions + options.knows) {}

  Result<DemoReport> Run() {
    BuildSummaries();
    BuildCommunities();
    BuildPersonas();
    KITH_RETURN_IF_ERROR(WritePeople());
    PlanRhythms();
    KITH_RETURN_IF_ERROR(WriteInteractions(PlanInteractions()));
    KITH_RETURN_IF_ERROR(WriteKnows(ChooseEdges()));
    for (int32_t i = 0; i < n_; ++i) {
      if (personas_[i].quiet) report_.quiet_ties.push_back(ids_[i]);
    }
    report_.tags = static_cast<int64_t>(tag_ids_.size());
    progress_.Finish();
    return report_;
  }

 private:
  struct Profile;

  void BuildSummaries();
  void BuildCommunities();
  void BuildPersonas();
  Status WritePeople();
  Profile DrawProfile(int32_t i, Rng& rng);
  Status WriteContacts(int32_t i, const Profile& profile, Rng& rng);
  Status WriteFacts(int32_t i, const Profile& profile, Rng& rng);
  Status WriteAsksAndNotes(int32_t i, const Profile& profile, Rng& rng);
  Status Tag(int64_t id, std::string_view tag, std::vector<std::string_view>& seen);
  void PlanRhythms();
  void PlantQuietTies(Rng& rng);
  std::vector<PlannedInteraction> PlanInteractions();
  void PlanPerson(int32_t i, Rng& rng, std::vector<PlannedInteraction>& out);
  void AddGroup(int32_t i, Rng& rng, PlannedInteraction& planned);
  Status WriteInteractions(const std::vector<PlannedInteraction>& planned);
  std::vector<uint64_t> ChooseEdges();
  std::vector<uint64_t> ChooseDenseEdges(Rng& rng);
  Status WriteKnows(const std::vector<uint64_t>& edges);

  int64_t Start() const { return options_.now - kSpan; }
  bool SameCommunity(int32_t a, int32_t b) const {
    return personas_[a].community == personas_[b].community;
  }

  store::BulkWriter& writer_;
  const DemoOptions& options_;
  const int32_t n_;
  ProgressMeter progress_;
  DemoReport report_;
  std::vector<std::string> summaries_{""};  // index 0: no summary
  std::array<std::pair<uint16_t, uint16_t>, kKindCount> summary_ranges_{};
  std::vector<Community> communities_;
  std::vector<Persona> personas_;
  std::vector<int64_t> ids_;  // person index -> person id
  std::unordered_map<std::string_view, int64_t> tag_ids_;
  std::unordered_set<std::string> emails_;  // normalized, to keep them distinct
};

}  // namespace kith::app::detail
