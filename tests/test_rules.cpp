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
        {"extends: parts-and-whole\nmessage: m\nmin-gap: 3\n", "r.rule:3:1: unknown key 'min-gap' for parts-and-whole"},
        {"extends: contested-figures\nmessage: m\nstatuses: retracted, lost\n", "r.rule:3:22: unknown status 'lost'"},
        {"extends: revisions\nmessage: m\nrise-level: loud\n", "r.rule:3:13: rise-level must be"},
        {"extends: sources-disagree\nmessage: m\nmin-gap: -2\n", "r.rule:3:10: min-gap must be"},
        {"extends: revisions\nmessage: m\nenabled: maybe\n", "r.rule:3:10: enabled must be yes or no"},
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

  TEST_CASE("each kind's own parameters") {
    const auto contested = check::parse_rule(
        "message: m\nstatuses: retracted, denied\nextends: contested-figures\nmin-gap: 2.5\n", "r.rule", "r");
    REQUIRE(contested.ok());  // (extends may come anywhere)
    CHECK(contested->kind == check::CheckKind::contested_figures);
    CHECK(contested->statuses == std::vector<ClaimStatus>{ClaimStatus::retracted, ClaimStatus::denied});
    CHECK(contested->min_gap == doctest::Approx(2.5));
    const auto revisions = check::parse_rule("extends: revisions\nmessage: m\nrise-level: info\n", "r.rule", "r");
    REQUIRE(revisions.ok());
    REQUIRE(revisions->rise_level.has_value());
    CHECK(*revisions->rise_level == Severity::info);
    const auto off = check::parse_rule("extends: revisions\nmessage: m\nenabled: no\n", "r.rule", "r");
    REQUIRE(off.ok());
    CHECK_FALSE(off->enabled);
  }

  TEST_CASE("select_rules: defaults, more directories by id, --enable and --disable") {
    namespace fs = std::filesystem;
    const fs::path base = fs::temp_directory_path() / "figcheck_select_test";
    fs::remove_all(base);
    fs::create_directories(base / "defaults" / "core");
    fs::create_directories(base / "mine" / "core");
    std::ofstream(base / "defaults" / "core" / "a.rule") << "extends: conflicting-figures\nmessage: m\nlevel: error\n";
    std::ofstream(base / "defaults" / "core" / "b.rule") << "extends: revisions\nmessage: m\nlevel: off\n";
    std::ofstream(base / "mine" / "core" / "a.rule") << "extends: conflicting-figures\nmessage: mine\nlevel: info\n";
    std::ofstream(base / "mine" / "c.rule") << "extends: sources-disagree\nmessage: m\n";
    check::RuleSelection selection;
    selection.default_dir = (base / "defaults").string();
    selection.dirs = {(base / "mine").string()};
    auto rules = check::select_rules(selection);
    REQUIRE(rules.ok());
    REQUIRE(rules->size() == 3);
    CHECK(rules.value()[0].id == "c");
    CHECK(rules.value()[1].id == "core/a");
    CHECK(rules.value()[1].message == "mine");  // replaced by the later directory
    CHECK(rules.value()[1].level == Severity::info);
    CHECK_FALSE(rules.value()[2].enabled);

    selection.enable = {"core/b"};
    selection.disable = {"core/a"};
    rules = check::select_rules(selection);
    REQUIRE(rules.ok());
    CHECK_FALSE(rules.value()[1].enabled);
    CHECK(rules.value()[2].enabled);

    selection.defaults = false;
    selection.enable.clear();
    selection.disable.clear();
    rules = check::select_rules(selection);
    REQUIRE(rules.ok());
    CHECK(rules->size() == 2);

    selection.disable = {"core/nope"};
    rules = check::select_rules(selection);
    REQUIRE_FALSE(rules.ok());
    CHECK(rules.error().starts_with("--disable core/nope: no such rule"));
    fs::remove_all(base);
  }

  TEST_CASE("the shipped rules are valid") {
    const auto rules = check::load_rules(std::string(FIGCHECK_SOURCE_DIR) + "/rules");
    REQUIRE(rules.ok());
    CHECK(rules->size() >= 2);
  }
}
