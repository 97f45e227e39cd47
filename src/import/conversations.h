// Mail, calendars and chats into people, interactions and `knows` edges.
//
// Every file of an import run adds its exchanges (one per message, meeting
// or chat day) to one ConversationLog; Finish() then decides who becomes a
// person and writes everything, inside the caller's transaction. Deciding at
// the end lets a sent-mail mbox and an inbox mbox of the same run together
// show a two-way exchange.
//
// Who becomes a person (never you):
//   - someone kith already has (same email, or for chats the same name);
//   - a correspondent you wrote to who also wrote to you;
//   - someone in a meeting with you;
//   - someone who wrote in a chat on a day you did.
// Everyone else is counted (report.left_out_people), not created: the
// newsletter sender and the one-off cold email don't reach the address book.
//
// Who you are: ImportOptions::me (emails and chat names), plus the emails
// of your own profile. When mail arrives and neither says who you are, the
// address in the most messages is taken to be you, and the report says so.
//
// Each exchange becomes one interaction with the people in it, keyed by its
// source key so a second import of the same file adds nothing; every pair
// of people in a new interaction counts one sighting on their `knows` edge.
//
// Memory is per exchange a few integers and its key, not the file's text.
//
//   ConversationLog log(db, merger, options);
//   log.Add({.source = "mbox", .source_key = message_id, .at = date, ...});
//   KITH_RETURN_IF_ERROR(log.Finish(report));
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/kinds.h"
#include "import/people_merger.h"
#include "import/session.h"
#include "store/db.h"

namespace kith::import {

// Someone in an exchange: an email address, or for chats only a name.
struct Party {
  std::string name;
  std::string email;
};

struct Exchange {
  std::string_view source;  // "mbox", "ics", "whatsapp"
  std::string source_key;   // unique within the source
  int64_t at = 0;
  core::InteractionKind kind = core::InteractionKind::kEmail;
  std::string summary;
  Party from;                 // sender, organizer; for a chat day, its first sender
  std::vector<Party> others;  // recipients, attendees, the day's other senders
  // How the exchange counts towards becoming a person.
  enum class Shape {
    kMessage,  // from `from` to `others`: two-way once both directions are seen
    kMeeting,  // everyone in it met you (when you were there)
    kChat,     // everyone in it spoke: two-way when you spoke too
  } shape = Shape::kMessage;
};

class ConversationLog {
 public:
  ConversationLog(store::Db& db, PeopleMerger& merger, const ImportOptions& options, int64_t now);

  void Add(const Exchange& exchange);

  // Creates the people, writes interactions and edges; once, at the end.
  Status Finish(ImportReport& report);

 private:
  struct PartyState {
    std::string key;    // normalized email, "tel:" + E.164, or "chat:" + folded name
    std::string email;  // as first written; empty for chat names
    std::string phone;  // a chat sender shown as a number, in E.164
    std::string name;   // the first display name seen
    bool valid = true;  // false: an address that doesn't parse as email
    bool me = false;
    bool wrote_to_me = false;
    bool i_wrote_to = false;
    bool met = false;       // in a meeting with you
    bool chatted = false;   // spoke in a chat on a day you did
    int64_t exchanges = 0;  // how many it is in (to tell who you are)
    int64_t person_id = 0;  // set by ResolvePeople
  };
  struct Stored {
    uint32_t first = 0;  // members_[first] is `from`, then the others
    uint32_t count = 0;
    int64_t at = 0;
    core::InteractionKind kind = core::InteractionKind::kEmail;
    Exchange::Shape shape = Exchange::Shape::kMessage;
    std::string_view source;
    std::string key;
    std::string summary;
  };
  uint32_t Intern(const Party& party);
  Status DecideWhoIsMe(ImportReport& report);
  bool Qualifies(const PartyState& p) const;
  Status ResolvePeople(ImportReport& report);
  Status WriteExchanges(ImportReport& report);
  void Tally(const Stored& s);
  core::Direction DirectionOf(const Stored& s) const;

  store::Db& db_;
  PeopleMerger& merger_;
  const ImportOptions& options_;
  int64_t now_;
  std::unordered_map<std::string, uint32_t> index_;  // party key -> parties_ index
  std::unordered_map<std::string, uint32_t> raw_;    // email as written -> parties_ index
  std::vector<PartyState> parties_;
  std::vector<Stored> exchanges_;
  std::vector<uint32_t> members_;  // Stored::first .. first+count: from, then others
};

}  // namespace kith::import
