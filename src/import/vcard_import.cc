#include "import/vcard_import.h"

#include <fmt/format.h>

#include "formats/vcard.h"
#include "import/record_pipeline.h"

namespace kith::import {
namespace {

std::string Label(const formats::VcardTyped& typed) {
  for (const auto& t : typed.types) {
    if (t != "internet" && t != "voice" && t != "x400") return t;
  }
  return {};
}

void AddAll(core::ContactKind kind, const std::vector<formats::VcardTyped>& values,
            PersonRecord& record) {
  for (const auto& v : values) record.contacts.push_back({kind, v.value, Label(v)});
}

PersonRecord ToRecord(const formats::Vcard& card, std::string_view source) {
  PersonRecord r;
  r.place = fmt::format("{}:{}", source, card.line);
  r.name = card.formatted_name;
  r.company = card.org;
  r.title = card.title;
  r.note = card.note;
  AddAll(core::ContactKind::kEmail, card.emails, r);
  AddAll(core::ContactKind::kPhone, card.phones, r);
  AddAll(core::ContactKind::kUrl, card.urls, r);
  AddAll(core::ContactKind::kHandle, card.handles, r);
  AddAll(core::ContactKind::kAddress, card.addresses, r);
  if (card.birthday) r.dates.emplace_back("birthday", *card.birthday);
  if (card.anniversary) r.dates.emplace_back("anniversary", *card.anniversary);
  r.tags = card.categories;
  return r;
}

}  // namespace

Status ImportVcards(std::string_view text, std::string_view source, PeopleMerger& merger,
                    ImportReport& report) {
  return ApplyRecords(merger, report, [&](const RecordSink& emit) {
    return formats::ParseVcards(
        text, source, [&](formats::Vcard&& card) { return emit(ToRecord(card, source)); });
  });
}

}  // namespace kith::import
