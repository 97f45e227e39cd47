#include "app/resolve.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "core/contact.h"
#include "store/people.h"
#include "util/text.h"

namespace kith::app {
namespace {

constexpr int kMaxCandidates = 200;
constexpr int kShownCandidates = 10;

std::optional<int64_t> ParseId(std::string_view ref) {
  if (!ref.empty() && ref[0] == '#') ref.remove_prefix(1);
  int64_t id = 0;
  auto [end, ec] = std::from_chars(ref.data(), ref.data() + ref.size(), id);
  if (ref.empty() || ec != std::errc() || end != ref.data() + ref.size() || id <= 0) {
    return std::nullopt;
  }
  return id;
}

// 0: exact name, 1: starts a word, 2: inside a word; +3 when archived.
int Rank(const store::PersonMatch& m, const std::string& folded) {
  int rank = 2;
  if (m.name_folded == folded) {
    rank = 0;
  } else {
    for (size_t pos = m.name_folded.find(folded); pos != std::string::npos;
         pos = m.name_folded.find(folded, pos + 1)) {
      if (pos == 0 || m.name_folded[pos - 1] == ' ') {
        rank = 1;
        break;
      }
    }
  }
  return m.archived ? rank + 3 : rank;
}

Status Ambiguous(std::string_view ref, const std::vector<store::PersonMatch>& matches) {
  std::string msg = fmt::format("'{}' matches {} people; use an id:", ref, matches.size());
  for (size_t i = 0; i < matches.size() && i < kShownCandidates; ++i) {
    const auto& m = matches[i];
    msg += fmt::format("\n  #{:<6} {}", m.id, m.name);
    if (!m.company.empty()) msg += fmt::format(" ({})", m.company);
    if (m.archived) msg += " [archived]";
  }
  if (matches.size() > kShownCandidates) {
    msg += fmt::format("\n  ... and {} more", matches.size() - kShownCandidates);
  }
  return Status::Ambiguous(msg);
}

Result<core::PersonRef> Pick(std::string_view ref, std::vector<store::PersonMatch> matches,
                             const std::string& folded) {
  if (matches.empty()) return Status::NotFound(fmt::format("no person matches '{}'", ref));
  std::stable_sort(matches.begin(), matches.end(),
                   [&](const auto& a, const auto& b) { return Rank(a, folded) < Rank(b, folded); });
  int best = Rank(matches[0], folded);
  auto end = std::find_if(matches.begin(), matches.end(),
                          [&](const auto& m) { return Rank(m, folded) != best; });
  if (end - matches.begin() == 1) return core::PersonRef{matches[0].id, matches[0].name};
  return Ambiguous(ref, {matches.begin(), end});
}

Result<core::PersonRef> ById(store::Db& db, int64_t id) {
  auto person = store::GetPerson(db, id);
  if (!person) return person.status();
  return core::PersonRef{person->id, person->name};
}

Result<core::PersonRef> ByEmail(store::Db& db, std::string_view ref) {
  auto email = core::NormalizeEmail(ref);
  if (!email) return email.status();
  auto matches = store::FindByContact(db, core::ContactKind::kEmail, *email);
  if (!matches) return matches.status();
  if (matches->empty()) return Status::NotFound(fmt::format("no person has email {}", ref));
  if (matches->size() > 1) return Ambiguous(ref, *matches);
  return core::PersonRef{(*matches)[0].id, (*matches)[0].name};
}

}  // namespace

Result<core::PersonRef> ResolvePerson(store::Db& db, std::string_view reference) {
  std::string_view ref = Trim(reference);
  if (ref.empty()) return Status::Invalid("empty person reference");
  if (auto id = ParseId(ref)) return ById(db, *id);
  if (ref.find('@') != std::string_view::npos) return ByEmail(db, ref);
  std::string folded = Fold(ref);
  if (folded.empty()) return Status::Invalid(fmt::format("'{}' is not a name, id or email", ref));
  auto matches = store::FindByName(db, folded, kMaxCandidates);
  if (!matches) return matches.status();
  return Pick(ref, std::move(*matches), folded);
}

Result<core::PersonRef> WriteForPerson(Context& ctx, std::string_view who,
                                       const std::function<Status(int64_t id)>& write) {
  auto ref = ResolvePerson(ctx.db, who);
  if (!ref) return ref.status();
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  KITH_RETURN_IF_ERROR(write(ref->id));
  KITH_RETURN_IF_ERROR(tx->Commit());
  return *ref;
}

}  // namespace kith::app
