#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "formats/ics.h"  // vCard 3.0/4.0 text escaping and folding are iCalendar's
#include "formats/vcard.h"
#include "formats/vcard_text.h"

namespace kith::formats {
namespace detail {
namespace {

// A parameter value: quoted when it holds a separator; quotes and control
// characters cannot be written and are dropped.
std::string ParamValue(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c != '"' && !IsControl(c)) out += c;
  }
  return out.find_first_of(",;:") == std::string::npos ? out : '"' + out + '"';
}

// "skype:jdoe" is an IMPP URI; "jdoe" and web addresses are social profiles.
bool IsImUri(std::string_view value) {
  size_t colon = value.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view scheme = value.substr(0, colon);
  return IsName(scheme) && !EqualsNoCase(scheme, "http") && !EqualsNoCase(scheme, "https");
}

class Writer {
 public:
  Writer(const Vcard& card, int version) : card_(card), v4_(version != 3) {}

  std::string Write() {
    Line("BEGIN", "VCARD");
    Line("VERSION", v4_ ? "4.0" : "3.0");
    Line("PRODID", "-//kith//kith//EN");
    Line("FN", EscapeText(card_.formatted_name));
    if (!v4_ || !NameText(card_.name).empty()) Line("N", NameValue());
    if (!card_.org.empty()) Line("ORG", EscapeText(card_.org));
    if (!card_.title.empty()) Line("TITLE", EscapeText(card_.title));
    for (const VcardTyped& t : card_.emails) Typed("EMAIL", t, EscapeText(t.value));
    for (const VcardTyped& t : card_.phones) Typed("TEL", t, EscapeText(t.value));
    for (const VcardTyped& t : card_.addresses) {
      Typed("ADR", t, ";;" + EscapeText(t.value) + ";;;;");  // all in the street part
    }
    for (const VcardTyped& t : card_.urls) Typed("URL", t, EscapeText(t.value));
    for (const VcardTyped& t : card_.handles) {
      Typed(IsImUri(t.value) ? "IMPP" : "X-SOCIALPROFILE", t, EscapeText(t.value));
    }
    if (card_.birthday) Line("BDAY", DateValue(*card_.birthday));
    if (card_.anniversary) {
      Line(v4_ ? "ANNIVERSARY" : "X-ANNIVERSARY", DateValue(*card_.anniversary));
    }
    std::string categories = CategoryList();
    if (!categories.empty()) Line("CATEGORIES", categories);
    if (!card_.note.empty()) Line("NOTE", EscapeText(card_.note));
    if (!card_.uid.empty()) Line("UID", EscapeText(card_.uid));
    for (const VcardProperty& p : card_.extra) Extra(p);
    Line("END", "VCARD");
    return std::move(out_);
  }

 private:
  void Line(std::string_view head, std::string_view value) {
    std::string line;
    line.reserve(head.size() + 1 + value.size());
    line.append(head).append(":").append(value);
    out_ += FoldLine(line);
  }

  std::string NameValue() const {
    const VcardName& n = card_.name;
    return fmt::format("{};{};{};{};{}", EscapeText(n.family), EscapeText(n.given),
                       EscapeText(n.additional), EscapeText(n.prefix), EscapeText(n.suffix));
  }

  std::string DateValue(const Date& d) const {
    std::string_view dash = v4_ ? "" : "-";
    if (d.year == 0) return fmt::format("--{:02}{}{:02}", d.month, dash, d.day);
    return fmt::format("{:04}{}{:02}{}{:02}", d.year, dash, d.month, dash, d.day);
  }

  std::string CategoryList() const {
    std::string list;
    for (const std::string& category : card_.categories) {
      std::string escaped = EscapeText(category);
      if (escaped.empty()) continue;
      if (!list.empty()) list += ',';
      list += escaped;
    }
    return list;
  }

  // Known types go in TYPE; the others become labels in a group of their own.
  void Typed(std::string_view name, const VcardTyped& typed, std::string_view value) {
    std::string types;
    std::vector<std::string_view> labels;
    for (const std::string& type : typed.types) {
      if (!IsKnownType(type)) {
        labels.push_back(type);
        continue;
      }
      if (!types.empty()) types += ',';
      types += type;
    }
    if (typed.preferred && !v4_) types += types.empty() ? "pref" : ",pref";
    std::string group = labels.empty() ? "" : NextGroup() + ".";
    std::string head = group + std::string(name);
    if (!types.empty()) head += ";TYPE=" + types;
    if (typed.preferred && v4_) head += ";PREF=1";
    Line(head, value);
    for (std::string_view label : labels) Line(group + "X-ABLABEL", EscapeText(label));
  }

  // item1, item2, ... skipping the groups extra properties already use.
  std::string NextGroup() {
    for (;;) {
      std::string group = fmt::format("item{}", ++groups_);
      bool used = std::any_of(card_.extra.begin(), card_.extra.end(),
                              [&](const VcardProperty& p) { return EqualsNoCase(p.group, group); });
      if (!used) return group;
    }
  }

  void Extra(const VcardProperty& p) {
    std::string head = p.group.empty() ? p.name : p.group + "." + p.name;
    for (const auto& [key, value] : p.params) head += fmt::format(";{}={}", key, ParamValue(value));
    Line(head, ExtraValue(p.value));
  }

  const Vcard& card_;
  bool v4_;
  std::string out_;
  int groups_ = 0;
};

}  // namespace
}  // namespace detail

std::string WriteVcard(const Vcard& card, int version) {
  return detail::Writer(card, version).Write();
}

}  // namespace kith::formats
