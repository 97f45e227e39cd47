// mbox files into the ConversationLog (import/conversation_imports.h).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <thread>
#include <vector>

#include "formats/mail.h"
#include "import/conversation_imports.h"
#include "import/conversations.h"
#include "import/source_key.h"
#include "util/text.h"

namespace kith::import {
namespace {

constexpr size_t kMaxRecipients = 20;

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

namespace {

// Reads the messages of text[begin, end) (`begin` a message start, see
// formats::MboxSplit); each is either left out, `skip(why)`, or kept,
// `keep(exchange)`. `read(bytes)` follows the reader through the file.
template <typename Skip, typename Keep, typename Read>
Status ReadMessages(std::string_view text, size_t begin, size_t end, Skip skip, Keep keep,
                    Read read) {
  formats::MboxReader reader(text.substr(0, end), begin);
  formats::MailMessage m;
  while (true) {
    auto more = reader.Next(m);
    if (!more) return more.status();
    if (!*more) return Status::Ok();
    read(reader.consumed());
    if (const char* why = WhySkipped(m)) {
      skip(why);
    } else {
      keep(ToExchange(m));
    }
  }
}

// A part of the file read on the second thread, kept until the first part
// is in the log.
struct MboxPart {
  std::vector<Exchange> kept;
  std::map<const char*, int64_t> skipped;
  Status status;
};

void ReadPart(std::string_view text, size_t begin, size_t end, MboxPart& out) {
  out.status = ReadMessages(
      text, begin, end, [&](const char* why) { ++out.skipped[why]; },
      [&](Exchange e) { out.kept.push_back(std::move(e)); }, [](size_t) {});
}

}  // namespace

// The file goes in pairs of parts: the first read here into the log, the
// second on another thread, then added after it, so the log sees every
// message in file order and the first error in the file is the one told.
// Reading the headers is most of an import's first phase; two cores halve it.
Status ImportMbox(std::string_view text, std::string_view source, ImportSession& session,
                  size_t part_bytes) {
  auto skip = [&](const char* why) { ++session.report.messages_skipped[why]; };
  auto keep = [&](Exchange e) { session.conversations.Add(e); };
  auto read = [&](size_t done) { session.progress.Update(done); };
  for (size_t begin = 0; begin < text.size();) {
    size_t middle = formats::MboxSplit(text, begin + part_bytes);
    size_t end = formats::MboxSplit(text, middle + part_bytes);
    MboxPart second;
    Status first;
    {
      std::jthread worker;
      if (middle < end) worker = std::jthread([&] { ReadPart(text, middle, end, second); });
      first = ReadMessages(text, begin, middle, skip, keep, read);
    }
    if (!first.ok()) return first.Prefixed(std::string(source));
    for (const Exchange& e : second.kept) session.conversations.Add(e);
    for (const auto& [why, n] : second.skipped) session.report.messages_skipped[why] += n;
    if (!second.status.ok()) return second.status.Prefixed(std::string(source));
    session.progress.Update(end);
    if (session.file != nullptr) session.file->Release(end);  // memory stays flat
    begin = end;
  }
  return Status::Ok();
}

}  // namespace kith::import
