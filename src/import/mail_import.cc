// mbox files into the ConversationLog (import/conversation_imports.h).
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "formats/mail.h"
#include "import/conversation_imports.h"
#include "import/conversations.h"
#include "import/source_key.h"
#include "util/text.h"

namespace kith::import {
namespace {

constexpr size_t kMaxRecipients = 20;
constexpr size_t kReleaseEvery = size_t{64} << 20;

Party ToParty(const formats::MailAddress& a) { return {a.name, a.email}; }

// Stable across runs and machines: the key is stored.
std::string KeyWithoutMessageId(const formats::MailMessage& m) {
  std::string basis = fmt::format("{}|{}", m.from.email, m.date.value_or(0));
  for (const auto* list : {&m.to, &m.cc}) {
    for (const auto& a : *list) basis += "|" + a.email;
  }
  return "hash:" + StableHash(basis);
}

const char* WhySkipped(const formats::MailMessage& m) {
  if (m.bulk != nullptr) return "mailing lists and bulk mail";
  if (!m.date) return "messages without a Date";
  if (m.from.email.empty()) return "messages without a sender";
  if (IsNoReply(m.from.email)) return "mail from no-reply senders";
  if (m.to.size() + m.cc.size() > kMaxRecipients) return "mail to more than 20 recipients";
  return nullptr;
}

Exchange ToExchange(const formats::MailMessage& m) {
  Exchange e;
  e.source = "mbox";
  e.source_key = m.message_id.empty() ? KeyWithoutMessageId(m) : m.message_id;
  e.at = *m.date;
  e.kind = core::InteractionKind::kEmail;
  e.from = ToParty(m.from);
  for (const auto* list : {&m.to, &m.cc}) {
    for (const auto& a : *list) e.others.push_back(ToParty(a));
  }
  return e;
}

}  // namespace

bool IsNoReply(std::string_view email) {
  std::string local = AsciiLower(email.substr(0, email.find('@')));
  constexpr std::array<std::string_view, 6> kContains = {
      "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply"};
  for (auto k : kContains) {
    if (local.find(k) != std::string::npos) return true;
  }
  return local == "mailer-daemon" || local == "postmaster" || local.starts_with("bounce");
}

bool LooksLikeMbox(std::string_view head) {
  return head.substr(std::min(head.find_first_not_of("\r\n"), head.size())).starts_with("From ");
}

Status ImportMbox(std::string_view text, std::string_view source, ImportSession& session) {
  formats::MboxReader reader(text);
  formats::MailMessage m;
  size_t released = 0;
  while (true) {
    auto more = reader.Next(m);
    if (!more) return more.status().Prefixed(std::string(source));
    if (!*more) return Status::Ok();
    session.progress.Update(reader.consumed());
    if (session.file != nullptr && reader.consumed() - released >= kReleaseEvery) {
      released = reader.consumed();
      session.file->Release(released);  // memory stays flat however large the file
    }
    if (const char* why = WhySkipped(m)) {
      ++session.report.messages_skipped[why];
      continue;
    }
    session.conversations.Add(ToExchange(m));
  }
}

}  // namespace kith::import
