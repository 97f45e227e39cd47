#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "formats/vcard.h"
#include "formats/vcard_line.h"
#include "formats/vcard_text.h"
#include "util/status.h"
#include "util/text.h"

namespace kith::formats {
namespace detail {
namespace {

constexpr size_t kMaxCardBytes = size_t{10} << 20;

enum class Charset { kUtf8, kAuto, kCp1252 };  // kAuto: UTF-8 if valid, else cp1252

class Parser {
 public:
  Parser(std::string_view text, std::string_view source,
         const std::function<Status(Vcard&&)>& on_card)
      : lines_(text), source_(source), on_card_(on_card) {}

  Status Run() {
    while (!lines_.done()) {
      size_t start = lines_.offset();
      int number = lines_.number();
      std::string_view text = Unfold();
      if (Trim(text).empty()) continue;
      KITH_RETURN_IF_ERROR(in_card_ ? CardLine(number, text) : OutsideLine(number, start, text));
    }
    if (in_card_) return Fail(card_.line, "BEGIN:VCARD without END:VCARD");
    return Status::Ok();
  }

 private:
  using Read = void (Parser::*)(std::string_view value);
  struct Reader {
    std::string_view name;
    Read read;
    bool binary = false;
  };
  // Where a typed value sits, for labels from X-ABLABEL in the same group.
  struct Grouped {
    std::string group;  // lower case
    std::vector<VcardTyped>* list;
    size_t index;
  };

  Status Fail(int line, std::string_view what) const {
    return Status::Invalid(fmt::format("{}:{}: {}", source_, line, what));
  }

  // One logical line: a physical line and the folded lines after it.
  std::string_view Unfold() {
    std::string_view first = lines_.Take();
    if (!lines_.AtFold()) return first;
    fold_buf_.assign(first);
    while (lines_.AtFold()) fold_buf_.append(lines_.Take().substr(1));
    return fold_buf_;
  }

  // `text` cut to `keep` octets with `more` appended, held in fold_buf_.
  std::string_view Extend(std::string_view text, size_t keep, std::string_view more) {
    if (text.data() == fold_buf_.data()) {
      fold_buf_.resize(keep);
    } else {
      fold_buf_.assign(text.substr(0, keep));
    }
    return fold_buf_.append(more);
  }

  Status OutsideLine(int number, size_t start, std::string_view text) {
    if (text.starts_with(kBom)) text.remove_prefix(kBom.size());  // concatenated files
    text = Trim(text);
    if (EqualsNoCase(text, "END:VCARD")) return Fail(number, "END:VCARD without BEGIN:VCARD");
    if (!EqualsNoCase(text, "BEGIN:VCARD")) return Fail(number, "expected BEGIN:VCARD");
    card_ = Vcard{};
    card_.line = number;
    card_start_ = start;
    in_card_ = true;
    return Status::Ok();
  }

  Status CardLine(int number, std::string_view text) {
    line_.number = number;
    KITH_RETURN_IF_ERROR(Split(text));
    if (line_.quoted_printable) KITH_RETURN_IF_ERROR(JoinSoftBreaks(text));
    if (line_.base64) KITH_RETURN_IF_ERROR(JoinBase64Lines(text));
    if (lines_.offset() - card_start_ > kMaxCardBytes) {
      return Fail(card_.line, "card larger than 10 MB");
    }
    name_.assign(line_.name);
    for (char& c : name_) c = ToUpper(c);
    if (name_ == "BEGIN") {
      return Fail(number, EqualsNoCase(Trim(line_.value), "VCARD")
                              ? "BEGIN:VCARD inside a card (missing END:VCARD?)"
                              : "BEGIN inside a card");
    }
    if (name_ == "END") return EndCard();
    return Dispatch();
  }

  Status Split(std::string_view text) {
    std::string problem = SplitLine(text, &line_);
    return problem.empty() ? Status::Ok() : Fail(line_.number, problem);
  }

  // 2.1 quoted-printable: a value ending in '=' continues on the next line.
  Status JoinSoftBreaks(std::string_view text) {
    for (;;) {
      std::string_view value = line_.value;
      while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) {
        value.remove_suffix(1);
      }
      if (value.empty() || value.back() != '=') return Status::Ok();
      if (lines_.done() || StartsNoCase(lines_.Peek(), "END:VCARD")) {
        return Fail(line_.number, "unterminated quoted-printable value");
      }
      size_t keep = static_cast<size_t>(value.data() - text.data()) + value.size() - 1;
      text = Extend(text, keep, lines_.Take());
      KITH_RETURN_IF_ERROR(Split(text));
    }
  }

  // 3.0 and 4.0 cards must be UTF-8; 2.1 cards and cards before their VERSION
  // line are read leniently.
  bool Strict() const {
    return !card_.version.empty() && (card_.version[0] == '3' || card_.version[0] == '4');
  }

  // 2.1 base64 may go on in unindented lines up to a blank line. Only lines of
  // base64 characters are taken, so a folded property line after it is not.
  Status JoinBase64Lines(std::string_view text) {
    bool joined = false;
    while (!Strict() && !lines_.done() && IsBase64Line(Trim(lines_.Peek()))) {
      text = Extend(text, text.size(), Trim(lines_.Take()));
      joined = true;
    }
    return joined ? Split(text) : Status::Ok();
  }

  Status LineCharset(Charset* charset) const {
    if (line_.charset.empty()) {
      *charset = Strict() ? Charset::kUtf8 : Charset::kAuto;
      return Status::Ok();
    }
    static constexpr std::pair<std::string_view, Charset> kCharsets[] = {
        {"UTF-8", Charset::kUtf8},          {"UTF8", Charset::kUtf8},
        {"US-ASCII", Charset::kUtf8},       {"ASCII", Charset::kUtf8},
        {"ISO-8859-1", Charset::kCp1252},   {"ISO8859-1", Charset::kCp1252},
        {"ISO_8859-1", Charset::kCp1252},   {"LATIN1", Charset::kCp1252},
        {"WINDOWS-1252", Charset::kCp1252}, {"CP1252", Charset::kCp1252}};
    for (const auto& [name, value] : kCharsets) {
      if (!ParamIs(line_.charset, name)) continue;
      *charset = value;
      return Status::Ok();
    }
    return Fail(line_.number, "unsupported charset " + Quoted(line_.charset));
  }

  // The value, quoted-printable decoded and in UTF-8.
  Status Decode(std::string_view* out) {
    Charset charset = Charset::kUtf8;
    KITH_RETURN_IF_ERROR(LineCharset(&charset));
    if (charset == Charset::kUtf8 && !IsUtf8(line_.header)) {
      return Fail(line_.number, fmt::format("invalid UTF-8 in {} parameters", name_));
    }
    std::string_view value = line_.value;
    if (line_.quoted_printable) value = DecodeQuotedPrintable(value, &qp_buf_);
    if (charset == Charset::kCp1252 ? IsAscii(value) : IsUtf8(value)) {
      *out = value;
    } else if (charset == Charset::kUtf8) {
      return Fail(line_.number, fmt::format("invalid UTF-8 in {} value", name_));
    } else {
      *out = Cp1252ToUtf8(value, &utf8_buf_);
    }
    return Status::Ok();
  }

  static const Reader* FindReader(std::string_view name) {
    static constexpr Reader kReaders[] = {
        // sorted by name
        {"ADR", &Parser::ReadAddress},
        {"ANNIVERSARY", &Parser::ReadAnniversary},
        {"BDAY", &Parser::ReadBirthday},
        {"CATEGORIES", &Parser::ReadCategories},
        {"EMAIL", &Parser::ReadEmail},
        {"FN", &Parser::ReadFormattedName},
        {"IMPP", &Parser::ReadHandle},
        {"KEY", &Parser::ReadExtra, true},
        {"LOGO", &Parser::ReadExtra, true},
        {"N", &Parser::ReadName},
        {"NOTE", &Parser::ReadNote},
        {"ORG", &Parser::ReadOrg},
        {"PHOTO", &Parser::ReadExtra, true},
        {"PRODID", &Parser::ReadNothing},  // the exporter's, not ours
        {"SOUND", &Parser::ReadExtra, true},
        {"TEL", &Parser::ReadPhone},
        {"TITLE", &Parser::ReadTitle},
        {"UID", &Parser::ReadUid},
        {"URL", &Parser::ReadUrl},
        {"VERSION", &Parser::ReadVersion},
        {"X-AIM", &Parser::ReadHandle},
        {"X-ANNIVERSARY", &Parser::ReadAnniversary},
        {"X-EVOLUTION-ANNIVERSARY", &Parser::ReadAnniversary},
        {"X-GOOGLE-TALK", &Parser::ReadHandle},
        {"X-GTALK", &Parser::ReadHandle},
        {"X-ICQ", &Parser::ReadHandle},
        {"X-JABBER", &Parser::ReadHandle},
        {"X-MSN", &Parser::ReadHandle},
        {"X-QQ", &Parser::ReadHandle},
        {"X-SKYPE", &Parser::ReadHandle},
        {"X-SKYPE-USERNAME", &Parser::ReadHandle},
        {"X-SOCIALPROFILE", &Parser::ReadHandle},
        {"X-TWITTER", &Parser::ReadHandle},
        {"X-YAHOO", &Parser::ReadHandle},
    };
    static_assert(std::is_sorted(std::begin(kReaders), std::end(kReaders),
                                 [](const Reader& a, const Reader& b) { return a.name < b.name; }));
    const Reader* it =
        std::lower_bound(std::begin(kReaders), std::end(kReaders), name,
                         [](const Reader& r, std::string_view n) { return r.name < n; });
    return it != std::end(kReaders) && it->name == name ? it : nullptr;
  }

  Status Dispatch() {
    const Reader* reader = FindReader(name_);
    bool binary = reader && reader->binary;
    if (binary && line_.base64) return Skip(line_.value);  // without decoding or copying
    std::string_view value;
    KITH_RETURN_IF_ERROR(Decode(&value));
    // Judged as ExtraValue keeps it, so that a kept value is kept again.
    if (binary && StartsNoCase(Trim(ExtraValue(value)), "data:")) return Skip(value);
    (this->*(reader ? reader->read : &Parser::ReadExtra))(value);
    return Status::Ok();
  }

  Status Skip(std::string_view binary) {
    card_.skipped_binary_bytes += binary.size();
    return Status::Ok();
  }

  Status EndCard() {
    if (!EqualsNoCase(Trim(line_.value), "VCARD")) {
      return Fail(line_.number, "END inside a card (expected END:VCARD)");
    }
    AttachLabels();
    for (auto* list :
         {&card_.emails, &card_.phones, &card_.urls, &card_.addresses, &card_.handles}) {
      for (VcardTyped& typed : *list) {
        std::stable_partition(typed.types.begin(), typed.types.end(), IsKnownType);
      }
    }
    if (card_.formatted_name.empty()) card_.formatted_name = NameText(card_.name);
    in_card_ = false;
    grouped_.clear();
    return on_card_(std::move(card_));
  }

  // itemN.X-ABLABEL names the other itemN properties (Apple, Google).
  void AttachLabels() {
    if (grouped_.empty()) return;
    std::erase_if(card_.extra, [this](const VcardProperty& p) {
      if (p.name != "X-ABLABEL" || p.group.empty()) return false;
      std::string group = AsciiLower(p.group);
      bool attached = false;
      for (const Grouped& g : grouped_) {
        if (g.group != group) continue;
        AddType(&(*g.list)[g.index], Text(p.value));
        attached = true;
      }
      return attached;
    });
  }

  void ReadNothing(std::string_view) {}
  void ReadVersion(std::string_view value) {
    if (card_.version.empty()) card_.version = Trim(value);
  }
  void ReadFormattedName(std::string_view value) { SetText(&card_.formatted_name, value); }
  void ReadTitle(std::string_view value) { SetText(&card_.title, value); }
  void ReadNote(std::string_view value) { SetText(&card_.note, value); }
  void ReadUid(std::string_view value) { SetText(&card_.uid, value); }
  void ReadOrg(std::string_view value) {
    if (!card_.org.empty()) return ReadExtra(value);
    card_.org = JoinedParts(value);
  }
  void ReadEmail(std::string_view value) { AddTyped(&card_.emails, Text(value), {}); }
  void ReadPhone(std::string_view value) { AddTyped(&card_.phones, PhoneText(value), {}); }
  void ReadUrl(std::string_view value) { AddTyped(&card_.urls, Text(value), {}); }
  void ReadAddress(std::string_view value) { AddTyped(&card_.addresses, JoinedParts(value), {}); }
  void ReadBirthday(std::string_view value) { SetDate(&card_.birthday, value); }
  void ReadAnniversary(std::string_view value) { SetDate(&card_.anniversary, value); }

  // X-TWITTER:jdoe is a "twitter" handle; IMPP and X-SOCIALPROFILE say the
  // service in TYPE or X-SERVICE-TYPE.
  void ReadHandle(std::string_view value) {
    std::string service;
    if (name_ != "X-SOCIALPROFILE" && name_.starts_with("X-")) {
      std::string_view name = std::string_view(name_).substr(2);
      if (name.ends_with("-USERNAME")) name.remove_suffix(9);
      for (char c : name) {
        if (c != '-') service += c;
      }
    }
    AddTyped(&card_.handles, Text(value), AsciiLower(service));
  }

  void ReadName(std::string_view value) {
    VcardName& n = card_.name;
    if (!NameText(n).empty()) return ReadExtra(value);
    std::array<std::string*, 5> parts = {&n.family, &n.given, &n.additional, &n.prefix, &n.suffix};
    size_t i = 0;
    ForEachPart(value, ';', [&](std::string_view part) {
      if (i < parts.size()) *parts[i++] = Text(part);
    });
  }

  void ReadCategories(std::string_view value) {
    ForEachPart(value, ',', [&](std::string_view part) {
      std::string category = Text(part);
      if (!category.empty()) card_.categories.push_back(std::move(category));
    });
  }

  void SetText(std::string* field, std::string_view value) {
    if (!field->empty()) return ReadExtra(value);
    *field = Text(value);
  }

  void SetDate(std::optional<Date>* field, std::string_view value) {
    // Read as ExtraValue keeps it, so an unreadable date stays unreadable.
    std::optional<Date> date =
        field->has_value() ? std::nullopt : ParseVcardDate(ExtraValue(value));
    if (!date) return ReadExtra(value);
    for (const Param& p : line_.params) {  // Apple writes 1604-04-12 for "no year"
      if (EqualsNoCase(p.key, "X-APPLE-OMIT-YEAR") &&
          ParamText(p.value) == fmt::format("{}", date->year)) {
        date->year = 0;
      }
    }
    *field = date;
  }

  void AddTyped(std::vector<VcardTyped>* list, std::string value, std::string_view service) {
    if (value.empty()) return;
    VcardTyped typed;
    typed.value = std::move(value);
    if (!service.empty()) AddType(&typed, service);
    for (const Param& p : line_.params) {
      if (EqualsNoCase(p.key, "PREF")) typed.preferred = true;
      if (!EqualsNoCase(p.key, "TYPE") && !EqualsNoCase(p.key, "X-SERVICE-TYPE")) continue;
      ForEachType(p.value, [&](std::string_view type) { AddType(&typed, ParamText(type)); });
    }
    if (!line_.group.empty()) grouped_.push_back({AsciiLower(line_.group), list, list->size()});
    list->push_back(std::move(typed));
  }

  void ReadExtra(std::string_view value) {
    VcardProperty property;
    property.group = line_.group;
    property.name = name_;
    for (const Param& p : line_.params) {
      std::string key(p.key);
      for (char& c : key) c = ToUpper(c);
      if (key == "CHARSET" || (key == "ENCODING" && line_.quoted_printable)) continue;  // decoded
      if (key != "TYPE") {
        property.params.emplace_back(std::move(key), ParamText(p.value));
        continue;
      }
      ForEachType(p.value, [&](std::string_view type) {
        std::string text = ParamText(type);
        if (!text.empty()) property.params.emplace_back(key, std::move(text));
      });
    }
    property.value = ExtraValue(value);
    card_.extra.push_back(std::move(property));
  }

  LineReader lines_;
  std::string_view source_;
  const std::function<Status(Vcard&&)>& on_card_;
  bool in_card_ = false;
  size_t card_start_ = 0;
  Vcard card_;
  std::vector<Grouped> grouped_;
  ContentLine line_;
  std::string name_;  // line_.name in upper case
  std::string fold_buf_, qp_buf_, utf8_buf_;
};

}  // namespace
}  // namespace detail

Status ParseVcards(std::string_view text, std::string_view source,
                   const std::function<Status(Vcard&&)>& on_card) {
  return detail::Parser(text, source, on_card).Run();
}

}  // namespace kith::formats
