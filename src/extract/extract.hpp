// Extract: finds the claims of a document — figures the text ties to a metric — with who gave
// them, about whom, where, when and whether the text still stands by them.
#pragma once

#include <vector>

#include "extract/lexicon.hpp"
#include "model/model.hpp"

namespace figcheck::extract {

// Finds every claim of `doc`, story by story, in document order. Also sets each story's main
// place and country (from its title, else its dateline, else the places it names most).
// Claim ids are left 0 for the caller to number.
std::vector<Claim> extract_claims(Document& doc, const Lexicons& lexicons);

}  // namespace figcheck::extract
