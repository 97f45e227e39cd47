// Opportunities you are tracking with people (`kith opp`): a job, a
// referral, a deal, and who is involved.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/person.h"
#include "store/db.h"

namespace kith::store {

struct Opportunity {
  int64_t id = 0;
  std::string title;
  std::string kind;    // job, referral, collaboration, deal, investment, other
  std::string status;  // open, won, lost, closed
  std::vector<core::PersonRef> people;
  int64_t updated_at = 0;
};

Result<int64_t> InsertOpportunity(Db& db, const std::string& title, const std::string& kind,
                                  const std::string& status, const std::vector<int64_t>& people,
                                  int64_t now);
// false when there is no such opportunity.
Result<bool> SetOpportunityStatus(Db& db, int64_t id, const std::string& status, int64_t now);
// All (status "" ) or those with `status`, newest first; or one person's.
Result<std::vector<Opportunity>> ListOpportunities(Db& db, const std::string& status,
                                                   int64_t person_id = 0);

}  // namespace kith::store
