// Writes an mbox file of realistic mail for the mail import benchmarks
// (bench/mbox_bench.cc, bench/mbox_python.py), deterministic by seed.
//
//   build/bench/mbox_gen --messages 100000 --seed 1 > /tmp/mail.mbox
//   build/bench/mbox_gen --messages 1000 --gmail > takeout.mbox   # CRLF, X-GM-* headers
//
// The mailbox belongs to Sam Rivera <me@example.com>, who sends about 30% of
// the messages to some of 2000 correspondents (some with RFC 2047 names). The
// rest come from them, from mailing lists (List-Id) and from noreply senders.
// Headers look like delivered mail: Received chains, DKIM signatures,
// multipart/alternative bodies, and one message in 15 carries a base64
// attachment of 2-100 KB; some bodies hold ">From " lines. About 5.4 KB a
// message, so 100k messages make 538 MB.
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

class Random {  // splitmix64: the same file on every machine
 public:
  explicit Random(uint64_t seed) : s_(seed) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }

 private:
  uint64_t s_;
};

const std::vector<std::string> kFirst = {
    "Ben",    "Ana",   "Zoë",   "José", "Łukasz", "Mia",   "Noah",  "Aisha", "Chen",  "Olga",
    "Ravi",   "Sara",  "Tom",   "Ines", "Björn",  "Chloé", "Diego", "Emma",  "Farah", "Jonas",
    "Kenji",  "Lena",  "Marta", "Nils", "Omar",   "Priya", "Quinn", "Rosa",  "Sven",  "Yuki",
    "Amélie", "Søren", "Dóra",  "Hugo", "Ivan",   "Julia", "Kofi",  "Leïla", "Max",   "Nora"};
const std::vector<std::string> kLast = {
    "Okafor", "Martin", "García",  "Kowalski",  "Müller", "Jones",  "Nguyen",  "Rossi",
    "Smith",  "Dubois", "Novák",   "Johansson", "Silva",  "Tanaka", "Ivanova", "Patel",
    "Brown",  "Weiß",   "Lefèvre", "O'Brien",   "Kim",    "Hansen", "Costa",   "Ahmed"};
const std::vector<std::string> kDomains = {"example.com", "example.org", "mail.example.net",
                                           "uni.example.edu", "firma.example.de"};
const std::vector<std::string> kZones = {"+0000", "+0100", "+0200",       "-0500",        "-0700",
                                         "+0530", "+0900", "-0800 (PST)", "+0200 (CEST)", "GMT"};
const std::vector<std::string> kWords = {
    "meeting", "lunch",   "project", "notes", "tomorrow", "thanks", "draft", "review",
    "budget",  "holiday", "photos",  "plan",  "the",      "a",      "and",   "for",
    "with",    "about",   "next",    "week",  "quick",    "update", "call",  "idea"};
constexpr const char* kWeekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Person {
  std::string header;  // as it appears in From:/To:, name encoded when needed
};

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string Base64(std::string_view bytes) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t n = static_cast<uint8_t>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<uint8_t>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[n & 63] : '=';
  }
  return out;
}

// UTF-8 to ISO-8859-1 Q encoding when every character fits, else UTF-8 B.
std::string EncodeName(const std::string& name, Random& r) {
  if (IsAscii(name)) return r.Chance(0.5) ? "\"" + name + "\"" : name;
  std::string latin1;
  for (size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c == ' ') {
      latin1 += '_';
    } else if (std::isalnum(c)) {
      latin1 += static_cast<char>(c);
    } else if (c < 0x80) {  // RFC 2047 5(3): other characters are encoded in a phrase
      char hex[4];
      std::snprintf(hex, sizeof hex, "=%02X", c);
      latin1 += hex;
    } else if ((c == 0xC2 || c == 0xC3) && i + 1 < name.size()) {
      unsigned v = ((c & 0x1F) << 6) | (static_cast<unsigned char>(name[++i]) & 0x3F);
      char hex[4];
      std::snprintf(hex, sizeof hex, "=%02X", v);
      latin1 += hex;
    } else {
      return "=?UTF-8?B?" + Base64(name) + "?=";
    }
  }
  return r.Chance(0.5) ? "=?ISO-8859-1?Q?" + latin1 + "?=" : "=?UTF-8?B?" + Base64(name) + "?=";
}

std::vector<Person> Correspondents(Random& r) {
  std::vector<Person> people;
  for (int i = 0; i < 2000; ++i) {
    const std::string& first = r.Pick(kFirst);
    const std::string& last = r.Pick(kLast);
    std::string email = std::to_string(i) + "." + std::string(1, static_cast<char>('a' + i % 26)) +
                        "@" + r.Pick(kDomains);
    std::string name = r.Chance(0.1) ? last + ", " + first : first + " " + last;
    if (name.find(',') != std::string::npos && IsAscii(name)) name = "\"" + name + "\"";
    people.push_back({r.Chance(0.1) ? email : EncodeName(name, r) + " <" + email + ">"});
  }
  return people;
}

// "Thu, 1 Jan 2015 00:40:42 +0100" for Date:, or asctime's
// "Thu Jan 01 00:40:42 2015" for Thunderbird's "From - " lines.
std::string Date(int64_t t, const std::string& zone, bool asctime) {
  int64_t days = t / 86400, secs = t % 86400;
  // civil_from_days (Howard Hinnant)
  int64_t z = days + 719468, era = z / 146097, doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1),
      m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int64_t y = yoe + era * 400 + (m <= 2);
  char time[16], buf[80];
  std::snprintf(time, sizeof time, "%02lld:%02lld:%02lld", static_cast<long long>(secs / 3600),
                static_cast<long long>(secs / 60 % 60), static_cast<long long>(secs % 60));
  if (asctime) {
    std::snprintf(buf, sizeof buf, "%s %s %02d %s %lld", kWeekdays[days % 7], kMonths[m - 1], d,
                  time, static_cast<long long>(y));
  } else {
    std::snprintf(buf, sizeof buf, "%s, %d %s %lld %s %s", kWeekdays[days % 7], d, kMonths[m - 1],
                  static_cast<long long>(y), time, zone.c_str());
  }
  return buf;
}

std::string Sentence(Random& r, size_t words) {
  std::string s;
  for (size_t i = 0; i < words; ++i) s += (i ? " " : "") + r.Pick(kWords);
  return s;
}

std::string Received(Random& r, const std::string& date) {
  std::string s;
  for (size_t i = 0, n = 2 + r.Below(4); i < n; ++i) {
    s += "Received: from mx" + std::to_string(r.Below(100)) +
         ".example.net (mx.example.net [192.0.2." + std::to_string(r.Below(255)) +
         "])\n        by mail.example.com with ESMTPS id " + std::to_string(r.Next() % 1000000000) +
         "\n        for <me@example.com>; " + date + "\n";
  }
  return s;
}

std::string Dkim(Random& r) {
  std::string sig;
  for (int i = 0; i < 256; ++i) sig += static_cast<char>(r.Next());
  std::string b = Base64(sig);
  return "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=s1;\n"
         "        h=from:to:subject:date:message-id:mime-version:content-type;\n"
         "        bh=" +
         Base64(sig.substr(0, 32)) + ";\n        b=" + b.substr(0, 70) + "\n         " +
         b.substr(70, 70) + "\n         " + b.substr(140) + "\n";
}

std::string Body(Random& r) {
  std::string text;
  for (size_t i = 0, n = 3 + r.Below(20); i < n; ++i) {
    text += (r.Chance(0.02) ? ">From " : "") + Sentence(r, 6 + r.Below(8)) + ".\n";
  }
  if (r.Chance(0.2)) return "Content-Type: text/plain; charset=UTF-8\n\n" + text;
  std::string alt = "--alt\nContent-Type: text/plain; charset=UTF-8\n\n" + text +
                    "--alt\nContent-Type: text/html; charset=UTF-8\n\n<html><body><p>" + text +
                    "</p></body></html>\n--alt--\n";
  if (!r.Chance(1.0 / 12)) return "Content-Type: multipart/alternative; boundary=\"alt\"\n\n" + alt;
  size_t size = static_cast<size_t>(
      2048 * std::exp(std::log(50.0) * static_cast<double>(r.Below(1000)) / 1000));
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(r.Next());
  std::string b64 = Base64(bytes), att;
  for (size_t i = 0; i < b64.size(); i += 76) att += b64.substr(i, 76) + "\n";
  return "Content-Type: multipart/mixed; boundary=\"mix\"\n\n--mix\nContent-Type: "
         "multipart/alternative; boundary=\"alt\"\n\n" +
         alt +
         "--mix\nContent-Type: application/pdf; name=\"scan.pdf\"\n"
         "Content-Transfer-Encoding: base64\n\n" +
         att + "--mix--\n";
}

struct Options {
  long messages = 1000;
  uint64_t seed = 1;
  bool gmail = false;
};

void Write(const std::string& s, bool crlf) {
  if (!crlf) {
    std::fwrite(s.data(), 1, s.size(), stdout);
    return;
  }
  std::string out;
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

std::string Recipients(Random& r, const std::vector<Person>& people, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += (i ? ",\n " : "") + r.Pick(people).header;
  return s;
}

std::string Message(long i, Random& r, const std::vector<Person>& people,
                    std::vector<std::string>& ids, const Options& o) {
  // From 2015 on, spread over nine and a half years whatever the count.
  int64_t t = 1420070400 + static_cast<int64_t>(3.0e8 * static_cast<double>(i) / o.messages) +
              static_cast<int64_t>(r.Below(3600));
  std::string date = Date(t, r.Pick(kZones), false), id = std::to_string(r.Next() % 100000000000) +
                                                          "." + std::to_string(i) +
                                                          "@mail.example.net";
  std::string h = o.gmail ? "From " + std::to_string(r.Next() >> 4) +
                                "@xxx Mon Jan 01 00:00:00 +0000 2024\n"
                                "X-GM-THRID: " +
                                std::to_string(r.Next() >> 4) + "\nX-Gmail-Labels: Inbox,Opened\n"
                          : "From - " + Date(t, "", true) + "\nX-Mozilla-Status: 0001\n";
  h += Received(r, date) + Dkim(r);
  if (r.Chance(0.5))
    h += "Authentication-Results: mx.example.com;\n       dkim=pass header.i=@example.net;\n       "
         "spf=pass smtp.mailfrom=example.net\n";
  double kind = static_cast<double>(r.Below(1000)) / 1000;
  std::string from, to, cc;
  if (kind < 0.30) {
    from = "Sam Rivera <me@example.com>";
    to = Recipients(r, people, 1 + r.Below(3));
    if (r.Chance(0.3)) cc = Recipients(r, people, 1 + r.Below(3));
  } else if (kind < 0.40) {
    from = r.Pick(people).header;
    to = "dev-list@lists.example.org";
    h += "List-Id: Developers <dev-list.lists.example.org>\nList-Unsubscribe: "
         "<mailto:leave@lists.example.org>\nPrecedence: list\n";
  } else if (kind < 0.45) {
    from = "\"Shop\" <noreply@shop" + std::to_string(r.Below(20)) + ".example>";
    to = "me@example.com";
    if (r.Chance(0.5)) h += "List-Unsubscribe: <https://shop.example/u>\n";
    if (r.Chance(0.3)) h += "Auto-Submitted: auto-generated\n";
  } else {
    from = r.Pick(people).header;
    to = r.Chance(0.9) ? "Sam Rivera <me@example.com>" : "me@example.com";
    if (r.Chance(0.01)) to += ",\n " + Recipients(r, people, 25);
    if (r.Chance(0.25)) cc = Recipients(r, people, 1 + r.Below(4));
  }
  h += "From: " + from + "\nTo: " + to + "\n";
  if (!cc.empty()) h += "Cc: " + cc + "\n";
  h += "Subject: " + Sentence(r, 3 + r.Below(5)) + "\nDate: " + date + "\nMessage-ID: <" + id +
       ">\n";
  if (!ids.empty() && r.Chance(0.4)) {
    const std::string& parent = r.Pick(ids);
    h += "In-Reply-To: <" + parent + ">\nReferences: <" + parent + ">\n";
  }
  ids[static_cast<size_t>(i) % ids.size()] = id;
  h += "MIME-Version: 1.0\nX-Mailer: kith-gen 1.0\n" + Body(r) + "\n";
  return h;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--messages" && i + 1 < argc) {
      o.messages = std::atol(argv[++i]);
    } else if (arg == "--seed" && i + 1 < argc) {
      o.seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--gmail") {
      o.gmail = true;
    } else {
      std::fprintf(stderr, "usage: mbox_gen [--messages N] [--seed S] [--gmail] > out.mbox\n");
      return 2;
    }
  }
  Random r(o.seed);
  std::vector<Person> people = Correspondents(r);
  std::vector<std::string> ids(1000, "0.0@mail.example.net");
  for (long i = 0; i < o.messages; ++i) Write(Message(i, r, people, ids, o), o.gmail);
  return 0;
}
