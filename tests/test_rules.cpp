#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "check/rules.hpp"
#include "grammars/rulefile/rulefile.hpp"

using namespace figcheck;

TEST_SUITE("rules") {
  TEST_CASE("the setting grammar") {
    using grammar::rulefile::LineError;
    using grammar::rulefile::parse_setting;
    using grammar::rulefile::ast::Setting;
    struct Case {
      const char* line;
      const char* key;    // nullptr: an error is expected
      const char* value;
      std::size_t column; // of the error
    };
    const Case cases[] = {
        {"level: error", "level", "error", 0},
        {"  message:   conflicting {metric} ", "message", "conflicting {metric}", 0},
        {"tolerance:0.02", "tolerance", "0.02", 0},
        {"level error", nullptr, nullptr, 7},
        {"level:", nullptr, nullptr, 7},
        {"9level: x", nullptr, nullptr, 1},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      const auto parsed = parse_setting(c.line);
      if (c.key != nullptr) {
        REQUIRE(std::holds_alternative<Setting>(parsed));
        CHECK(std::get<Setting>(parsed).key == c.key);
        CHECK(std::get<Setting>(parsed).value == c.value);
      } else {
        REQUIRE(std::holds_alternative<LineError>(parsed));
        CHECK(std::get<LineError>(parsed).column == c.column);
      }
    }
  }

  TEST_CASE("a valid rule") {
    const auto rule = check::parse_rule(
        "# comment\nextends: conflicting-figures\nlevel: warning\nmessage: m {metric}\n"
        "metrics: deaths, arrested\ntolerance: 0.05\n",
        "r.rule", "core/r");
    REQUIRE(rule.ok());
    CHECK(rule->id == "core/r");
    CHECK(rule->kind == check::CheckKind::conflicting_figures);
    CHECK(rule->level == Severity::warning);
    CHECK(rule->metrics == std::vector<std::string>{"deaths", "arrested"});
    CHECK(rule->tolerance == doctest::Approx(0.05));
    CHECK(rule->enabled);
  }

  TEST_CASE("level off disables a rule") {
    const auto rule = check::parse_rule("extends: parts-and-whole\nmessage: m\nlevel: off\n", "r.rule", "r");
    REQUIRE(rule.ok());
    CHECK_FALSE(rule->enabled);
  }

  TEST_CASE("bad rule files give path:line:col and say what is wrong") {
    struct Case {
      const char* text;
      const char* expected;
    };
    const Case cases[] = {
        {"extends: nonsense\nmessage: m\n", "r.rule:1:10: unknown check kind 'nonsense'"},
        {"extends: conflicting-figures\nlevel: fatal\nmessage: m\n", "r.rule:2:8: level must be"},
        {"extends: conflicting-figures\nmessage: m\nmetrics: deaths, fish\n", "r.rule:3:18: unknown metric 'fish'"},
        {"extends: conflicting-figures\nmessage: m\ntolerance: lots\n", "r.rule:3:12: tolerance must be"},
        {"extends: conflicting-figures\nmessage m\n", "r.rule:2:9: expected ':' after the key"},
        {"extends: conflicting-figures\nmessage: m\ncolour: red\n", "r.rule:3:1: unknown key 'colour'"},
        {"message: m\n", "r.rule:1:1: missing 'extends"},
        {"extends: conflicting-figures\nmessage: a\nmessage: b\n", "r.rule:3:1: 'message' is set twice"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      const auto rule = check::parse_rule(c.text, "r.rule", "r");
      REQUIRE_FALSE(rule.ok());
      CHECK(rule.error().starts_with(c.expected));
    }
  }

  TEST_CASE("load_rules: ids from paths, sorted; every bad file reported") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "figcheck_rules_test";
    fs::remove_all(dir);
    fs::create_directories(dir / "core");
    std::ofstream(dir / "core" / "b.rule") << "extends: conflicting-figures\nmessage: m\n";
    std::ofstream(dir / "a.rule") << "extends: parts-and-whole\nmessage: m\n";
    std::ofstream(dir / "notes.txt") << "not a rule\n";
    auto rules = check::load_rules(dir.string());
    REQUIRE(rules.ok());
    REQUIRE(rules->size() == 2);
    CHECK(rules.value()[0].id == "a");
    CHECK(rules.value()[1].id == "core/b");
    std::ofstream(dir / "c.rule") << "extends: x\nmessage: m\n";
    std::ofstream(dir / "d.rule") << "level: error\n";
    rules = check::load_rules(dir.string());
    REQUIRE_FALSE(rules.ok());
    CHECK(rules.error().find("c.rule:1:10") != std::string::npos);
    CHECK(rules.error().find("d.rule:1:1") != std::string::npos);
    fs::remove_all(dir);
    CHECK_FALSE(check::load_rules(dir.string()).ok());
  }

  TEST_CASE("the shipped rules are valid") {
    const auto rules = check::load_rules(std::string(FIGCHECK_SOURCE_DIR) + "/rules");
    REQUIRE(rules.ok());
    CHECK(rules->size() >= 2);
  }
}
