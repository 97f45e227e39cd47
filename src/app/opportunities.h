// `kith opp`: opportunities you track with people — a job, a referral, a
// deal — and where each stands.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "store/opportunities.h"

namespace kith::app {

struct NewOpportunity {
  std::string title;
  std::string kind = "other";
  std::string status = "open";
  std::vector<std::string> with;  // people references
};

Result<store::Opportunity> AddOpportunity(Context& ctx, const NewOpportunity& opp);
Result<store::Opportunity> SetOpportunity(Context& ctx, int64_t id, std::string_view status);

// "job, referral, ..." and "open, won, lost, closed", for help and errors.
inline constexpr const char* kOpportunityKinds[] = {"job",  "referral",   "collaboration",
                                                    "deal", "investment", "other"};
inline constexpr const char* kOpportunityStatuses[] = {"open", "won", "lost", "closed"};

}  // namespace kith::app
