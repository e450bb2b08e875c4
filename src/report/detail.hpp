// Helpers the report writers share (report.cpp, html.cpp, sarif.cpp); not part of the stage's
// public header.
#pragma once

#include <string>

#include "report/report.hpp"

namespace figcheck::report::detail {

// The document a claim is in.
const Document& document_of(const Run& run, const Claim& claim);
// "3 findings (2 errors, 1 warning, 0 infos) in 7 documents, 25 claims".
std::string summary(const Run& run);
// "path:line:col" of the run's claim `claim_index`.
std::string location(const Run& run, std::size_t claim_index);
// The same, followed by " (record ID)" for a claim in a JSON Lines record.
std::string location_and_record(const Run& run, std::size_t claim_index);
// "7989", "approximate [7200, 8800]", "more_than [164, inf]".
std::string describe_value(const Interval& value);
// A figure without trailing zeros: "7989", "1.3".
std::string plain_number(double value);
// Where the claim is stated again in its document: "5:94, 7:85" (Claim::occurrence_at; "" when
// extraction did not locate them, as for claims read back from the database).
std::string other_places(const Claim& claim);

}  // namespace figcheck::report::detail
