#include "util/text.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace kith {
namespace {

// Letters that NFKD does not decompose but a person typing ASCII expects to
// match: "lukasz" should find "Łukasz", "soren" should find "Søren".
const char* AsciiSpelling(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x0142:
      return "l";  // ł (Ł folds to ł first)
    case 0x00F8:
      return "o";  // ø
    case 0x0111:
      return "d";  // đ
    case 0x00E6:
      return "ae";  // æ
    case 0x0153:
      return "oe";  // œ
    case 0x00FE:
      return "th";  // þ
    case 0x00F0:
      return "d";  // ð
    case 0x0131:
      return "i";  // dotless ı
    case 0x0127:
      return "h";  // ħ
    default:
      return nullptr;
  }
}

bool IsSpace(utf8proc_int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Fold of pure ASCII without utf8proc, byte by byte what the general path
// below does (text_test compares the two on every byte): letters lose their
// case; space, tab, line feed, vertical tab, form feed and carriage return are
// spaces; other control characters go. Most names, tags and addresses take
// this path.
std::string FoldAscii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\r' || c == '\f') {
      pending_space = !out.empty();
      continue;
    }
    if (c < 0x20 || c == 0x7f) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

}  // namespace

std::string Fold(std::string_view text) {
  if (IsAscii(text)) return FoldAscii(text);
  std::string valid;
  valid.reserve(text.size());
  // Keep only well-formed code points so utf8proc_map never rejects the input.
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    valid.append(text.data() + i, static_cast<size_t>(n));
    i += static_cast<size_t>(n);
  }
  utf8proc_uint8_t* mapped = nullptr;
  auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                     UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_STRIPCC);
  auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                          static_cast<utf8proc_ssize_t>(valid.size()), &mapped, options);
  if (len < 0) return {};
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);

  std::string out;
  out.reserve(static_cast<size_t>(len));
  bool pending_space = false;
  for (utf8proc_ssize_t i = 0; i < len;) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(mapped + i, len - i, &cp);
    if (n <= 0) break;
    if (IsSpace(cp)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      if (const char* ascii = AsciiSpelling(cp)) {
        out += ascii;
      } else {
        out.append(reinterpret_cast<const char*>(mapped + i), static_cast<size_t>(n));
      }
    }
    i += n;
  }
  return out;
}

int Utf8Sequence(std::string_view text) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(0);
  int need = 0;
  unsigned char low = 0x80, high = 0xBF;  // the second byte's range
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return -1;
  }
  for (int k = 1; k <= need; ++k) {
    if (static_cast<size_t>(k) >= text.size()) return -k;
    unsigned char c = byte(static_cast<size_t>(k));
    if (c < low || c > high) return -k;
    low = 0x80;
    high = 0xBF;
  }
  return need + 1;
}

void AppendValidUtf8(std::string& out, std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out.push_back(text[i++]);
      continue;
    }
    int n = Utf8Sequence(text.substr(i));
    if (n > 0) {
      out.append(text.substr(i, static_cast<size_t>(n)));
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD
      n = -n;
    }
    i += static_cast<size_t>(n);
  }
}

bool IsValidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return false;
    i += static_cast<size_t>(n);
  }
  return true;
}

std::string_view Trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  auto begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  auto end = text.find_last_not_of(kSpace);
  return text.substr(begin, end - begin + 1);
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> SplitTrimmed(std::string_view text, char sep) {
  std::vector<std::string> out;
  while (true) {
    auto pos = text.find(sep);
    auto piece = Trim(text.substr(0, pos));
    if (!piece.empty()) out.emplace_back(piece);
    if (pos == std::string_view::npos) break;
    text.remove_prefix(pos + 1);
  }
  return out;
}

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  return AsciiLower(text.substr(0, prefix.size())) == AsciiLower(prefix);
}

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace kith
