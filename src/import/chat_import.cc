// WhatsApp exports into the ConversationLog (import/conversation_imports.h).
// A day of messages is one interaction: a busy chat is one conversation a
// day, not hundreds, which is also how tie strength should count it.
#include <fmt/format.h>

#include <algorithm>

#include "formats/whatsapp.h"
#include "import/conversation_imports.h"
#include "import/conversations.h"
#include "import/source_key.h"
#include "util/date.h"
#include "util/text.h"

namespace kith::import {
namespace {

// The messages of one chat day, gathered until the date changes.
class ChatDay {
 public:
  explicit ChatDay(ImportSession& session) : session_(session) {}

  void Add(const formats::ChatMessage& m) {
    Date day = LocalDate(m.at);
    if (!senders_.empty() && !(day == day_)) Flush();
    if (senders_.empty()) Start(m, day);
    if (std::find(senders_.begin(), senders_.end(), m.sender) == senders_.end()) {
      senders_.push_back(m.sender);
    }
    ++messages_;
  }

  void Flush() {
    if (senders_.empty()) return;
    Exchange e;
    e.source = "whatsapp";
    e.source_key = key_;
    e.at = at_;
    e.kind = core::InteractionKind::kMessage;
    e.shape = Exchange::Shape::kChat;
    e.summary = fmt::format("{} WhatsApp message{}", messages_, messages_ == 1 ? "" : "s");
    e.from = {senders_[0], ""};
    for (size_t i = 1; i < senders_.size(); ++i) e.others.push_back({senders_[i], ""});
    session_.conversations.Add(e);
    senders_.clear();
    messages_ = 0;
  }

 private:
  void Start(const formats::ChatMessage& m, const Date& day) {
    day_ = day;
    at_ = m.at;
    key_ = fmt::format("{}/{}", FormatDate(day),
                       StableHash(fmt::format("{}|{}|{}", m.at, m.sender, m.text)));
  }

  ImportSession& session_;
  Date day_;
  int64_t at_ = 0;
  std::string key_;
  std::vector<std::string> senders_;
  int64_t messages_ = 0;
};

}  // namespace

bool LooksLikeWhatsApp(std::string_view head) {
  return formats::ReadWhatsApp(head.substr(0, head.rfind('\n') + 1),
                               [](const formats::ChatMessage&) { return Status::Ok(); })
      .ok();
}

Status ImportWhatsApp(std::string_view text, std::string_view source, ImportSession& session) {
  ChatDay day(session);
  Status s = formats::ReadWhatsApp(text, [&](const formats::ChatMessage& m) {
    day.Add(m);
    return Status::Ok();
  });
  if (!s.ok()) {
    if (s.message().starts_with("line ")) {
      return Status::Invalid(fmt::format("{}:{}", source, s.message().substr(5)));
    }
    return s;
  }
  day.Flush();
  return Status::Ok();
}

}  // namespace kith::import
