// Address lists of From:, To: and Cc: (RFC 5322 section 3.4, with the
// obsolete forms of section 4.4).
//
// One pass over the value, one address at a time: the display name is built
// from atoms, quoted strings and encoded-words as they come; "<...>" gives the
// address; a bare address is whatever is outside quotes and comments, and an
// old-style "ben@example.com (Ben Okafor)" takes its name from the comment.
// "Group: a, b;" is read as its members. Strings in `out` are reused, so a
// plain ASCII list costs no allocation once the vectors have grown.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "formats/mail.h"
#include "formats/mail_text.h"

namespace kith::formats {
namespace {

using detail::IsSpace;

class AddressListParser {
 public:
  AddressListParser(std::string_view value, std::vector<MailAddress>& out, size_t count)
      : v_(value), out_(out), count_(count) {}

  size_t Run() {
    Begin();
    while (i_ < v_.size()) Step();
    End();
    return count_;
  }

 private:
  void Step() {
    char c = v_[i_];
    if (IsSpace(c)) {
      space_ = true;
      ++i_;
    } else if (c == '"') {
      QuotedString();
    } else if (c == '(') {
      Comment();
    } else if (c == '<') {
      Angle();
    } else if (c == ',' || c == ';') {
      ++i_;
      End();
      Begin();
    } else if (c == ':' && !angle_) {  // "Friends: a, b;" - the group's name is no one's
      ++i_;
      Begin();
    } else {
      Atom();
    }
  }

  // Starts the next address in out_[count_].
  void Begin() {
    if (count_ == out_.size()) out_.emplace_back();
    name_ = &out_[count_].name;
    email_ = &out_[count_].email;
    name_->clear();
    email_->clear();
    comment_ = {};
    angle_ = space_ = encoded_ = false;
  }

  void End() {
    if (!angle_) {  // a bare address: the atoms were the address, not a name
      name_->assign(comment_);
      encoded_ = !comment_.empty();  // clean the comment up below
    }
    std::erase_if(*email_, [](char c) { return static_cast<unsigned char>(c) <= ' '; });
    if (email_->find('@') == std::string::npos) return;  // "undisclosed-recipients", "Ben"
    if (encoded_ || NeedsCleanup(*name_)) Decode();
    ++count_;
  }

  // Decodes encoded-words and 8-bit text, then folds runs of spaces.
  void Decode() {
    thread_local std::string decoded;
    DecodeHeaderText(*name_, decoded);
    name_->clear();
    bool space = false;
    for (char c : decoded) {
      if (c == ' ') {
        space = true;
        continue;
      }
      if (space && !name_->empty()) name_->push_back(' ');
      space = false;
      name_->push_back(c);
    }
  }

  static bool NeedsCleanup(std::string_view name) {
    return !name.empty() &&
           (name.front() == ' ' || name.back() == ' ' || name.find("  ") != std::string_view::npos);
  }

  // Adds to the display name, with one space where the text had some.
  void AppendName(std::string_view text) {
    if (angle_) return;  // what follows "<...>" is no one's name
    if (space_ && !name_->empty()) name_->push_back(' ');
    space_ = false;
    name_->append(text);
  }

  void Atom() {
    size_t begin = i_;
    size_t word = detail::EncodedWordLength(v_.substr(i_));
    if (word != 0) {
      i_ += word;
      encoded_ = true;
    } else {
      for (; i_ < v_.size() && !IsSpecial(v_[i_]); ++i_) {
        auto c = static_cast<unsigned char>(v_[i_]);
        if (c >= 0x80 || c < 0x20 || c == 0x7F) encoded_ = true;
      }
    }
    if (i_ == begin) ++i_;  // a special with no meaning here: ':' or '>' inside an address
    std::string_view atom = v_.substr(begin, i_ - begin);
    AppendName(atom);
    if (!angle_) email_->append(atom);
  }

  static bool IsSpecial(char c) {
    return IsSpace(c) || c == '"' || c == '(' || c == '<' || c == ',' || c == ';' || c == ':';
  }

  void QuotedString() {
    size_t begin = i_++;
    AppendName({});
    for (; i_ < v_.size() && v_[i_] != '"'; ++i_) {
      if (v_[i_] == '\\' && i_ + 1 < v_.size()) ++i_;
      char c = v_[i_];
      if (c == '=' || c == 0x7F || static_cast<unsigned char>(c) < 0x20 ||
          static_cast<unsigned char>(c) >= 0x80) {
        encoded_ = true;
      }
      name_->push_back(c);
    }
    if (i_ < v_.size()) ++i_;  // the closing quote
    if (!angle_) email_->append(v_.substr(begin, i_ - begin));
  }

  // Comments may nest; the last one outside <> is kept as a possible name.
  void Comment() {
    size_t begin = ++i_;
    int depth = 1;
    for (; i_ < v_.size(); ++i_) {
      if (v_[i_] == '\\') {
        ++i_;
      } else if (v_[i_] == '(') {
        ++depth;
      } else if (v_[i_] == ')' && --depth == 0) {
        break;
      }
    }
    comment_ = v_.substr(begin, std::min(i_, v_.size()) - begin);
    if (i_ < v_.size()) ++i_;
    space_ = true;
  }

  // "<ben@example.com>", "<@relay.example:ben@example.com>" (a source route).
  void Angle() {
    size_t begin = ++i_;
    while (i_ < v_.size() && v_[i_] != '>') ++i_;
    std::string_view addr = v_.substr(begin, i_ - begin);
    if (i_ < v_.size()) ++i_;
    if (!addr.empty() && addr[0] == '@') addr.remove_prefix(std::min(addr.find(':'), addr.size()));
    if (!addr.empty() && addr[0] == ':') addr.remove_prefix(1);
    email_->assign(detail::TrimSpace(addr));
    angle_ = true;
  }

  std::string_view v_;
  size_t i_ = 0;
  std::vector<MailAddress>& out_;
  size_t count_;
  std::string* name_ = nullptr;
  std::string* email_ = nullptr;
  std::string_view comment_;
  bool angle_ = false;    // "<...>" seen: the address is known
  bool space_ = false;    // whitespace since the last name token
  bool encoded_ = false;  // the name needs DecodeHeaderText
};

}  // namespace

size_t ParseAddressList(std::string_view value, std::vector<MailAddress>& out, size_t count) {
  return AddressListParser(value, out, count).Run();
}

}  // namespace kith::formats
