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

struct KindInfo {
  CheckKind kind;
  std::string_view name;
};

// Every kind takes the same keys today (extends, level, message, description, metrics, tolerance).
const std::vector<KindInfo>& registry() {
  static const std::vector<KindInfo> k_registry{
      {CheckKind::conflicting_figures, "conflicting-figures"},
      {CheckKind::parts_and_whole, "parts-and-whole"},
  };
  return k_registry;
}


}  // namespace

std::string_view to_string(CheckKind kind) {
  for (const KindInfo& info : registry()) {
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
  bool has_extends = false;
  bool has_message = false;
  std::vector<std::string> seen;
  std::size_t line_number = 0;
  std::size_t start = 0;
  const auto error = [&](std::size_t column, const std::string& message) {
    return Status::error(path + ":" + std::to_string(line_number) + ":" + std::to_string(column) +
                         ": " + message);
  };
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_number;
    const std::string_view content = util::trim(line);
    if (!content.empty() && content.front() != '#') {
      auto parsed = grammar::rulefile::parse_setting(line);
      if (auto* failure = std::get_if<grammar::rulefile::LineError>(&parsed)) {
        return error(failure->column, failure->message);
      }
      const auto& setting = std::get<grammar::rulefile::ast::Setting>(parsed);
      const std::size_t key_column = line.find(setting.key) + 1;
      const std::size_t value_column = line.find(':') + 1 +
                                       (line.substr(line.find(':') + 1).find_first_not_of(" \t")) + 1;
      if (std::find(seen.begin(), seen.end(), setting.key) != seen.end()) {
        return error(key_column, "'" + setting.key + "' is set twice");
      }
      seen.push_back(setting.key);
      const std::string& value = setting.value;
      if (setting.key == "extends") {
        const auto it = std::find_if(registry().begin(), registry().end(),
                                     [&](const KindInfo& k) { return k.name == value; });
        if (it == registry().end()) {
          std::string names;
          for (const KindInfo& k : registry()) names += (names.empty() ? "" : ", ") + std::string(k.name);
          return error(value_column, "unknown check kind '" + value + "' (known: " + names + ")");
        }
        rule.kind = it->kind;
        has_extends = true;
      } else if (setting.key == "level") {
        if (value == "off") {
          rule.enabled = false;
        } else if (auto level = severity_from_string(value)) {
          rule.level = *level;
        } else {
          return error(value_column, "level must be error, warning, info or off, not '" + value + "'");
        }
      } else if (setting.key == "message") {
        rule.message = value;
        has_message = true;
      } else if (setting.key == "description") {
        rule.description = value;
      } else if (setting.key == "metrics") {
        std::size_t from = 0;
        while (from <= value.size()) {
          std::size_t comma = value.find(',', from);
          if (comma == std::string::npos) comma = value.size();
          const std::string_view piece = std::string_view(value).substr(from, comma - from);
          const std::string metric(util::trim(piece));
          if (std::find(known_metrics().begin(), known_metrics().end(), metric) == known_metrics().end()) {
            const std::size_t lead = metric.empty() ? 0 : piece.find(metric);
            return error(value_column + from + lead, "unknown metric '" + metric + "'");
          }
          rule.metrics.push_back(metric);
          from = comma + 1;
        }
      } else if (setting.key == "tolerance") {
        double tolerance = 0;
        auto first = value.begin();
        if (!x3::parse(first, value.end(), x3::double_, tolerance) || first != value.end() ||
            tolerance < 0 || tolerance >= 1) {
          return error(value_column, "tolerance must be a number from 0 to 1 (a share), not '" + value + "'");
        }
        rule.tolerance = tolerance;
      } else {
        return error(key_column, "unknown key '" + setting.key + "' (known: extends, level, message, "
                                 "description, metrics, tolerance)");
      }
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  if (!has_extends) {
    line_number = 1;
    return error(1, "missing 'extends: <check kind>'");
  }
  if (!has_message) {
    line_number = 1;
    return error(1, "missing 'message: <text>'");
  }
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

std::string default_rules_dir(const std::string& argv0) {
  return util::data_dir("FIGCHECK_RULES", argv0, "rules", FIGCHECK_SOURCE_DIR);
}

}  // namespace figcheck::check
