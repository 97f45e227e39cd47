#include "import/conversations.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <span>

#include "core/contact.h"
#include "store/imported.h"
#include "store/people.h"
#include "util/text.h"

namespace kith::import {
namespace {

constexpr size_t kMaxEdgePeople = 20;  // no knows edges from a crowd

struct PairHash {
  size_t operator()(const std::pair<int64_t, int64_t>& p) const {
    return std::hash<int64_t>()(p.first * 0x9E3779B97F4A7C15ull ^ p.second);
  }
};

bool IsChatName(std::string_view s) { return s.find('@') == std::string_view::npos; }

// A chat sender is a name, or a number when they are not in the phone's
// contacts ("+44 7700 900123").
std::string ChatKey(std::string_view name, std::string* phone = nullptr) {
  if (name.starts_with('+')) {
    if (auto v = core::MakeContactValue(core::ContactKind::kPhone, name, "ZZ"); v.ok()) {
      if (phone != nullptr) *phone = v->normalized;
      return "tel:" + v->normalized;
    }
  }
  return "chat:" + Fold(name);
}

// "ana.lima@x.com" -> "Ana Lima"; an address whose local part is not words
// separated by . _ or - stays the address: better plain than wrong.
std::string NameFromEmail(std::string_view email) {
  auto at = email.find('@');
  std::string_view local = email.substr(0, at);
  std::string out;
  bool upper = true;
  int words = 1;
  for (char c : local) {
    if (c == '.' || c == '_' || c == '-') {
      if (upper) return std::string(email);  // empty word
      out += ' ';
      upper = true;
      ++words;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      out += upper && c >= 'a' ? static_cast<char>(c - 'a' + 'A') : c;
      upper = false;
    } else {
      return std::string(email);
    }
  }
  return words >= 2 && !upper ? out : std::string(email);
}

}  // namespace

ConversationLog::ConversationLog(store::Db& db, PeopleMerger& merger, const ImportOptions& options,
                                 int64_t now)
    : db_(db), merger_(merger), options_(options), now_(now) {}

uint32_t ConversationLog::Intern(const Party& party) {
  std::string key, phone;
  bool valid = true;
  if (party.email.empty()) {
    key = ChatKey(party.name, &phone);
  } else {
    if (auto it = raw_.find(party.email); it != raw_.end()) {
      if (parties_[it->second].name.empty()) parties_[it->second].name = party.name;
      return it->second;
    }
    auto value = core::MakeContactValue(core::ContactKind::kEmail, party.email, "");
    valid = value.ok();
    key = valid ? value->normalized : "invalid:" + party.email;
  }
  auto [it, added] = index_.try_emplace(key, static_cast<uint32_t>(parties_.size()));
  if (added) {
    PartyState p;
    p.key = key;
    p.email = party.email;
    p.phone = phone;
    p.valid = valid;
    parties_.push_back(std::move(p));
  }
  PartyState& p = parties_[it->second];
  if (p.name.empty()) p.name = party.name;
  if (!party.email.empty()) raw_.emplace(party.email, it->second);
  return it->second;
}

void ConversationLog::Add(const Exchange& e) {
  Stored s;
  s.first = static_cast<uint32_t>(members_.size());
  members_.push_back(Intern(e.from));
  for (const Party& other : e.others) {
    uint32_t i = Intern(other);
    if (std::find(members_.begin() + s.first, members_.end(), i) == members_.end()) {
      members_.push_back(i);
    }
  }
  s.count = static_cast<uint32_t>(members_.size() - s.first);
  for (uint32_t m : std::span(members_).subspan(s.first, s.count)) ++parties_[m].exchanges;
  s.at = e.at;
  s.kind = e.kind;
  s.shape = e.shape;
  s.source = e.source;
  s.key = e.source_key;
  s.summary = e.summary;
  exchanges_.push_back(std::move(s));
}

Status ConversationLog::DecideWhoIsMe(ImportReport& report) {
  std::vector<std::string> keys;
  for (const auto& me : options_.me) {
    if (IsChatName(me)) {
      keys.push_back(ChatKey(me));
    } else if (auto v = core::MakeContactValue(core::ContactKind::kEmail, me, ""); v.ok()) {
      keys.push_back(v->normalized);
    } else {
      return Status::Invalid(fmt::format("--me {}: {}", me, v.status().message()));
    }
  }
  auto own = store::OwnEmails(db_);
  if (!own) return own.status();
  keys.insert(keys.end(), own->begin(), own->end());
  bool mail_me = false, chat_me = false, any_mail = false, any_chat = false;
  for (const auto& key : keys) {
    if (auto it = index_.find(key); it != index_.end()) {
      parties_[it->second].me = true;
      (key.starts_with("chat:") || key.starts_with("tel:") ? chat_me : mail_me) = true;
    }
  }
  for (const auto& p : parties_) (p.email.empty() ? any_chat : any_mail) = true;
  if (any_chat && !chat_me) {
    std::vector<std::string> names;
    for (const auto& p : parties_) {
      if (p.email.empty() && names.size() < 8) names.push_back(p.name);
    }
    return Status::Invalid(fmt::format(
        "which chat sender is you? pass --me \"Your Name\" (senders: {})", fmt::join(names, ", ")));
  }
  if (any_mail && !mail_me) {
    auto best =
        std::max_element(parties_.begin(), parties_.end(), [](const auto& a, const auto& b) {
          return (a.email.empty() ? -1 : a.exchanges) < (b.email.empty() ? -1 : b.exchanges);
        });
    best->me = true;
    report.warnings.push_back(fmt::format(
        "taking you to be {} (in {} of {} exchanges); pass --me you@example.com to say otherwise",
        best->email, best->exchanges, exchanges_.size()));
  }
  return Status::Ok();
}

void ConversationLog::Tally(const Stored& s) {
  auto members = std::span(members_).subspan(s.first, s.count);
  bool me_in = false;
  for (uint32_t m : members) me_in = me_in || parties_[m].me;
  PartyState& from = parties_[members[0]];
  switch (s.shape) {
    case Exchange::Shape::kMessage:
      if (from.me) {
        for (uint32_t m : members.subspan(1)) parties_[m].i_wrote_to = true;
      } else {
        from.wrote_to_me = true;  // to you, or to you in Bcc
      }
      break;
    case Exchange::Shape::kMeeting:
      if (me_in) {
        for (uint32_t m : members) parties_[m].met = true;
      }
      break;
    case Exchange::Shape::kChat:
      if (me_in) {
        for (uint32_t m : members) parties_[m].chatted = true;
      }
      break;
  }
}

bool ConversationLog::Qualifies(const PartyState& p) const {
  return (p.i_wrote_to && p.wrote_to_me) || p.met || p.chatted;
}

Status ConversationLog::ResolvePeople(ImportReport& report) {
  for (PartyState& p : parties_) {
    if (p.me || !p.valid) continue;
    auto found = !p.email.empty()   ? store::FindByContact(db_, core::ContactKind::kEmail, p.key)
                 : !p.phone.empty() ? store::FindByContact(db_, core::ContactKind::kPhone, p.phone)
                                    : store::FindByExactName(db_, p.key.substr(5), 2);
    if (!found) return found.status();
    if (found->size() == 1) {
      p.person_id = (*found)[0].id;
      continue;
    }
    if (!Qualifies(p)) {
      ++report.left_out_people;
      continue;
    }
    PersonRecord record;
    record.place = p.email.empty() ? "chat" : p.email;
    record.name = p.name.empty() && !p.email.empty() ? NameFromEmail(p.email) : p.name;
    record.name_alone_matches = p.email.empty();  // chats have only names
    if (!p.email.empty()) record.contacts.push_back({core::ContactKind::kEmail, p.email, ""});
    if (!p.phone.empty()) record.contacts.push_back({core::ContactKind::kPhone, p.name, ""});
    auto id = merger_.ApplyForId(record, report);
    if (!id) return id.status();
    p.person_id = *id;
  }
  return Status::Ok();
}

core::Direction ConversationLog::DirectionOf(const Stored& s) const {
  auto members = std::span(members_).subspan(s.first, s.count);
  bool from_me = parties_[members[0]].me;
  if (s.shape != Exchange::Shape::kChat) {
    return from_me ? core::Direction::kOut : core::Direction::kIn;
  }
  bool me_in = false, others_in = false;
  for (uint32_t m : members) (parties_[m].me ? me_in : others_in) = true;
  if (me_in && others_in) return core::Direction::kMutual;
  return me_in ? core::Direction::kOut : core::Direction::kIn;
}

// Interactions go in several to a statement; their participants and the
// knows sightings are gathered and written at the end in key order, which
// is what keeps a large mbox's import fast.
Status ConversationLog::WriteExchanges(ImportReport& report) {
  constexpr size_t kChunk = 4096;
  std::vector<store::ImportedInteraction> batch;
  std::vector<uint32_t> first_person;  // per batch entry, into people
  std::vector<int64_t> people;
  std::vector<store::ParticipantRow> participants;
  std::unordered_map<std::pair<int64_t, int64_t>, int64_t, PairHash> sightings;
  auto flush = [&]() -> Status {
    auto ids = store::AddImportedInteractions(db_, batch, now_);
    if (!ids) return ids.status();
    for (size_t i = 0; i < batch.size(); ++i) {
      if (!(*ids)[i]) {
        ++report.already_imported;
        continue;
      }
      ++report.interactions_added;
      auto who = std::span(people).subspan(
          first_person[i],
          (i + 1 < batch.size() ? first_person[i + 1] : people.size()) - first_person[i]);
      for (int64_t id : who)
        participants.push_back({id, batch[i].at, *(*ids)[i], batch[i].kind, batch[i].direction});
      if (who.size() > kMaxEdgePeople) continue;
      for (size_t a = 0; a < who.size(); ++a) {
        for (size_t b = a + 1; b < who.size(); ++b) {
          ++sightings[{std::min(who[a], who[b]), std::max(who[a], who[b])}];
          ++report.edges_counted;
        }
      }
    }
    batch.clear();
    first_person.clear();
    people.clear();
    return Status::Ok();
  };
  for (const Stored& s : exchanges_) {
    size_t start = people.size();
    for (uint32_t m : std::span(members_).subspan(s.first, s.count)) {
      int64_t id = parties_[m].person_id;
      if (id != 0 && std::find(people.begin() + static_cast<std::ptrdiff_t>(start), people.end(),
                               id) == people.end()) {
        people.push_back(id);
      }
    }
    if (people.size() == start) {
      ++report.messages_skipped["no one in it becomes a person"];
      continue;
    }
    first_person.push_back(static_cast<uint32_t>(start));
    batch.push_back({s.kind, s.at, DirectionOf(s), s.summary, s.source, s.key});
    if (batch.size() == kChunk) KITH_RETURN_IF_ERROR(flush());
  }
  KITH_RETURN_IF_ERROR(flush());
  for (const auto& p : participants) report.touched.push_back(p.person_id);
  KITH_RETURN_IF_ERROR(store::AddParticipants(db_, participants));
  std::vector<store::EdgeSighting> edges;
  edges.reserve(sightings.size());
  for (const auto& [pair, n] : sightings) edges.push_back({pair.first, pair.second, n});
  return store::CountInferredKnows(db_, edges, now_);
}

Status ConversationLog::Finish(ImportReport& report) {
  if (exchanges_.empty()) return Status::Ok();
  KITH_RETURN_IF_ERROR(DecideWhoIsMe(report));
  for (const Stored& s : exchanges_) Tally(s);
  KITH_RETURN_IF_ERROR(ResolvePeople(report));
  return WriteExchanges(report);
}

}  // namespace kith::import
