#include "app/dupes.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/contact.h"
#include "core/names.h"
#include "store/merge.h"
#include "util/text.h"

namespace kith::app {
namespace {

// Groups larger than this (a name, or a first name at one company) are not
// compared within: too many namesakes to mean anything.
constexpr size_t kMaxGroup = 50;

constexpr int kSameEmail = 100, kSamePhone = 90, kSharedOtherName = 30;
constexpr int kSameNameCompany = 80, kSameNameDomain = 70, kSameName = 50;
constexpr int kSimilarCompany = 60, kSimilarDomain = 50;

std::optional<std::string> SharedDomain(const store::DupePerson& a, const store::DupePerson& b) {
  for (const auto& d : a.email_domains) {
    if (!core::IsFreeMailDomain(d) &&
        std::binary_search(b.email_domains.begin(), b.email_domains.end(), d)) {
      return d;
    }
  }
  return std::nullopt;
}

using Group = std::vector<const store::DupePerson*>;
using PairKey = std::pair<int64_t, int64_t>;

class Evidence {
 public:
  explicit Evidence(const std::vector<std::pair<int64_t, int64_t>>& not_dupes) {
    for (auto [a, b] : not_dupes) excluded_.insert(Key(a, b));
  }

  void Add(const store::DupePerson& a, const store::DupePerson& b, int weight, std::string why) {
    if (a.id == b.id || excluded_.count(Key(a.id, b.id))) return;
    auto& found = found_[Key(a.id, b.id)];
    found.people = {&a, &b};
    for (const auto& [w, r] : found.reasons) {
      if (r == why) return;
    }
    found.reasons.emplace_back(weight, std::move(why));
  }

  std::vector<DupePair> Pairs() const {
    std::vector<DupePair> out;
    for (const auto& [key, found] : found_) out.push_back(ToPair(found));
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& x, const auto& y) { return x.score > y.score; });
    return out;
  }

 private:
  struct Found {
    std::pair<const store::DupePerson*, const store::DupePerson*> people;
    std::vector<std::pair<int, std::string>> reasons;
  };
  static PairKey Key(int64_t a, int64_t b) { return {std::min(a, b), std::max(a, b)}; }

  static DupePair ToPair(const Found& found) {
    auto [a, b] = found.people;
    bool a_first = a->is_me || (!b->is_me && a->id < b->id);
    DupePair pair{a_first ? *a : *b, a_first ? *b : *a, 0, {}};
    auto reasons = found.reasons;
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    for (auto& [weight, why] : reasons) {
      pair.score += weight;
      pair.reasons.push_back(std::move(why));
    }
    return pair;
  }

  std::set<PairKey> excluded_;
  std::map<PairKey, Found> found_;  // ordered: ties in score come out by ids
};

// Calls `visit(a, b, group size)` for each pair within each group small
// enough to mean something.
template <typename F>
void ForEachPair(const std::unordered_map<std::string, Group>& groups, F&& visit) {
  for (const auto& [key, group] : groups) {
    if (group.size() < 2 || group.size() > kMaxGroup) continue;
    for (size_t i = 0; i < group.size(); ++i) {
      for (size_t j = i + 1; j < group.size(); ++j) visit(*group[i], *group[j], group.size());
    }
  }
}

void AddSharedContacts(const std::vector<store::SharedContact>& shared,
                       const std::unordered_map<int64_t, const store::DupePerson*>& by_id,
                       Evidence& evidence) {
  for (const auto& s : shared) {
    if (s.person_ids.size() > core::kMaxKeyHolders) continue;
    bool email = s.kind == core::ContactKind::kEmail;
    std::string why = fmt::format("same {} {}", email ? "email" : "phone", s.normalized);
    for (size_t i = 0; i < s.person_ids.size(); ++i) {
      for (size_t j = i + 1; j < s.person_ids.size(); ++j) {
        auto a = by_id.find(s.person_ids[i]), b = by_id.find(s.person_ids[j]);
        if (a == by_id.end() || b == by_id.end()) continue;
        if (!core::MayBeShared(s.kind, s.normalized)) {
          evidence.Add(*a->second, *b->second, kSameEmail, why);
        } else if (core::NamesAgree(a->second->name_folded, b->second->name_folded)) {
          evidence.Add(*a->second, *b->second, email ? kSameEmail : kSamePhone, why);
        } else {  // a family's landline, a small office's number or sales@
          evidence.Add(*a->second, *b->second, kSharedOtherName, why + ", different names");
        }
      }
    }
  }
}

void AddSameNames(const std::vector<store::DupePerson>& people, Evidence& evidence) {
  std::unordered_map<std::string, Group> by_name;
  for (const auto& p : people) by_name[p.name_folded].push_back(&p);
  ForEachPair(by_name, [&](const store::DupePerson& a, const store::DupePerson& b, size_t n) {
    bool both_employed = !a.company_folded.empty() && !b.company_folded.empty();
    if (both_employed && a.company_folded != b.company_folded) return;  // namesakes
    if (both_employed) {
      evidence.Add(a, b, kSameNameCompany, fmt::format("same name, both at {}", a.company));
    } else if (auto domain = SharedDomain(a, b)) {
      evidence.Add(a, b, kSameNameDomain, fmt::format("same name, both with email at {}", *domain));
    } else if (n <= core::kMaxKeyHolders) {  // a name more people have is a common name
      evidence.Add(a, b, kSameName, "same name");
    }
  });
}

// Groups by (company or email domain, first or last word of the name), then
// compares words within each group.
void AddSimilarNames(const std::vector<store::DupePerson>& people, Evidence& evidence) {
  std::unordered_map<std::string, Group> by_company, by_domain;
  std::unordered_map<int64_t, std::vector<std::string>> words;
  for (const auto& p : people) {
    words[p.id] = core::NameWords(p.name_folded);
    auto raw = SplitTrimmed(p.name_folded, ' ');
    if (raw.empty()) continue;
    std::set<std::string> ends = {std::string(core::CanonicalWord(raw.front())),
                                  std::string(core::CanonicalWord(raw.back()))};
    for (const auto& end : ends) {
      if (!p.company_folded.empty()) by_company[p.company_folded + '\x1f' + end].push_back(&p);
      for (const auto& d : p.email_domains) {
        if (!core::IsFreeMailDomain(d)) by_domain[d + '\x1f' + end].push_back(&p);
      }
    }
  }
  auto similar = [&](const store::DupePerson& a, const store::DupePerson& b) {
    return a.name_folded != b.name_folded && core::OneWithinTheOther(words[a.id], words[b.id]);
  };
  ForEachPair(by_company, [&](const store::DupePerson& a, const store::DupePerson& b, size_t) {
    if (similar(a, b)) {
      evidence.Add(a, b, kSimilarCompany, fmt::format("similar names, both at {}", a.company));
    }
  });
  ForEachPair(by_domain, [&](const store::DupePerson& a, const store::DupePerson& b, size_t) {
    auto domain = SharedDomain(a, b);
    if (domain && similar(a, b)) {
      evidence.Add(a, b, kSimilarDomain,
                   fmt::format("similar names, both with email at {}", *domain));
    }
  });
}

}  // namespace

std::vector<DupePair> ScoreDuplicates(const std::vector<store::DupePerson>& people,
                                      const std::vector<store::SharedContact>& shared,
                                      const std::vector<std::pair<int64_t, int64_t>>& not_dupes) {
  std::unordered_map<int64_t, const store::DupePerson*> by_id;
  for (const auto& p : people) by_id.emplace(p.id, &p);
  Evidence evidence(not_dupes);
  AddSharedContacts(shared, by_id, evidence);
  AddSameNames(people, evidence);
  AddSimilarNames(people, evidence);
  return evidence.Pairs();
}

nlohmann::json ToJson(const DupePair& pair) {
  auto person = [](const store::DupePerson& p) {
    return nlohmann::json{{"id", p.id}, {"name", p.name}, {"company", p.company}};
  };
  return {{"keep", person(pair.keep)},
          {"other", person(pair.other)},
          {"score", pair.score},
          {"reasons", pair.reasons},
          {"command", fmt::format("kith merge {} {}", pair.keep.id, pair.other.id)}};
}

Result<std::vector<DupePair>> FindDuplicates(Context& ctx, size_t limit) {
  auto people = store::LoadDupePeople(ctx.db);
  if (!people) return people.status();
  auto shared = store::LoadSharedContacts(ctx.db);
  if (!shared) return shared.status();
  auto not_dupes = store::UndoneMergePairs(ctx.db);
  if (!not_dupes) return not_dupes.status();
  auto pairs = ScoreDuplicates(*people, *shared, *not_dupes);
  if (limit > 0 && pairs.size() > limit) pairs.resize(limit);
  return pairs;
}

}  // namespace kith::app
