#include "app/demo.h"

#include <fmt/format.h>

#include <cmath>

#include "app/demo_generator.h"
#include "app/keep_in_touch.h"
#include "core/contact.h"
#include "store/bulk.h"
#include "util/text.h"

namespace kith::app {
namespace detail {

std::string_view Native(std::string_view part) { return part.substr(0, part.find('|')); }

// Lower-case ASCII letters and digits of a name part, for email addresses.
std::string Latin(std::string_view part) {
  const size_t bar = part.find('|');
  if (bar != std::string_view::npos) return std::string(part.substr(bar + 1));
  std::string out;
  for (char c : Fold(part)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
  }
  return out;
}

// Shares `total` out in proportion to `weights` (all > 0), exactly: each share
// is the step in floor(total * running fraction), so the shares sum to total.
std::vector<int64_t> Apportion(const std::vector<double>& weights, int64_t total) {
  double sum = 0;
  for (double w : weights) sum += w;
  std::vector<int64_t> out(weights.size(), 0);
  double running = 0;
  int64_t given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    running += weights[i];
    int64_t upto =
        i + 1 == weights.size()
            ? total
            : static_cast<int64_t>(std::floor(static_cast<double>(total) * (running / sum)));
    upto = std::clamp(upto, given, total);
    out[i] = upto - given;
    given = upto;
  }
  return out;
}

uint64_t PairKey(int32_t a, int32_t b) {
  if (a > b) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | static_cast<uint32_t>(b);
}

// The `round`th community built on the same company, club or school: a team,
// a chapter in another city, a later class.
Community MakeCommunity(CommunityKind kind, size_t item, size_t round) {
  Community c;
  c.kind = kind;
  c.item = item;
  if (kind == CommunityKind::kCompany) {
    c.label = kCompanies[item].name;
    if (round > 0) c.label += fmt::format(" ({})", kTeams[(round - 1) % std::size(kTeams)]);
    c.how = "colleagues at " + c.label;
    c.city = kCompanies[item].city;
  } else if (kind == CommunityKind::kClub) {
    c.city = kCities[(item + round) % std::size(kCities)];
    c.label = fmt::format("{}, {}", kClubs[item].name, c.city);
    c.how = c.label;
  } else {
    c.label = std::string(kSchools[item]) + " alumni";
    if (round > 0) c.label += fmt::format(", class of {}", 2004 + round);
    c.how = c.label;
  }
  return c;
}

void Generator::BuildSummaries() {
  for (size_t k = 0; k < kKindCount; ++k) {
    const auto begin = static_cast<uint16_t>(summaries_.size());
    for (const char* fixed : kSummaries[k].fixed) {
      if (fixed != nullptr) summaries_.emplace_back(fixed);
    }
    for (const auto& [prefix, items] : kSummaries[k].joined) {
      for (const char* item : items) summaries_.push_back(std::string(prefix) + item);
    }
    summary_ranges_[k] = {begin, static_cast<uint16_t>(summaries_.size())};
  }
}

// About one community per 30 people, half of them workplaces, a quarter clubs
// and a quarter schools; BuildPersonas skews their sizes, so a few are large
// (a big employer, a busy club) and most are small.
void Generator::BuildCommunities() {
  const int64_t count = std::max<int64_t>(1, (options_.people + 29) / 30);
  constexpr CommunityKind kCycle[] = {CommunityKind::kCompany, CommunityKind::kClub,
                                      CommunityKind::kCompany, CommunityKind::kSchool};
  const std::array<size_t, 3> sizes{std::size(kCompanies), std::size(kClubs), std::size(kSchools)};
  std::array<size_t, 3> used{};
  for (int64_t c = 0; c < count; ++c) {
    const CommunityKind kind = kCycle[c % 4];
    const size_t k = static_cast<size_t>(kind);
    communities_.push_back(MakeCommunity(kind, used[k] % sizes[k], used[k] / sizes[k]));
    ++used[k];
  }
}

void Generator::BuildPersonas() {
  Rng rng(options_.seed, kSkeleton);
  personas_.resize(n_);
  const auto count = static_cast<double>(communities_.size());
  for (int32_t i = 0; i < n_; ++i) {
    Persona& p = personas_[i];
    p.culture = static_cast<uint8_t>(rng.Weighted(kCultureWeights));
    p.community = static_cast<int32_t>(count * std::pow(rng.Real(), 1.7));
    p.p_out = rng.Real(0.3, 0.8);
    communities_[p.community].members.push_back(i);
  }
  // Layers by a random ranking: who is closest has nothing to do with order.
  std::vector<int32_t> rank(n_);
  for (int32_t i = 0; i < n_; ++i) rank[i] = i;
  for (int32_t i = n_ - 1; i > 0; --i) std::swap(rank[i], rank[rng.Below(i + 1)]);
  for (int32_t r = 0; r < n_; ++r) {
    int layer = 0;
    while (r >= kLayers[layer].up_to) ++layer;
    personas_[rank[r]].layer = static_cast<Layer>(layer);
  }
}

// ------------------------------------------------------------------ interactions

// Each person's rhythm is their layer's gap, jittered between 0.6x and 1.6x;
// the requested interactions are shared in proportion to how many such gaps
// fit in their window of contact.
void Generator::PlanRhythms() {
  Rng rng(options_.seed, kRhythm);
  std::vector<double> weights(n_);
  for (int32_t i = 0; i < n_; ++i) {
    Persona& p = personas_[i];
    p.gap_days = kLayers[p.layer].gap_days * std::exp2(rng.Real(-0.737, 0.678));
    weights[i] = static_cast<double>(p.end - p.start) / (p.gap_days * kDay);
  }
  const std::vector<int64_t> counts = Apportion(weights, options_.interactions);
  for (int32_t i = 0; i < n_; ++i) personas_[i].count = counts[i];
  PlantQuietTies(rng);
}

// About one in ten of the inner, close and network people (with enough
// history to have a rhythm) falls silent 4-12 of their own gaps before now:
// their interactions are squeezed into a window ending that long ago.
void Generator::PlantQuietTies(Rng& rng) {
  std::vector<int32_t> eligible;
  for (int32_t i = 0; i < n_; ++i) {
    if (personas_[i].layer <= kNetwork && personas_[i].count >= 4) eligible.push_back(i);
  }
  if (eligible.empty()) return;
  const auto quiet = std::max<size_t>(1, (eligible.size() + 5) / 10);
  for (size_t k = 0; k < quiet; ++k) {
    std::swap(eligible[k], eligible[k + rng.Below(eligible.size() - k)]);
    Persona& p = personas_[eligible[k]];
    const double n = static_cast<double>(p.count);
    const double q = rng.Real(4, 12);
    p.end = p.start + static_cast<int64_t>(static_cast<double>(p.end - p.start) * n / (n + q));
    p.quiet = true;
  }
}

std::vector<PlannedInteraction> Generator::PlanInteractions() {
  Rng rng(options_.seed, kContact);
  std::vector<PlannedInteraction> planned;
  planned.reserve(static_cast<size_t>(options_.interactions));
  for (int32_t i = 0; i < n_; ++i) PlanPerson(i, rng, planned);
  // Time order: ids follow time, and the time index grows at its end.
  std::stable_sort(
      planned.begin(), planned.end(),
      [](const PlannedInteraction& a, const PlannedInteraction& b) { return a.at < b.at; });
  return planned;
}

// Times follow the person's rhythm: n+1 random gaps (0.25x to 1.75x the mean)
// scaled to fill their window, each moved to the daytime of its day.
void Generator::PlanPerson(int32_t i, Rng& rng, std::vector<PlannedInteraction>& out) {
  const Persona& p = personas_[i];
  if (p.count == 0) return;
  std::vector<double> cumulative(static_cast<size_t>(p.count) + 1);
  double sum = 0;
  for (double& c : cumulative) c = sum += rng.Real(0.25, 1.75);
  const auto window = static_cast<double>(p.end - p.start);
  const LayerSpec& layer = kLayers[p.layer];
  for (int64_t k = 0; k < p.count; ++k) {
    PlannedInteraction planned;
    planned.person = i;
    const int64_t at = p.start + static_cast<int64_t>(window * cumulative[k] / sum);
    constexpr int64_t kHour = 3600;
    const int64_t daytime = at - at % kDay + 7 * kHour + rng.Between(0, 14 * kHour);
    planned.at = std::min(daytime < p.end ? daytime : at, p.end - 1);
    const size_t kind = rng.Weighted(layer.kinds);
    planned.kind = kKinds[kind];
    const auto [begin, end] = summary_ranges_[kind];
    planned.summary = rng.Chance(0.25) ? 0 : static_cast<uint16_t>(begin + rng.Below(end - begin));
    const bool meet = planned.kind != InteractionKind::kMessage &&
                      planned.kind != InteractionKind::kEmail &&
                      planned.kind != InteractionKind::kHelp;
    planned.direction = meet && rng.Chance(0.75) ? Direction::kMutual
                        : rng.Chance(p.p_out)    ? Direction::kOut
                                                 : Direction::kIn;
    AddGroup(i, rng, planned);
    out.push_back(planned);
  }
}

// Some meetings, events and meals include 1-3 more people of the same
// community (never a quiet tie, whose silence must hold).
void Generator::AddGroup(int32_t i, Rng& rng, PlannedInteraction& planned) {
  static constexpr std::pair<InteractionKind, double> kGroupShare[] = {
      {InteractionKind::kEvent, 0.5},
      {InteractionKind::kMeeting, 0.3},
      {InteractionKind::kMeal, 0.15},
      {InteractionKind::kVideo, 0.1}};
  double share = 0;
  for (const auto& [kind, s] : kGroupShare) share = kind == planned.kind ? s : share;
  if (share == 0 || !rng.Chance(share)) return;
  const auto& members = communities_[personas_[i].community].members;
  const auto wanted = static_cast<size_t>(rng.Between(1, 3));
  size_t found = 0;
  for (int attempt = 0; attempt < 8 && found < wanted; ++attempt) {
    const int32_t other = members[rng.Below(members.size())];
    const auto& others = planned.others;
    if (other == i || personas_[other].quiet ||
        std::find(others.begin(), others.end(), other) != others.end()) {
      continue;
    }
    planned.others[found++] = other;
  }
  if (found > 0) planned.direction = Direction::kMutual;
}

Status Generator::WriteInteractions(const std::vector<PlannedInteraction>& planned) {
  std::array<int64_t, 4> participants{};
  for (const PlannedInteraction& p : planned) {
    size_t count = 0;
    participants[count++] = ids_[p.person];
    for (int32_t other : p.others) {
      if (other >= 0) participants[count++] = ids_[other];
    }
    store::InteractionRow row;
    row.kind = p.kind;
    row.at = p.at;
    row.direction = p.direction;
    row.summary = summaries_[p.summary];
    row.source = "demo";
    row.created_at = p.at;
    auto id = writer_.AddInteraction(row, std::span(participants.data(), count));
    if (!id) return id.status();
    progress_.Advance(2);
  }
  KITH_RETURN_IF_ERROR(writer_.Flush());
  report_.interactions = static_cast<int64_t>(planned.size());
  return Status::Ok();
}

// ------------------------------------------------------------------ knows

// Sparse networks: about 85% of edges join two members of one community, the
// rest any two people; once a community's pairs run out, edges cross instead.
// Returns distinct pairs sorted, so they insert in key order.
std::vector<uint64_t> Generator::ChooseEdges() {
  Rng rng(options_.seed, kTies);
  const auto wanted = static_cast<size_t>(options_.knows);
  const auto n = static_cast<uint64_t>(n_);
  if (wanted > n * (n - 1) / 4) return ChooseDenseEdges(rng);
  std::unordered_set<uint64_t> seen;
  seen.reserve(wanted * 2);
  std::vector<uint64_t> edges;
  edges.reserve(wanted);
  int misses = 0;
  while (edges.size() < wanted) {
    const bool within = misses < 64 && rng.Chance(0.85);
    const auto a = static_cast<int32_t>(rng.Below(n));
    const auto& members = communities_[personas_[a].community].members;
    const auto b = static_cast<int32_t>(within ? members[rng.Below(members.size())] : rng.Below(n));
    if (a == b || !seen.insert(PairKey(a, b)).second) {
      misses += within ? 1 : 0;
      continue;
    }
    if (within) misses = 0;
    edges.push_back(PairKey(a, b));
  }
  std::sort(edges.begin(), edges.end());
  return edges;
}

// Dense networks (more than half of all pairs): choose the pairs left out,
// mostly between communities, and keep every other pair.
std::vector<uint64_t> Generator::ChooseDenseEdges(Rng& rng) {
  const auto n = static_cast<uint64_t>(n_);
  const uint64_t left_out = n * (n - 1) / 2 - static_cast<uint64_t>(options_.knows);
  std::unordered_set<uint64_t> excluded;
  excluded.reserve(left_out * 2);
  while (excluded.size() < left_out) {
    const auto a = static_cast<int32_t>(rng.Below(n));
    const auto b = static_cast<int32_t>(rng.Below(n));
    if (a == b || (SameCommunity(a, b) && !rng.Chance(0.2))) continue;
    excluded.insert(PairKey(a, b));
  }
  std::vector<uint64_t> edges;
  edges.reserve(static_cast<size_t>(options_.knows));
  for (int32_t a = 0; a < n_; ++a) {
    for (int32_t b = a + 1; b < n_; ++b) {
      if (!excluded.contains(PairKey(a, b))) edges.push_back(PairKey(a, b));
    }
  }
  return edges;
}

Status Generator::WriteKnows(const std::vector<uint64_t>& edges) {
  Rng rng(options_.seed, kTies + 1);
  std::vector<std::string> met_at;
  for (const char* event : kEvents) met_at.push_back(std::string("met at ") + event);
  for (uint64_t key : edges) {
    const auto a = static_cast<int32_t>(key >> 32);
    const auto b = static_cast<int32_t>(key & 0xFFFFFFFFu);
    const bool within = SameCommunity(a, b);
    store::KnowsRow row;
    row.a = ids_[a];
    row.b = ids_[b];
    row.how = within            ? std::string_view(communities_[personas_[a].community].how)
              : rng.Chance(0.3) ? std::string_view(rng.Pick(met_at))
                                : std::string_view();
    const bool inferred = rng.Chance(within ? 0.7 : 0.4);
    row.source = inferred ? "inferred" : "stated";
    row.count = inferred ? 1 + rng.Between(0, within ? 11 : 2) : 1;
    const double strength = within ? rng.Real(0.35, 1.0) : rng.Real(0.05, 0.6);
    row.strength = std::clamp(std::round(strength * 100) / 100, 0.01, 1.0);
    row.created_at = options_.now - rng.Between(0, kSpan);
    KITH_RETURN_IF_ERROR(writer_.AddKnows(row));
    progress_.Advance(1);
  }
  report_.knows = static_cast<int64_t>(edges.size());
  return Status::Ok();
}

}  // namespace detail

namespace {

using detail::kMaxPeople;
using detail::kMaxRows;
using detail::kSpan;

Status Validate(const DemoOptions& o) {
  if (o.people < 1 || o.people > kMaxPeople) {
    return Status::Invalid(
        fmt::format("people must be between 1 and {} (got {})", kMaxPeople, o.people));
  }
  if (o.interactions < 0 || o.interactions > kMaxRows) {
    return Status::Invalid(
        fmt::format("interactions must be between 0 and {} (got {})", kMaxRows, o.interactions));
  }
  const int64_t pairs = o.people * (o.people - 1) / 2;
  const int64_t max_knows = std::min(pairs, kMaxRows);
  if (o.knows < 0 || o.knows > max_knows) {
    return Status::Invalid(fmt::format("knows must be between 0 and {} for {} {} (got {})",
                                       max_knows, o.people, o.people == 1 ? "person" : "people",
                                       o.knows));
  }
  if (o.now < kSpan) return Status::Invalid("now must be a Unix time after 1975");
  return Status::Ok();
}

}  // namespace

Result<DemoReport> GenerateDemo(store::Db& db, const DemoOptions& options,
                                const std::function<void(double)>& progress) {
  KITH_RETURN_IF_ERROR(Validate(options));
  auto tx = store::Transaction::Begin(db);
  if (!tx) return tx.status();
  auto existing = store::CountPeople(db);
  if (!existing) return existing.status();
  if (*existing > 0) {
    return Status::Conflict(
        fmt::format("this database already holds {} {}; kith demo only fills an empty database",
                    *existing, *existing == 1 ? "person" : "people"));
  }
  auto writer = store::BulkWriter::Prepare(db);
  if (!writer) return writer.status();
  auto report = detail::Generator(**writer, options, progress).Run();
  if (!report) return report.status();
  KITH_RETURN_IF_ERROR(RecomputeAllStats(db, options.model));
  KITH_RETURN_IF_ERROR(tx->Commit());
  return report;
}

}  // namespace kith::app
