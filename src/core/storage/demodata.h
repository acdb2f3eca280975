#pragma once

#include "core/result.h"

namespace dealboard {

class Repository;

// Fills a new database with the setup Dealboard is known for, so that a first start shows
// a working board instead of an empty window:
//   - "Deals": stages New, Presentation, Negotiation, Won and Lost; custom fields Product,
//     Source and Next step; views "All deals" and "Open pipeline" (Won and Lost hidden);
//   - "Consulting deals": stages Qualification, Contact, Demo, Proposal and Close; view
//     "All deals";
//   - in both, rotting limits of 14 or 21 days on the open stages and the lost reasons
//     Price, Competitor, No budget and No decision, which the lost demo deals give;
//   - a few dozen invented demo deals in both, in EUR, USD and GBP, created over the last
//     weeks so that their days in stage differ.
// All of it is written in one transaction: on failure the database is left as it was.
// Meant for a database where Repository::isNew() is true; a folder of the same name
// already there makes it fail.
[[nodiscard]] Status seedStarterSetup(Repository &repository);

} // namespace dealboard
