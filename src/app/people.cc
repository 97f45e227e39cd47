#include "app/people.h"

#include <fmt/format.h>

#include "app/resolve.h"
#include "app/validate.h"
#include "store/details.h"
#include "store/people.h"
#include "util/text.h"

namespace kith::app {
namespace {

Result<std::string> CheckName(std::string_view name) {
  auto checked = CheckText("name", name, kMaxName);
  if (checked && checked->find_first_of("\n\t") != std::string::npos) {
    return Status::Invalid("name must be one line");
  }
  return checked;
}

// Checks every string of a list in place.
Status CheckAll(std::string_view what, std::vector<std::string>& items, size_t max) {
  for (auto& item : items) {
    auto checked = CheckText(what, item, max);
    if (!checked) return checked.status();
    item = *checked;
  }
  return Status::Ok();
}

Status AddContacts(Context& ctx, core::ContactKind kind, const std::vector<std::string>& values,
                   PreparedPerson& out) {
  for (const auto& value : values) {
    auto contact = core::MakeContactValue(kind, value, ctx.region);
    if (!contact) return contact.status();
    auto owners = store::FindByContact(ctx.db, kind, contact->normalized);
    if (!owners) return owners.status();
    if (!owners->empty()) {
      return Status::Conflict(fmt::format(
          "{} {} already belongs to {} (#{}); use `kith edit` or "
          "`kith show {}`",
          core::Name(kind), contact->value, (*owners)[0].name, (*owners)[0].id, (*owners)[0].id));
    }
    out.contacts.push_back(std::move(*contact));
  }
  return Status::Ok();
}

// "via Ana Silva": a known person becomes met_through; an unknown one is
// kept in met_how so nothing typed is lost.
Status ResolveVia(Context& ctx, const std::string& via, PreparedPerson& out) {
  if (via.empty()) return Status::Ok();
  auto ref = ResolvePerson(ctx.db, via);
  if (ref) {
    out.person.met_through = *ref;
    return Status::Ok();
  }
  if (ref.status().code() != Code::kNotFound) return ref.status().Prefixed("met via");
  out.person.met_how = "via " + via;
  out.warnings.push_back(
      fmt::format("'{}' is not in kith yet; kept as \"via {}\" (add them, then `kith edit "
                  "--via`)",
                  via, via));
  return Status::Ok();
}

Status WarnSameName(Context& ctx, PreparedPerson& out) {
  std::string folded = Fold(out.person.name);
  auto same = store::FindByName(ctx.db, folded, 5);
  if (!same) return same.status();
  for (const auto& m : *same) {
    if (m.name_folded == folded) {
      out.warnings.push_back(
          fmt::format("another person is already called {} (#{})", m.name, m.id));
    }
  }
  return Status::Ok();
}

Status CheckFields(const core::Capture& c, PreparedPerson& out) {
  auto name = CheckName(c.name);
  if (!name) return name.status();
  out.person.name = *name;
  struct Field {
    const char* what;
    const std::string& in;
    std::string& out;
  } fields[] = {{"company", c.company, out.person.company},
                {"title", c.title, out.person.title},
                {"location", c.location, out.person.location},
                {"met at", c.met_at, out.person.met_where}};
  for (auto& f : fields) {
    auto checked = CheckOptionalText(f.what, f.in, kMaxField);
    if (!checked) return checked.status();
    f.out = *checked;
  }
  out.facts = c.facts;
  for (auto& fact : out.facts) {
    auto checked = CheckText("fact", fact.text, kMaxField);
    if (!checked) return checked.status();
    fact.text = *checked;
  }
  out.needs = c.needs;
  out.offers = c.offers;
  out.tags = c.tags;
  out.notes = c.notes;
  out.dates = c.dates;
  KITH_RETURN_IF_ERROR(CheckAll("need", out.needs, kMaxField));
  KITH_RETURN_IF_ERROR(CheckAll("offer", out.offers, kMaxField));
  KITH_RETURN_IF_ERROR(CheckAll("tag", out.tags, kMaxField));
  return CheckAll("note", out.notes, kMaxNote);
}

Status WriteDetails(Context& ctx, int64_t id, const PreparedPerson& p) {
  for (const auto& c : p.contacts) {
    auto added = store::AddContact(ctx.db, id, c, "", ctx.now);
    if (!added) return added.status();
  }
  for (const auto& f : p.facts)
    KITH_RETURN_IF_ERROR(store::AddFact(ctx.db, id, f.kind, f.text, ctx.now).status());
  for (const auto& n : p.needs) {
    KITH_RETURN_IF_ERROR(store::AddNeedOffer(ctx.db, id, core::Side::kNeed, n, ctx.now).status());
  }
  for (const auto& o : p.offers) {
    KITH_RETURN_IF_ERROR(store::AddNeedOffer(ctx.db, id, core::Side::kOffer, o, ctx.now).status());
  }
  for (const auto& t : p.tags) KITH_RETURN_IF_ERROR(store::AddTag(ctx.db, id, t).status());
  for (const auto& n : p.notes)
    KITH_RETURN_IF_ERROR(store::AddNote(ctx.db, id, n, ctx.now).status());
  for (const auto& d : p.dates)
    KITH_RETURN_IF_ERROR(store::SetImportantDate(ctx.db, id, d.kind, d.date));
  return Status::Ok();
}

// Applies one optional text field of an edit.
Status ApplyField(const char* what, const std::optional<std::string>& value, std::string& field) {
  if (!value) return Status::Ok();
  auto checked = CheckOptionalText(what, *value, kMaxField);
  if (!checked) return checked.status();
  field = *checked;
  return Status::Ok();
}

Status ApplyMetOn(const std::optional<std::string>& met_on, core::Person& p) {
  if (!met_on) return Status::Ok();
  if (Trim(*met_on).empty()) {
    p.met_on.reset();
    return Status::Ok();
  }
  auto date = ParseDate(*met_on);
  if (!date || date->year == 0) {
    return Status::Invalid(fmt::format("invalid date '{}': expected YYYY-MM-DD", *met_on));
  }
  p.met_on = LocalNoon(*date);
  return Status::Ok();
}

}  // namespace

Result<PreparedPerson> PreparePerson(Context& ctx, const core::Capture& capture) {
  PreparedPerson out;
  KITH_RETURN_IF_ERROR(CheckFields(capture, out));
  if (capture.met_on) out.person.met_on = LocalNoon(*capture.met_on);
  KITH_RETURN_IF_ERROR(AddContacts(ctx, core::ContactKind::kEmail, capture.emails, out));
  KITH_RETURN_IF_ERROR(AddContacts(ctx, core::ContactKind::kPhone, capture.phones, out));
  KITH_RETURN_IF_ERROR(AddContacts(ctx, core::ContactKind::kUrl, capture.urls, out));
  KITH_RETURN_IF_ERROR(ResolveVia(ctx, capture.met_via, out));
  KITH_RETURN_IF_ERROR(WarnSameName(ctx, out));
  return out;
}

Result<int64_t> WritePerson(Context& ctx, const PreparedPerson& prepared) {
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  auto id = store::InsertPerson(ctx.db, prepared.person, ctx.now);
  if (!id) return id.status();
  KITH_RETURN_IF_ERROR(WriteDetails(ctx, *id, prepared));
  KITH_RETURN_IF_ERROR(tx->Commit());
  return *id;
}

Result<core::Person> EditPerson(Context& ctx, std::string_view who, const PersonEdit& edit) {
  auto ref = ResolvePerson(ctx.db, who);
  if (!ref) return ref.status();
  auto person = store::GetPerson(ctx.db, ref->id);
  if (!person) return person.status();
  if (edit.name) {
    auto name = CheckName(*edit.name);
    if (!name) return name.status();
    person->name = *name;
  }
  KITH_RETURN_IF_ERROR(ApplyField("company", edit.company, person->company));
  KITH_RETURN_IF_ERROR(ApplyField("title", edit.title, person->title));
  KITH_RETURN_IF_ERROR(ApplyField("location", edit.location, person->location));
  KITH_RETURN_IF_ERROR(ApplyField("met at", edit.met_where, person->met_where));
  KITH_RETURN_IF_ERROR(ApplyField("how you met", edit.met_how, person->met_how));
  KITH_RETURN_IF_ERROR(ApplyMetOn(edit.met_on, *person));
  if (edit.met_via && Trim(*edit.met_via).empty()) person->met_through.reset();
  if (edit.met_via && !Trim(*edit.met_via).empty()) {
    auto via = ResolvePerson(ctx.db, *edit.met_via);
    if (!via) return via.status().Prefixed("via");
    if (via->id == person->id) return Status::Invalid("a person cannot be met through themselves");
    person->met_through = *via;
  }
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  KITH_RETURN_IF_ERROR(store::UpdatePerson(ctx.db, *person, ctx.now));
  KITH_RETURN_IF_ERROR(tx->Commit());
  return store::GetPerson(ctx.db, person->id);
}

Result<core::PersonRef> ArchivePerson(Context& ctx, std::string_view who, bool archived) {
  auto at = archived ? std::optional<int64_t>(ctx.now) : std::nullopt;
  return WriteForPerson(ctx, who,
                        [&](int64_t id) { return store::SetArchived(ctx.db, id, at, ctx.now); });
}

}  // namespace kith::app
