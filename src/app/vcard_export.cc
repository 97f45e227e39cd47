#include "app/vcard_export.h"

#include "formats/vcard.h"
#include "store/details.h"
#include "store/people.h"

namespace kith::app {
namespace {

void AddContacts(const std::vector<core::ContactPoint>& contacts, formats::Vcard& card) {
  for (const auto& c : contacts) {
    formats::VcardTyped typed{c.value, {}, false};
    if (!c.label.empty()) typed.types.push_back(c.label);
    switch (c.kind) {
      case core::ContactKind::kEmail:
        card.emails.push_back(typed);
        break;
      case core::ContactKind::kPhone:
        card.phones.push_back(typed);
        break;
      case core::ContactKind::kUrl:
        card.urls.push_back(typed);
        break;
      case core::ContactKind::kHandle:
        card.handles.push_back(typed);
        break;
      case core::ContactKind::kAddress:
        card.addresses.push_back(typed);
        break;
    }
  }
}

Result<formats::Vcard> CardOf(Context& ctx, const core::PersonSummary& p) {
  formats::Vcard card;
  card.formatted_name = p.name;
  card.org = p.company;
  card.title = p.title;
  card.uid = "kith-person-" + std::to_string(p.id);
  card.categories = p.tags;
  auto contacts = store::ContactsOf(ctx.db, p.id);
  if (!contacts) return contacts.status();
  AddContacts(*contacts, card);
  auto dates = store::DatesOf(ctx.db, p.id);
  if (!dates) return dates.status();
  for (const auto& d : *dates) {
    if (d.kind == "birthday") card.birthday = d.date;
    if (d.kind == "anniversary") card.anniversary = d.date;
  }
  auto notes = store::NotesOf(ctx.db, p.id, 1);
  if (!notes) return notes.status();
  if (!notes->empty()) card.note = (*notes)[0].body;
  return card;
}

}  // namespace

Result<std::string> ExportVcards(Context& ctx, int version) {
  auto people = store::ListPeople(ctx.db, {});
  if (!people) return people.status();
  return ExportVcardsOf(ctx, *people, version);
}

Result<std::string> ExportVcardsOf(Context& ctx, const std::vector<core::PersonSummary>& people,
                                   int version) {
  std::string out;
  for (const auto& p : people) {
    auto card = CardOf(ctx, p);
    if (!card) return card.status();
    out += formats::WriteVcard(*card, version);
  }
  return out;
}

}  // namespace kith::app
