// Helpers and sample cards shared by the vCard reader and writer tests: cards
// in the shapes Apple Contacts, Google, Android 2.1 phones and vCard 4.0
// exporters write. Test-only.
#pragma once

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/vcard.h"
#include "util/text.h"

namespace kith::formats::test {

// Real exporters write CRLF; the samples below are easier to read with LF.
inline std::string Crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

inline Result<std::vector<Vcard>> Parse(std::string_view text) {
  std::vector<Vcard> cards;
  Status status = ParseVcards(text, "t.vcf", [&](Vcard&& card) {
    cards.push_back(std::move(card));
    return Status::Ok();
  });
  if (!status) return status;
  return cards;
}

inline Vcard ParseOne(std::string_view text) {
  Result<std::vector<Vcard>> cards = Parse(text);
  if (!cards) {
    ADD_FAILURE() << cards.status().message();
    return {};
  }
  EXPECT_EQ(cards->size(), 1u);
  return cards->empty() ? Vcard{} : cards->front();
}

inline std::string ErrorOf(std::string_view text) {
  Result<std::vector<Vcard>> cards = Parse(text);
  EXPECT_FALSE(cards.ok());
  EXPECT_EQ(cards.status().code(), Code::kInvalid);
  return cards.status().message();
}

inline VcardTyped Typed(std::string value, std::vector<std::string> types, bool preferred = false) {
  VcardTyped typed;
  typed.value = std::move(value);
  typed.types = std::move(types);
  typed.preferred = preferred;
  return typed;
}

inline VcardProperty Property(std::string group, std::string name,
                              std::vector<std::pair<std::string, std::string>> params,
                              std::string value) {
  return {std::move(group), std::move(name), std::move(params), std::move(value)};
}

// ---------------------------------------------------------------- exporters

inline constexpr std::string_view kApplePhoto1 =
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a";
inline constexpr std::string_view kApplePhoto2 =
    "HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDQ";

inline std::string AppleCard() {
  return Crlf(std::string(R"(BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.4//EN
N:Okafor;Ben;;;
FN:Ben Okafor
ORG:Acme Corp;Sales;
TITLE:Account Manager
item1.EMAIL;type=INTERNET;type=pref:ben@example.com
item1.X-ABLabel:_$!<Other>!$_
EMAIL;type=INTERNET;type=WORK:ben.okafor@acme.example
TEL;type=CELL;type=VOICE;type=pref:+1 555 0100
item2.TEL:+44 20 7946 0000
item2.X-ABLabel:Mum's landline
item3.ADR;type=HOME;type=pref:;;12 Elm Street;Springfield;IL;62701;USA
item3.X-ABADR:us
item4.URL;type=pref:https://ben.example
item4.X-ABLabel:_$!<HomePage>!$_
BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12
X-SOCIALPROFILE;type=twitter;x-user=benokafor:http://twitter.com/benokafor
IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:ben.okafor
NOTE:Met at the climbing gym\, Tuesdays.\nLikes espresso\; no sugar.
PHOTO;ENCODING=b;TYPE=JPEG:)") +
              std::string(kApplePhoto1) + "\n " + std::string(kApplePhoto2) + R"(
CATEGORIES:friends,climbing
X-ABShowAs:PERSON
UID:4B6F2A1C-0D4E-4F7A-9E55-1D2C3B4A5F60
END:VCARD
)");
}

inline constexpr std::string_view kGoogleCard = R"(BEGIN:VCARD
VERSION:3.0
FN:Zoë Martin
N:Martin;Zoë;;;
EMAIL;TYPE=INTERNET;TYPE=HOME:zoe@example.org
TEL;TYPE=CELL:+33 6 12 34 56 78
ADR;TYPE=HOME:;;3 rue de la Paix;Paris;;75002;France
ORG:Atelier Martin
TITLE:Designer
BDAY:1991-02-28
item1.URL:https\://zoe.example/portfolio
item1.X-ABLabel:PROFILE
item2.X-ABRELATEDNAMES:Luc Martin
item2.X-ABLabel:_$!<Spouse>!$_
CATEGORIES:myContacts,Family
NOTE:Prefers Signal
END:VCARD
)";

inline constexpr std::string_view kAndroidCard = R"(BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Kowalski;=C5=81ukasz;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasz Kowalski
TEL;CELL;PREF:+48 600 100 200
TEL;HOME:+48 12 345 67 89
EMAIL;HOME:lukasz@example.pl
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Spotkanie w Krakowie=0A=
Zadzwo=C5=84 w pi=C4=85tek=
 o 18
X-ANDROID-CUSTOM;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:vnd.android.cursor.item/nickname;=C5=81uki;1;;;;;;;;;;;;;
PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQEASABIAAD/
 2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsK

END:VCARD
)";

inline constexpr std::string_view kLatin1Card =
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=ISO-8859-1:M\xFCller;J\xFCrgen\r\n"
    "FN;CHARSET=ISO-8859-1:J\xFCrgen M\xFCller\r\n"
    "ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:;;Stra=DFe "
    "1;K=F6ln;;50667;Deutschland\r\n"
    "EMAIL;PREF;INTERNET:juergen@example.de\r\n"
    "END:VCARD\r\n";

inline constexpr std::string_view kVersion4Card = R"(BEGIN:VCARD
VERSION:4.0
FN:Ana Lima
N:Lima;Ana;;Dr.;
TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+1-555-0142
EMAIL;TYPE=work:ana@lima.example
BDAY:--0412
ANNIVERSARY:20150620
GENDER:F
LANG;PREF=1:pt
IMPP;PREF=1:xmpp:ana@lima.example
PHOTO:data:image/png;base64,iVBORw0KGgo=
LOGO:https://lima.example/logo.png
END:VCARD
)";

}  // namespace kith::formats::test
