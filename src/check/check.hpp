// Check: runs the enabled rules over the comparison sets and returns findings.
// Checks never print; the report stage turns findings into text.
#pragma once

#include <string>
#include <vector>

#include "check/rules.hpp"
#include "model/model.hpp"

namespace figcheck::check {

// Formats a figure's interval for a reason line: "164", "[20, 99]", "more than 164".
std::string describe_interval(const Interval& value);

// Whether two claims' intervals can both hold, each widened by `tolerance` (a share).
bool overlaps(const Interval& a, const Interval& b, double tolerance);

// Whether b after a is a revision of a running count rather than a contradiction: a later date,
// not lower, from the same named source or marked as an update by the text.
bool is_revision(const Claim& a, const Claim& b);

// Runs every enabled rule on every comparison set. Findings come in the order of their first
// claim, ids numbered from 1; each finding's claims are indexes into `claims`.
// What a finding says, hashed: its rule, metric, place and the figures, sources and dates of its
// claims (not their positions), so that the same finding in another run, or in the same text
// edited elsewhere, has the same fingerprint.
std::string fingerprint(const Finding& finding, const std::vector<Claim>& claims);

// Puts findings in report order, the same whatever order they were found in: by their first
// claim, then their rule's place in `rules`, then their claims and reason; numbers them from 1.
void order_findings(std::vector<Finding>& findings, const std::vector<Rule>& rules);

// `groups` and `places` are the part-of DAGs of the counted groups (grammars/lexicon/groups.txt)
// and of the places (the gazetteer's city -> region -> country), for parts-and-whole; empty, no
// group lies within another, and a place lies only within the country its claims give.
std::vector<Finding> run_checks(const std::vector<Rule>& rules, const std::vector<Claim>& claims,
                                const std::vector<ComparisonSet>& sets, const std::vector<GroupLink>& groups = {},
                                const std::vector<PlaceLink>& places = {});

}  // namespace figcheck::check
