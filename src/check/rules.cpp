#include "check/rules.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/spirit/home/x3.hpp>

#include "grammars/rulefile/rulefile.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

#ifndef FIGCHECK_SOURCE_DIR
#define FIGCHECK_SOURCE_DIR "."
#endif

namespace figcheck::check {
namespace fs = std::filesystem;
namespace x3 = boost::spirit::x3;
namespace {

// The keys every kind takes.
constexpr std::string_view k_common_keys = "extends, level, enabled, message, description, metrics";

// A list of comma-separated words, each with the column it starts at.
std::vector<std::pair<std::string, std::size_t>> split_list(const std::string& value, std::size_t column) {
  std::vector<std::pair<std::string, std::size_t>> items;
  std::size_t from = 0;
  while (from <= value.size()) {
    std::size_t comma = value.find(',', from);
    if (comma == std::string::npos) comma = value.size();
    const std::string_view piece = std::string_view(value).substr(from, comma - from);
    const std::string item(util::trim(piece));
    items.emplace_back(item, column + from + (item.empty() ? 0 : piece.find(item)));
    from = comma + 1;
  }
  return items;
}

// One `key: value` line of a rule file, with where its key and value start.
struct Line {
  std::string key;
  std::string value;
  std::size_t number = 0;
  std::size_t key_column = 1;
  std::size_t value_column = 1;
};

}  // namespace

const std::vector<KindInfo>& kinds() {
  static const std::vector<KindInfo> k_kinds{
      {CheckKind::conflicting_figures, "conflicting-figures",
       "two figures for the same quantity and group cannot both hold, and no more specific kind takes the clash",
       {{"tolerance", "share of slack on each side of every interval (default 0)"},
        {"min-gap", "figures closer than this many units agree (default 0)"}}},
      {CheckKind::parts_and_whole, "parts-and-whole",
       "parts cannot fit their whole: a stated breakdown against a total, parts of one total that exceed it, "
       "places or groups within a whole whose figures add up to more than it",
       {{"tolerance", "share of slack on each side of every interval (default 0)"}}},
      {CheckKind::revisions, "revisions",
       "one source gives different figures for one quantity: lower on a later date, or different on the same date "
       "(a rise is a revision, reported at rise-level)",
       {{"tolerance", "share of slack on each side of every interval (default 0)"},
        {"rise-level", "error, warning, info or off: the level of a count revised upwards (default off)"}}},
      {CheckKind::contested_figures, "contested-figures",
       "a figure the text withdraws, denies, corrects or doubts clashes with another one",
       {{"tolerance", "share of slack on each side of every interval (default 0)"},
        {"min-gap", "figures closer than this many units agree (default 0)"},
        {"statuses", "the statuses that make a figure contested (default retracted, denied, corrected, unverified)"}}},
      {CheckKind::arithmetic, "arithmetic",
       "a change the text states with a figure (\"soit 12 de plus que la veille\", \"up 8% from 2020\") does not "
       "match the figure it is compared with",
       {{"tolerance", "share of slack on each side of every interval (default 0); a percentage may be off by "
                      "half a point for rounding"}}},
      {CheckKind::sources_disagree, "sources-disagree",
       "named sources give figures for one quantity that cannot all hold (a union against a ministry)",
       {{"tolerance", "share of slack on each side of every interval (default 0)"},
        {"min-gap", "figures closer than this many units agree (default 0)"}}},
  };
  return k_kinds;
}

std::string_view to_string(CheckKind kind) {
  for (const KindInfo& info : kinds()) {
    if (info.kind == kind) return info.name;
  }
  return "?";
}

const std::vector<std::string>& known_metrics() {
  static const std::vector<std::string> k_metrics{
      "deaths", "injured", "missing", "arrested", "displaced", "evacuated",
      "rescued", "participants", "deployed", "infected", "damage"};
  return k_metrics;
}

Result<Rule> parse_rule(std::string_view text, const std::string& path, std::string id) {
  Rule rule;
  rule.id = std::move(id);
  rule.path = path;
  const auto error = [&](std::size_t line, std::size_t column, const std::string& message) {
    return Status::error(path + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message);
  };
  // First the lines, so that `extends` may come anywhere and says which keys the others may use.
  std::vector<Line> lines;
  std::size_t number = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++number;
    const std::string_view content = util::trim(line);
    if (lines.empty() && content.starts_with('#')) {
      const std::string_view comment = util::trim(content.substr(1));
      if (!comment.empty()) rule.help += (rule.help.empty() ? "" : " ") + std::string(comment);
    }
    if (!content.empty() && content.front() != '#') {
      auto parsed = grammar::rulefile::parse_setting(line);
      if (auto* failure = std::get_if<grammar::rulefile::LineError>(&parsed)) {
        return error(number, failure->column, failure->message);
      }
      auto& setting = std::get<grammar::rulefile::ast::Setting>(parsed);
      const std::size_t colon = line.find(':');
      Line l{std::move(setting.key), std::move(setting.value), number, 0,
             colon + 1 + line.substr(colon + 1).find_first_not_of(" \t") + 1};
      l.key_column = line.find(l.key) + 1;
      for (const Line& seen : lines) {
        if (seen.key == l.key) return error(l.number, l.key_column, "'" + l.key + "' is set twice");
      }
      lines.push_back(std::move(l));
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  const auto extends = std::find_if(lines.begin(), lines.end(), [](const Line& l) { return l.key == "extends"; });
  if (extends == lines.end()) return error(1, 1, "missing 'extends: <check kind>'");
  const auto info = std::find_if(kinds().begin(), kinds().end(), [&](const KindInfo& k) { return k.name == extends->value; });
  if (info == kinds().end()) {
    std::string names;
    for (const KindInfo& k : kinds()) names += (names.empty() ? "" : ", ") + std::string(k.name);
    return error(extends->number, extends->value_column, "unknown check kind '" + extends->value + "' (known: " + names + ")");
  }
  rule.kind = info->kind;
  bool has_message = false;
  std::optional<bool> enabled;
  for (const Line& l : lines) {
    const std::string& value = l.value;
    const auto bad = [&](const std::string& message) { return error(l.number, l.value_column, message); };
    const auto param = [&](std::string_view key) {
      return std::any_of(info->params.begin(), info->params.end(), [&](const ParamInfo& p) { return p.key == key; });
    };
    const auto share = [&](double& into, const std::string& what) -> Status {
      double parsed = 0;
      auto first = value.begin();
      if (!x3::parse(first, value.end(), x3::double_, parsed) || first != value.end() || parsed < 0 || parsed >= 1) {
        return bad(what + " must be a number from 0 to 1 (a share), not '" + value + "'");
      }
      into = parsed;
      return Status::ok();
    };
    if (l.key == "extends") continue;
    if (l.key == "level") {
      if (value == "off") {
        enabled = false;
      } else if (auto level = severity_from_string(value)) {
        rule.level = *level;
      } else {
        return bad("level must be error, warning, info or off, not '" + value + "'");
      }
    } else if (l.key == "enabled") {
      if (value != "yes" && value != "no") return bad("enabled must be yes or no, not '" + value + "'");
      if (!enabled || *enabled) enabled = value == "yes";
    } else if (l.key == "message") {
      rule.message = value;
      has_message = true;
    } else if (l.key == "description") {
      rule.description = value;
    } else if (l.key == "metrics") {
      for (const auto& [metric, column] : split_list(value, l.value_column)) {
        if (std::find(known_metrics().begin(), known_metrics().end(), metric) == known_metrics().end()) {
          return error(l.number, column, "unknown metric '" + metric + "'");
        }
        rule.metrics.push_back(metric);
      }
    } else if (l.key == "tolerance" && param(l.key)) {
      if (Status s = share(rule.tolerance, "tolerance"); !s) return s;
    } else if (l.key == "min-gap" && param(l.key)) {
      double gap = 0;
      auto first = value.begin();
      if (!x3::parse(first, value.end(), x3::double_, gap) || first != value.end() || gap < 0) {
        return bad("min-gap must be a number of units, 0 or more, not '" + value + "'");
      }
      rule.min_gap = gap;
    } else if (l.key == "statuses" && param(l.key)) {
      rule.statuses.clear();
      for (const auto& [name, column] : split_list(value, l.value_column)) {
        const auto status = claim_status_from_string(name);
        if (!status) return error(l.number, column, "unknown status '" + name + "' (reported, unverified, retracted, denied, corrected)");
        rule.statuses.push_back(*status);
      }
    } else if (l.key == "rise-level" && param(l.key)) {
      if (value == "off") {
        rule.rise_level.reset();
      } else if (auto level = severity_from_string(value)) {
        rule.rise_level = *level;
      } else {
        return bad("rise-level must be error, warning, info or off, not '" + value + "'");
      }
    } else {
      std::string keys(k_common_keys);
      for (const ParamInfo& p : info->params) keys += ", " + std::string(p.key);
      return error(l.number, l.key_column, "unknown key '" + l.key + "' for " + std::string(info->name) + " (known: " + keys + ")");
    }
  }
  if (!has_message) return error(1, 1, "missing 'message: <text>'");
  rule.enabled = enabled.value_or(true);
  return rule;
}

Result<std::vector<Rule>> load_rules(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status::error(dir + ": rules directory not found");
  }
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".rule") files.push_back(it->path());
  }
  if (ec) return Status::error(dir + ": cannot read rules directory: " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<Rule> rules;
  std::string errors;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in) {
      errors += file.string() + ":1:1: cannot read rule file\n";
      continue;
    }
    std::string id = fs::relative(file, dir, ec).replace_extension().generic_string();
    Result<Rule> rule = parse_rule(content.str(), file.string(), std::move(id));
    if (!rule) {
      errors += rule.error() + "\n";
      continue;
    }
    rules.push_back(std::move(rule).value());
  }
  if (!errors.empty()) {
    errors.pop_back();
    return Status::error(errors);
  }
  return rules;
}

Result<std::vector<Rule>> select_rules(const RuleSelection& selection) {
  std::vector<Rule> rules;
  std::string errors;
  std::vector<std::string> dirs;
  if (selection.defaults) dirs.push_back(selection.default_dir);
  dirs.insert(dirs.end(), selection.dirs.begin(), selection.dirs.end());
  for (const std::string& dir : dirs) {
    Result<std::vector<Rule>> loaded = load_rules(dir);
    if (!loaded) {
      errors += loaded.error() + "\n";
      continue;
    }
    for (Rule& rule : loaded.value()) {
      const auto same = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == rule.id; });
      if (same != rules.end()) {
        *same = std::move(rule);  // a later directory's rule replaces the earlier one
      } else {
        rules.push_back(std::move(rule));
      }
    }
  }
  if (!errors.empty()) {
    errors.pop_back();
    return Status::error(errors);
  }
  const auto switch_rule = [&](const std::string& id, bool on) -> Status {
    const auto it = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == id; });
    if (it == rules.end()) {
      std::string ids;
      for (const Rule& r : rules) ids += (ids.empty() ? "" : ", ") + r.id;
      return Status::error(std::string(on ? "--enable" : "--disable") + " " + id + ": no such rule (rules: " +
                           (ids.empty() ? std::string("none") : ids) + ")");
    }
    it->enabled = on;
    return Status::ok();
  };
  for (const std::string& id : selection.enable) {
    if (Status s = switch_rule(id, true); !s) return s;
  }
  for (const std::string& id : selection.disable) {
    if (Status s = switch_rule(id, false); !s) return s;
  }
  std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
  return rules;
}

std::string default_rules_dir(const std::string& argv0) {
  return util::data_dir("FIGCHECK_RULES", argv0, "rules", FIGCHECK_SOURCE_DIR);
}

}  // namespace figcheck::check
