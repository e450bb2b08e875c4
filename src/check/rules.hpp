// Rules: user-editable files under rules/, one rule a file. The rule's id is its path relative
// to the rules directory without ".rule" ("core/conflicting-figures"); each file `extends` one
// check kind from the closed registry below and sets its level, message and parameters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"
#include "util/result.hpp"

namespace figcheck::check {

// The closed registry of check kinds a rule can extend.
enum class CheckKind {
  conflicting_figures,  // figures for one quantity whose intervals cannot all hold
  parts_and_whole,      // a listed breakdown ("26 X et 16 Y tués") against a total
};
std::string_view to_string(CheckKind);

struct Rule {
  std::string id;    // from the path: "core/conflicting-figures"
  std::string path;  // the file it was read from
  CheckKind kind = CheckKind::conflicting_figures;
  Severity level = Severity::error;
  bool enabled = true;       // `level: off` disables a rule
  std::string message;       // template: {metric}, {place}, {subject} are filled in
  std::string description;   // one line, for `figcheck rules`
  std::vector<std::string> metrics;  // empty: every metric
  double tolerance = 0.0;    // relative slack on each side of every interval. Default: 0
};

// The metrics the extractor produces; a rule naming another one is an error.
const std::vector<std::string>& known_metrics();

// Parses one rule file's text. Errors read `path:line:col: message`.
Result<Rule> parse_rule(std::string_view text, const std::string& path, std::string id);

// Loads every *.rule file below `dir`, sorted by id. Every bad file is reported (one message a
// line) in the error, so a user fixes them all in one go.
Result<std::vector<Rule>> load_rules(const std::string& dir);

// Where the default rules live: $FIGCHECK_RULES, else rules/ next to the executable's parent
// directory, else the source tree figcheck was built from.
std::string default_rules_dir(const std::string& argv0);

}  // namespace figcheck::check
