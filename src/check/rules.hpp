// Rules: user-editable files under rules/, one rule a file. The rule's id is its path relative
// to the rules directory without ".rule" ("core/conflicting-figures"); each file `extends` one
// check kind from the closed registry below and sets its level, message and the kind's
// parameters.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"
#include "util/result.hpp"

namespace figcheck::check {

// The closed registry of check kinds a rule can extend. A clash between figures goes to the
// most specific kind that applies, in this order: contested figures (a side that is withdrawn,
// denied, corrected or unverified), revisions (one source over time), sources disagree (named
// sources on both sides), conflicting figures (everything else).
enum class CheckKind {
  conflicting_figures,  // figures for one quantity whose intervals cannot all hold
  parts_and_whole,      // parts that cannot fit their whole ("26 X et 16 Y tués" against a total)
  revisions,            // one source's figure over time: a rise is a revision, a fall is flagged
  contested_figures,    // a clash whose one side the text withdraws, denies, corrects or doubts
  sources_disagree,     // named sources whose figures for one quantity cannot all hold
  arithmetic,           // a change the text states ("12 de plus que la veille") that its figures contradict
};
std::string_view to_string(CheckKind);

// A parameter a check kind takes, for `figcheck rules` and the error messages.
struct ParamInfo {
  std::string_view key;
  std::string_view meaning;  // one line, with the default
};

struct KindInfo {
  CheckKind kind;
  std::string_view name;
  std::string_view fires;  // one line: when the kind fires
  std::vector<ParamInfo> params;
};
const std::vector<KindInfo>& kinds();

struct Rule {
  std::string id;    // from the path: "core/conflicting-figures"
  std::string path;  // the file it was read from
  CheckKind kind = CheckKind::conflicting_figures;
  Severity level = Severity::error;
  bool enabled = true;       // `level: off` or `enabled: no` disables a rule
  std::string message;       // template: {metric}, {place}, {subject} are filled in
  std::string description;   // one line, for `figcheck rules`
  std::string help;          // the file's leading comment lines, joined: what it catches and why
  std::vector<std::string> metrics;  // empty: every metric
  double tolerance = 0.0;    // relative slack on each side of every interval. Default: 0
  double min_gap = 0.0;      // figures closer than this (absolute) agree. Default: 0
  // contested-figures: the statuses that make a side contested.
  std::vector<ClaimStatus> statuses{ClaimStatus::retracted, ClaimStatus::denied, ClaimStatus::corrected,
                                    ClaimStatus::unverified};
  // revisions: the level of a rise (a count revised upwards); nullopt: rises are not reported.
  std::optional<Severity> rise_level;
};

// The metrics the extractor produces; a rule naming another one is an error.
const std::vector<std::string>& known_metrics();

// Parses one rule file's text. Errors read `path:line:col: message`.
Result<Rule> parse_rule(std::string_view text, const std::string& path, std::string id);

// Loads every *.rule file below `dir`, sorted by id. Every bad file is reported (one message a
// line) in the error, so a user fixes them all in one go.
Result<std::vector<Rule>> load_rules(const std::string& dir);

// Which rules a run uses: the defaults (unless `defaults` is false), then each of `dirs` in
// turn, a rule of a later directory replacing an earlier one with the same id; then `enable`
// and `disable` (rule ids) switch rules on and off. An id that names no rule is an error.
struct RuleSelection {
  std::string default_dir;
  bool defaults = true;
  std::vector<std::string> dirs;
  std::vector<std::string> enable;
  std::vector<std::string> disable;
};
Result<std::vector<Rule>> select_rules(const RuleSelection& selection);

// Where the default rules live: $FIGCHECK_RULES, else rules/ next to the executable's parent
// directory, else the source tree figcheck was built from.
std::string default_rules_dir(const std::string& argv0);

}  // namespace figcheck::check
