#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli.hpp"
#include "store/sqlite.hpp"
#include "store/store.hpp"

using namespace figcheck;
using figcheck::sqlite::Statement;
namespace fs = std::filesystem;

namespace {

struct Output {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs the CLI in-process from the source directory, so paths print as "samples/...".
Output figcheck_run(const std::vector<std::string>& args) {
  const fs::path previous = fs::current_path();
  fs::current_path(FIGCHECK_SOURCE_DIR);
  std::vector<std::string> argv{std::string(FIGCHECK_BINARY)};
  argv.insert(argv.end(), args.begin(), args.end());
  std::ostringstream out;
  std::ostringstream err;
  Output result;
  result.code = cli::run(argv, out, err);
  result.out = out.str();
  result.err = err.str();
  fs::current_path(previous);
  return result;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Compares with a checked-in expected file; FIGCHECK_UPDATE_GOLDEN=1 rewrites it instead.
void check_golden(const std::string& actual, const std::string& name) {
  const fs::path expected_path = fs::path(FIGCHECK_SOURCE_DIR) / "tests" / "golden" / name;
  if (const char* update = std::getenv("FIGCHECK_UPDATE_GOLDEN"); update != nullptr && std::string(update) == "1") {
    std::ofstream(expected_path, std::ios::binary) << actual;
    MESSAGE("rewrote " << expected_path.string());
    return;
  }
  REQUIRE_MESSAGE(fs::exists(expected_path), "missing golden file " << expected_path.string());
  CHECK(actual == read_file(expected_path));
}

fs::path temp_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_SUITE("golden") {
  TEST_CASE("audit samples/: the text report") {
    const Output r = figcheck_run({"audit", "--db", ":memory:", "samples"});
    CHECK(r.err.empty());
    CHECK(r.code == cli::k_exit_findings);
    check_golden(r.out, "samples.txt");
  }

  TEST_CASE("audit samples/: the JSON report") {
    const Output r = figcheck_run({"audit", "--db", ":memory:", "--format", "json", "samples"});
    CHECK(r.code == cli::k_exit_findings);
    check_golden(r.out, "samples.json");
  }

  TEST_CASE("audit samples/: the Markdown, GitHub and JUnit reports") {
    Output r = figcheck_run({"audit", "--db", ":memory:", "--format", "markdown", "samples"});
    CHECK(r.code == cli::k_exit_findings);
    check_golden(r.out, "samples.md");
    r = figcheck_run({"audit", "--db", ":memory:", "--format", "github", "samples"});
    CHECK(r.code == cli::k_exit_findings);
    check_golden(r.out, "samples.github");
    r = figcheck_run({"audit", "--db", ":memory:", "--format", "junit", "samples"});
    CHECK(r.code == cli::k_exit_findings);
    check_golden(r.out, "samples.junit.xml");
  }

  TEST_CASE("audit samples/: the HTML and SARIF reports") {
    Output r = figcheck_run({"audit", "--db", ":memory:", "--format", "html", "samples"});
    CHECK(r.code == cli::k_exit_findings);
    check_golden(r.out, "samples.html");
    r = figcheck_run({"audit", "--db", ":memory:", "--format", "sarif", "samples"});
    CHECK(r.code == cli::k_exit_findings);
    check_golden(r.out, "samples.sarif");
    // One reportingDescriptor per rule file in force, with or without a finding.
    const auto log = nlohmann::json::parse(r.out);
    std::size_t rule_files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(FIGCHECK_SOURCE_DIR) / "rules")) {
      rule_files += entry.path().extension() == ".rule" ? 1 : 0;
    }
    CHECK(log["runs"][0]["tool"]["driver"]["rules"].size() == rule_files);
    CHECK(log["runs"][0]["results"].size() == 3);
  }

  TEST_CASE("several formats at once with --output-dir, one with --output") {
    const fs::path dir = temp_dir("figcheck_cli_outputs");
    Output r = figcheck_run({"audit", "--db", ":memory:", "--format", "text,json,markdown,html,sarif,github,junit", "--output-dir",
                             (dir / "reports").string(), "samples"});
    CHECK(r.code == cli::k_exit_findings);
    CHECK(r.out.empty());
    const fs::path golden = fs::path(FIGCHECK_SOURCE_DIR) / "tests" / "golden";
    CHECK(read_file(dir / "reports" / "report.txt") == read_file(golden / "samples.txt"));
    CHECK(read_file(dir / "reports" / "report.json") == read_file(golden / "samples.json"));
    CHECK(read_file(dir / "reports" / "report.md") == read_file(golden / "samples.md"));
    CHECK(read_file(dir / "reports" / "report.html") == read_file(golden / "samples.html"));
    CHECK(read_file(dir / "reports" / "report.sarif") == read_file(golden / "samples.sarif"));
    CHECK(read_file(dir / "reports" / "report.github.txt") == read_file(golden / "samples.github"));
    CHECK(read_file(dir / "reports" / "report.junit.xml") == read_file(golden / "samples.junit.xml"));
    r = figcheck_run({"audit", "--db", ":memory:", "--format", "json", "--output", (dir / "one.json").string(), "samples"});
    CHECK(r.code == cli::k_exit_findings);
    CHECK(read_file(dir / "one.json") == read_file(golden / "samples.json"));
    // Several formats need a directory; a report that cannot be written is an input error.
    CHECK(figcheck_run({"audit", "--db", ":memory:", "--format", "text,json", "samples"}).code == 2);
    r = figcheck_run({"audit", "--db", ":memory:", "--output", (dir / "missing" / "x.txt").string(), "samples"});
    CHECK(r.code == 2);
    CHECK(r.err.find("cannot write the report") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "missing"));
    fs::remove_all(dir);
  }

  TEST_CASE("a baseline accepts the findings it lists, by what they say, not where") {
    const fs::path dir = temp_dir("figcheck_cli_baseline");
    fs::copy(fs::path(FIGCHECK_SOURCE_DIR) / "samples", dir / "batch");
    const std::string batch = (dir / "batch").string();
    const std::string baseline = (dir / "baseline.txt").string();
    CHECK(figcheck_run({"audit", "--db", ":memory:", "--write-baseline", "samples"}).code == 2);  // needs --baseline
    Output r = figcheck_run({"audit", "--db", ":memory:", "--baseline", baseline, "--write-baseline", batch});
    CHECK(r.code == cli::k_exit_findings);
    CHECK(read_file(baseline).find(" core/sources-disagree sources disagree on arrested in Kazakhstan\n") !=
          std::string::npos);
    // Accepted: nothing reported, exit 0.
    r = figcheck_run({"audit", "--db", ":memory:", "--baseline", baseline, batch});
    CHECK(r.code == cli::k_exit_clean);
    CHECK(r.out.find("figcheck: 0 findings") != std::string::npos);
    CHECK(r.out.find("3 findings accepted by the baseline") != std::string::npos);
    // Unrelated text edited above the figures: the lines move, the baseline still holds.
    const fs::path article = dir / "batch" / "2022-01-09-kz-presidence-fr.txt";
    std::string text = read_file(article);
    text.insert(text.find("NUR-SULTAN"), "Une précision de la rédaction, sans chiffre.\n\n");
    std::ofstream(article, std::ios::binary | std::ios::trunc) << text;
    r = figcheck_run({"audit", "--db", ":memory:", "--baseline", baseline, batch});
    CHECK(r.code == cli::k_exit_clean);
    // A new finding is reported and fails: a figure changed.
    for (std::size_t at; (at = text.find("5.800")) != std::string::npos;) text.replace(at, 5, "4.100");
    std::ofstream(article, std::ios::binary | std::ios::trunc) << text;
    r = figcheck_run({"audit", "--db", ":memory:", "--baseline", baseline, batch});
    CHECK(r.code == cli::k_exit_findings);
    CHECK(r.out.find("[core/sources-disagree]") != std::string::npos);
    // A baseline that is not one is an input error, with its line.
    std::ofstream(dir / "bad.txt") << "# comment\nnot-a-fingerprint\n";
    r = figcheck_run({"audit", "--db", ":memory:", "--baseline", (dir / "bad.txt").string(), batch});
    CHECK(r.code == 2);
    CHECK(r.err.find("bad.txt:2: not a finding's fingerprint") != std::string::npos);
    fs::remove_all(dir);
  }

  TEST_CASE("a figcheck-ignore note silences the finding on a figure an editor checked, and needs a reason") {
    const fs::path dir = temp_dir("figcheck_cli_ignore");
    fs::copy(fs::path(FIGCHECK_SOURCE_DIR) / "samples", dir / "batch");
    const std::string batch = (dir / "batch").string();
    const auto append = [&](const std::string& name, const std::string& line) {
      std::ofstream(dir / "batch" / name, std::ios::binary | std::ios::app) << "\n" << line << "\n";
    };
    Output r = figcheck_run({"audit", "--db", ":memory:", batch});
    REQUIRE(r.code == cli::k_exit_findings);
    REQUIRE(r.out.find("3 findings (2 errors, 1 warning, 0 infos) in 7 documents, 25 claims") != std::string::npos);
    // The sources-disagree error cites 5.800 in this article: silenced; the parts-and-whole error still fails.
    append("2022-01-09-kz-presidence-fr.txt",
           "figcheck-ignore: core/sources-disagree 5.800: bilan de la présidence vérifié, il date du dimanche");
    r = figcheck_run({"audit", "--db", ":memory:", batch});
    CHECK(r.code == cli::k_exit_findings);
    CHECK(r.out.find("[core/sources-disagree]") == std::string::npos);
    CHECK(r.out.find("[core/parts-and-whole]") != std::string::npos);
    // The note is no claim itself: still 25.
    CHECK(r.out.find("2 findings (1 error, 1 warning, 0 infos) in 7 documents, 25 claims") != std::string::npos);
    CHECK(r.out.find("1 finding silenced by a figcheck-ignore note") != std::string::npos);
    // A note for another rule, or for a figure the finding does not cite, silences nothing.
    append("2022-01-10-kz-arrestations-fr.txt", "figcheck-ignore: core/parts-and-whole 7.989: pas ce constat-là");
    append("2022-01-09-kz-bilan-retire-fr.txt", "figcheck-ignore: core/parts-and-whole 1.000: aucun chiffre de ce genre");
    r = figcheck_run({"audit", "--db", ":memory:", batch});
    CHECK(r.code == cli::k_exit_findings);
    CHECK(r.out.find("[core/parts-and-whole]") != std::string::npos);
    // "*" silences every rule on that figure: only the warning is left, and it does not fail.
    append("2022-01-09-kz-bilan-retire-fr.txt", "figcheck-ignore: * 164: retiré par le ministère, signalé dans l'article");
    r = figcheck_run({"audit", "--db", ":memory:", batch});
    CHECK(r.code == cli::k_exit_clean);
    CHECK(r.out.find("0 findings (0 errors, 0 warnings, 0 infos)") != std::string::npos);
    CHECK(r.out.find("3 findings silenced") != std::string::npos);
    // No reason: an input error naming the file and line; the rest is still audited and reported.
    append("2022-01-11-kz-otsc-fr.txt", "figcheck-ignore: core/contested-figures plusieurs dizaines");
    r = figcheck_run({"audit", "--db", ":memory:", batch});
    CHECK(r.code == 2);
    CHECK(r.err.find("2022-01-11-kz-otsc-fr.txt:17: figcheck-ignore needs a rule, the figure as written and a reason") !=
          std::string::npos);
    CHECK(r.out.find("in 7 documents, 25 claims") != std::string::npos);
    // A rule that is not in force (a typo) is an input error too, not a silent no-op.
    fs::path otsc = dir / "batch" / "2022-01-11-kz-otsc-fr.txt";
    std::string text = read_file(otsc);
    text.replace(text.rfind("plusieurs dizaines"), std::string::npos, "plusieurs dizaines: vu\n");
    text.replace(text.rfind("core/contested-figures"), 22, "core/contested-figure");
    std::ofstream(otsc, std::ios::binary | std::ios::trunc) << text;
    r = figcheck_run({"audit", "--db", ":memory:", batch});
    CHECK(r.code == 2);
    CHECK(r.err.find("figcheck-ignore names no rule in force: 'core/contested-figure'") != std::string::npos);
    fs::remove_all(dir);
  }

  TEST_CASE("multi-article cases: the findings a fact-checker would give, and no others") {
    // tests/cases/<case>/ is a batch; tests/golden/cases/<case>.txt its report (see tests/cases/README.md).
    const fs::path cases = fs::path(FIGCHECK_SOURCE_DIR) / "tests" / "cases";
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(cases)) {
      if (entry.is_directory()) names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    REQUIRE(names.size() >= 8);
    for (const std::string& name : names) {
      CAPTURE(name);
      const Output r = figcheck_run({"audit", "--db", ":memory:", "tests/cases/" + name});
      CHECK(r.err.empty());
      check_golden(r.out, "cases/" + name + ".txt");
    }
  }
}

TEST_SUITE("seed") {
  TEST_CASE("the seed document: four stories, exactly the expected findings") {
    const fs::path seed = fs::path(FIGCHECK_SOURCE_DIR) / ".." / "shared" / "seeds" / "000_d9558e2e555df563.txt";
    if (!fs::exists(seed)) {
      MESSAGE("SKIPPED: ../shared/seeds is not here (a fresh clone has no ../shared)");
      return;
    }
    const Output r = figcheck_run({"audit", "--db", ":memory:", "../shared/seeds/000_d9558e2e555df563.txt"});
    CHECK(r.code == cli::k_exit_findings);
    check_golden(r.out, "seed.txt");
  }

  TEST_CASE("the seed document: every claim, with its source, place, date and status") {
    // Reviewed by hand: tests/golden/seed-claims.txt lists the 15 claims of the four stories
    // (the 2026 stories have no publication line, so their claims have no date), with the
    // other lines where each is repeated.
    const fs::path seed = fs::path(FIGCHECK_SOURCE_DIR) / ".." / "shared" / "seeds" / "000_d9558e2e555df563.txt";
    if (!fs::exists(seed)) {
      MESSAGE("SKIPPED: ../shared/seeds is not here (a fresh clone has no ../shared)");
      return;
    }
    const Output r = figcheck_run({"claims", "../shared/seeds/000_d9558e2e555df563.txt"});
    CHECK(r.code == 0);
    // The golden keeps what was read, not the seed's words: each quote is left out.
    std::istringstream lines(r.out);
    std::string projected;
    for (std::string line; std::getline(lines, line);) {
      const std::size_t quote = line.find("] \"");
      if (quote != std::string::npos) {
        const std::size_t also = line.find(" (also at ", quote);
        line = line.substr(0, quote + 1) + (also == std::string::npos ? std::string() : line.substr(also));
      }
      projected += line + "\n";
    }
    check_golden(projected, "seed-claims.txt");
  }
}

TEST_SUITE("cli") {
  TEST_CASE("exit codes follow --fail-on") {
    CHECK(figcheck_run({"audit", "--db", ":memory:", "samples"}).code == 1);
    CHECK(figcheck_run({"audit", "--db", ":memory:", "--fail-on", "never", "samples"}).code == 0);
    CHECK(figcheck_run({"audit", "--db", ":memory:", "--fail-on", "info", "samples"}).code == 1);
    const fs::path dir = temp_dir("figcheck_cli_clean");
    std::ofstream(dir / "a.txt") << "Titre\n\nPublié le lundi 10 janvier 2022\n\nPARIS: Rien à signaler.\n";
    CHECK(figcheck_run({"audit", "--db", ":memory:", dir.string()}).code == 0);
    // Only the warning left: it fails at --fail-on warning and info, not at error or never.
    const std::vector<std::string> warning_only{"audit", "--db", ":memory:", "--disable", "core/sources-disagree",
                                                "--disable", "core/parts-and-whole"};
    const auto with = [&](std::vector<std::string> extra) {
      std::vector<std::string> args = warning_only;
      args.insert(args.end(), extra.begin(), extra.end());
      return figcheck_run(args).code;
    };
    CHECK(with({"samples"}) == cli::k_exit_clean);
    CHECK(with({"--fail-on", "error", "samples"}) == cli::k_exit_clean);
    CHECK(with({"--fail-on", "warning", "samples"}) == cli::k_exit_findings);
    CHECK(with({"--fail-on", "info", "samples"}) == cli::k_exit_findings);
    CHECK(with({"--fail-on", "never", "samples"}) == cli::k_exit_clean);
    // An input error outranks findings, whatever --fail-on says: exit 2, the report still printed.
    const Output r = figcheck_run({"audit", "--db", ":memory:", "--fail-on", "never", "samples", "missing.txt"});
    CHECK(r.code == cli::k_exit_error);
    CHECK(r.out.find("3 findings") != std::string::npos);
    CHECK(figcheck_run({"audit", "--db", ":memory:", "samples", "missing.txt"}).code == cli::k_exit_error);
    fs::remove_all(dir);
  }

  TEST_CASE("usage errors exit 2 with a message") {
    struct Case {
      std::vector<std::string> args;
      const char* message;
    };
    const Case cases[] = {
        {{"audit", "--db", ":memory:"}, "audit needs at least one PATH"},
        {{"audit", "--format", "xml", "samples"}, "unknown format 'xml'"},
        {{"audit", "--fail-on", "fatal", "samples"}, "--fail-on takes"},
        {{"audit", "--frobnicate", "samples"}, "unknown option '--frobnicate'"},
        {{"audit", "samples", "--db"}, "--db needs a value"},
        {{"frobnicate"}, "unknown command 'frobnicate'"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.message);
      const Output r = figcheck_run(c.args);
      CHECK(r.code == cli::k_exit_error);
      CHECK(r.err.find(c.message) != std::string::npos);
    }
  }

  TEST_CASE("bad input: named, exit 2, and every valid document still audited and stored") {
    const fs::path dir = temp_dir("figcheck_cli_bad");
    std::ofstream(dir / "good.txt") << "Kazakhstan : titre\n\nPublié le lundi 10 janvier 2022\n\n"
                                       "ALMATY: 5.800 personnes ont été arrêtées, selon la présidence.\n";
    // UTF-8 with one stray byte in one sentence; the next sentence's claim is still read.
    std::ofstream(dir / "mixed.txt", std::ios::binary)
        << "Kazakhstan : titre\n\nALMATY: Un caf\xc3\xa9 ferm\xff. Au total, 7.989 individus sont d\xc3\xa9tenus.\n";
    // Latin-1 throughout is converted, with no message.
    std::ofstream(dir / "latin1.txt", std::ios::binary)
        << "Kazakhstan : titre\n\nALMATY: Au total, 164 personnes ont \xe9t\xe9 tu\xe9\x65s, selon la t\xe9l\xe9vision.\n";
    const fs::path db = dir / "audit.db";
    const Output r = figcheck_run({"audit", "--db", db.string(), dir.string(), (dir / "missing.txt").string()});
    CHECK(r.code == cli::k_exit_error);
    CHECK(r.err.find("mixed.txt: invalid UTF-8 at byte 41 (1 invalid sequence(s) replaced by U+FFFD)") !=
          std::string::npos);
    CHECK(r.err.find("latin1.txt") == std::string::npos);
    CHECK(r.err.find("missing.txt: no such file or directory") != std::string::npos);
    CHECK(r.out.find("in 3 documents") != std::string::npos);
    auto store = store::AuditStore::open(db.string());
    REQUIRE(store.ok());
    auto& count = store->database().prepare("SELECT count(*) FROM claims");
    const auto row = count.step();
    REQUIRE(row.ok());
    REQUIRE(row.value());
    CHECK(count.column_int64(0) == 3);
    auto& quote = store->database().prepare("SELECT quote FROM claims WHERE low = 164");
    const auto found = quote.step();
    REQUIRE(found.ok());
    REQUIRE(found.value());
    CHECK(quote.column_text(0).find("tu\xc3\xa9\x65s") != std::string::npos);
    fs::remove_all(dir);
  }

  TEST_CASE("a database that cannot be opened is an error naming it, after the report") {
    const fs::path dir = temp_dir("figcheck_cli_db");
    std::ofstream(dir / "not-a-db") << "hello, I am text\n";
    const Output r = figcheck_run({"audit", "--db", (dir / "not-a-db").string(), "samples"});
    CHECK(r.code == cli::k_exit_error);
    CHECK(r.err.find("not-a-db") != std::string::npos);
    CHECK(r.out.find("figcheck:") != std::string::npos);
    CHECK(read_file(dir / "not-a-db") == "hello, I am text\n");
    fs::remove_all(dir);
  }

  TEST_CASE("the JSON report has the documented shape") {
    const Output r = figcheck_run({"audit", "--db", ":memory:", "--format", "json", "samples"});
    const auto report = nlohmann::json::parse(r.out);
    CHECK(report["schema"] == "figcheck-report/1");
    REQUIRE(!report["claims"].empty());
    for (const char* key : {"id", "document", "line", "column", "start", "end", "quote", "metric", "subject",
                            "place", "date", "source", "status", "value", "unit"}) {
      CAPTURE(key);
      CHECK(report["claims"][0].contains(key));
    }
    for (const char* key : {"low", "high", "kind"}) CHECK(report["claims"][0]["value"].contains(key));
    REQUIRE(!report["discrepancies"].empty());
    for (const char* key : {"id", "rule", "severity", "metric", "claims", "message"}) {
      CHECK(report["discrepancies"][0].contains(key));
    }
    CHECK(report["summary"]["documents"] == 7);
    // Every claim's quote is the file's bytes at [start, end).
    for (const auto& claim : report["claims"]) {
      const auto& doc = report["documents"][claim["document"].get<std::size_t>() - 1];
      const std::string text = read_file(fs::path(FIGCHECK_SOURCE_DIR) / doc["path"].get<std::string>());
      const std::string quote = text.substr(claim["start"].get<std::size_t>(),
                                            claim["end"].get<std::size_t>() - claim["start"].get<std::size_t>());
      CHECK(claim["quote"].get<std::string>().size() <= quote.size());
    }
  }

  TEST_CASE("rules: listing and --check") {
    Output r = figcheck_run({"rules"});
    CHECK(r.code == 0);
    CHECK(r.out.find("core/conflicting-figures  conflicting-figures  error") != std::string::npos);
    r = figcheck_run({"rules", "--check", "rules"});
    CHECK(r.code == 0);
    const fs::path dir = temp_dir("figcheck_cli_rules");
    std::ofstream(dir / "bad.rule") << "extends: conflicting-figures\nlevel: loud\nmessage: m\n";
    r = figcheck_run({"rules", "--check", dir.string()});
    CHECK(r.code == 2);
    CHECK(r.err.find("bad.rule:2:8: level must be") != std::string::npos);
    r = figcheck_run({"audit", "--db", ":memory:", "--rules", dir.string(), "samples"});
    CHECK(r.code == 2);
    fs::remove_all(dir);
    r = figcheck_run({"rules", "--kinds"});
    CHECK(r.code == 0);
    CHECK(r.out.find("revisions: ") != std::string::npos);
    CHECK(r.out.find("  rise-level: ") != std::string::npos);
  }

  TEST_CASE("rules: --enable, --disable, --rules adds, --no-default-rules replaces") {
    // The samples' three findings come from three rules; turning one off leaves two.
    Output r = figcheck_run({"audit", "--db", ":memory:", "--disable", "core/sources-disagree", "samples"});
    CHECK(r.code == 1);
    CHECK(r.out.find("[core/sources-disagree]") == std::string::npos);
    CHECK(r.out.find("figcheck: 2 findings") != std::string::npos);
    r = figcheck_run({"audit", "--db", ":memory:", "--disable", "core/nope", "samples"});
    CHECK(r.code == 2);
    CHECK(r.err.find("--disable core/nope: no such rule") != std::string::npos);
    r = figcheck_run({"rules", "--disable", "core/parts-and-whole"});
    CHECK(r.out.find("core/parts-and-whole      parts-and-whole      off") != std::string::npos);

    // A directory of one's own: a rule that replaces a default by id, and a new one.
    const fs::path dir = temp_dir("figcheck_cli_more_rules");
    fs::create_directories(dir / "core");
    std::ofstream(dir / "core" / "contested-figures.rule")
        << "extends: contested-figures\nmessage: withdrawn or not, {metric}\nlevel: info\n";
    std::ofstream(dir / "rises.rule") << "extends: revisions\nmessage: revised {metric}\nrise-level: info\n";
    r = figcheck_run({"rules", "--rules", dir.string()});
    CHECK(r.out.find("core/contested-figures    contested-figures    info") != std::string::npos);
    CHECK(r.out.find("rises") != std::string::npos);
    CHECK(r.out.find("core/sources-disagree") != std::string::npos);
    r = figcheck_run({"audit", "--db", ":memory:", "--rules", dir.string(), "samples"});
    CHECK(r.out.find("info: withdrawn or not, deaths [core/contested-figures]") != std::string::npos);
    r = figcheck_run({"rules", "--no-default-rules", "--rules", dir.string()});
    CHECK(r.out.find("core/sources-disagree") == std::string::npos);
    CHECK(r.out.find("rises") != std::string::npos);
    fs::remove_all(dir);
  }

  TEST_CASE("the database afterwards: changes since the last run, claims --db, history") {
    const fs::path dir = temp_dir("figcheck_cli_history");
    const std::string db = (dir / "audit.db").string();
    Output r = figcheck_run({"audit", "--db", db, "samples"});
    CHECK(r.out.find("since run") == std::string::npos);  // the first run has nothing to compare with
    r = figcheck_run({"audit", "--db", db, "--disable", "core/sources-disagree", "samples"});
    CHECK(r.out.find("figcheck: since run 1: 0 new, 2 persisting, 1 resolved") != std::string::npos);

    r = figcheck_run({"claims", "--db", db, "--metric", "arrested", "--source", "MINIST"});
    CHECK(r.code == 0);
    CHECK(r.out.find("7.989 individus étaient détenus") != std::string::npos);
    CHECK(r.out.find("7,989 people were being held") != std::string::npos);  // "interior ministry" too
    CHECK(r.out.find("5.800") == std::string::npos);
    r = figcheck_run({"claims", "--db", db, "--place", "Kazakhstan", "--format", "csv"});
    CHECK(r.code == 0);
    CHECK(r.out.starts_with("file,line,column"));
    // Every stored claim, restatements included: their offsets are stored, not where they are.
    for (const char* format : {"text", "json", "jsonl", "csv"}) {
      CAPTURE(format);
      CHECK(figcheck_run({"claims", "--db", db, "--format", format}).code == 0);
    }
    const auto stored = nlohmann::json::parse(figcheck_run({"claims", "--db", db, "--format", "json"}).out);
    std::size_t restated = 0;
    for (const auto& claim : stored["claims"]) {
      for (const auto& again : claim["occurrences"]) {
        ++restated;
        CHECK(again["start"].get<std::size_t>() < again["end"].get<std::size_t>());
        CHECK(again["line"].is_null());
        CHECK(again["quote"].is_null());
      }
    }
    CHECK(restated > 0);

    r = figcheck_run({"history", "--db", db, "--metric", "arrested", "--place", "Kazakhstan"});
    CHECK(r.code == 0);
    // (--place matches a claim's place or its country: Almaty's figures come too, in their own block.)
    CHECK(r.out.find("arrested in Almaty\n") != std::string::npos);
    CHECK(r.out.find("arrested in Kazakhstan\n  2022-01-09  5800") != std::string::npos);
    r = figcheck_run({"history", "--db", db, "--metric", "arrested", "--format", "csv"});
    CHECK(r.out.starts_with("metric,place,subject,date,value,low,high,kind,source,status,location\n"));

    // Asking a database that is not there creates nothing.
    r = figcheck_run({"history", "--db", (dir / "none.db").string()});
    CHECK(r.code == 2);
    CHECK(r.err.find("does not exist") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "none.db"));
    CHECK(figcheck_run({"claims", "--db", db, "samples"}).code == 2);       // --db reads no files
    CHECK(figcheck_run({"claims", "--metric", "deaths", "samples"}).code == 2);  // filters need --db
    fs::remove_all(dir);
  }

  TEST_CASE("incremental audits: unchanged files are read back, changed ones extracted again") {
    const fs::path dir = temp_dir("figcheck_cli_incremental");
    fs::copy(fs::path(FIGCHECK_SOURCE_DIR) / "samples", dir / "batch");
    const std::string db = (dir / "audit.db").string();
    const std::string batch = (dir / "batch").string();
    const auto without_since = [](std::string text) {
      const std::size_t at = text.find("figcheck: since run");
      return at == std::string::npos ? text : text.substr(0, at);
    };
    const Output first = figcheck_run({"audit", "--db", db, batch});
    // The same batch again: every claim read back from the database, the same report.
    const Output again = figcheck_run({"audit", "--db", db, batch});
    CHECK(without_since(again.out) == first.out);
    CHECK(again.out.find("0 new, 3 persisting, 0 resolved") != std::string::npos);
    CHECK(without_since(figcheck_run({"audit", "--db", db, "--full", batch}).out) == first.out);
    // A changed file is extracted again: the presidency's 5.800 becomes 7.989, and the arrests
    // conflict is gone.
    const fs::path changed = dir / "batch" / "2022-01-09-kz-presidence-fr.txt";
    std::string text = read_file(changed);
    for (std::size_t at; (at = text.find("5.800")) != std::string::npos;) text.replace(at, 5, "7.989");
    std::ofstream(changed, std::ios::binary | std::ios::trunc) << text;
    const Output edited = figcheck_run({"audit", "--db", db, batch});
    CHECK(edited.out.find("[core/sources-disagree]") == std::string::npos);
    CHECK(edited.out.find("0 new, 2 persisting, 1 resolved") != std::string::npos);
    // Only the changed metric was checked again; the report is a full audit's all the same.
    CHECK(without_since(edited.out) == figcheck_run({"audit", "--db", ":memory:", batch}).out);
    // Another lexicon is another extractor: everything is extracted again with it.
    fs::copy(fs::path(FIGCHECK_SOURCE_DIR) / "grammars" / "lexicon", dir / "lexicon", fs::copy_options::recursive);
    std::ofstream(dir / "lexicon" / "fr" / "metrics.txt", std::ios::app) << "arrested\tafter\tarretees sans motif\n";
    const Output relexed = figcheck_run({"audit", "--db", db, "--lexicon", (dir / "lexicon").string(), batch});
    CHECK(without_since(relexed.out) == without_since(edited.out));
    fs::remove_all(dir);
  }

  TEST_CASE("a database survives SIGKILL at any moment, and two audits at once") {
    // The real binary, in processes of its own: killed with SIGKILL at several moments of an
    // audit of 516 articles, the database must pass PRAGMA integrity_check and the next audit
    // must complete; two audits started together must both finish and both be recorded.
    const fs::path dir = temp_dir("figcheck_cli_kill");
    const std::string db = (dir / "audit.db").string();
    const std::string batch = (fs::path(FIGCHECK_SOURCE_DIR) / "tests" / "eval" / "articles").string();
    const std::string binary = FIGCHECK_BINARY;
    const auto shell = [](const std::string& command) { return std::system(command.c_str()); };
    const auto integrity = [&] {
      auto opened = figcheck::sqlite::Database::open(db, {});
      REQUIRE(opened.ok());
      Statement& check = opened->prepare("PRAGMA integrity_check");
      auto row = check.step();
      REQUIRE(row.ok());
      REQUIRE(*row);
      return check.column_text(0);
    };
    for (const char* delay : {"0.05", "0.2", "0.4", "0.7", "1.0"}) {
      CAPTURE(delay);
      shell("timeout --signal=KILL " + std::string(delay) + " '" + binary + "' audit --db '" + db + "' --full '" +
            batch + "' > /dev/null 2>&1");
      CHECK(integrity() == "ok");
    }
    const int code = shell("'" + binary + "' audit --db '" + db + "' '" + batch + "' > /dev/null 2>&1");
    CHECK(WEXITSTATUS(code) == cli::k_exit_findings);
    CHECK(integrity() == "ok");

    // Two at once, on the same database.
    fs::remove(db);
    const std::string one = "'" + binary + "' audit --db '" + db + "' --full '" + batch + "' > /dev/null 2>&1; echo $? > '" +
                            (dir / "one.code").string() + "'";
    const std::string samples = (fs::path(FIGCHECK_SOURCE_DIR) / "samples").string();
    const std::string two = "'" + binary + "' audit --db '" + db + "' --full '" + samples + "' > /dev/null 2>&1; echo $? > '" +
                            (dir / "two.code").string() + "'";
    shell("(" + one + ") & (" + two + ") & wait");
    CHECK(read_file(dir / "one.code") == "1\n");
    CHECK(read_file(dir / "two.code") == "1\n");
    CHECK(integrity() == "ok");
    auto opened = figcheck::sqlite::Database::open(db, {});
    REQUIRE(opened.ok());
    const auto runs = opened->query_int64("SELECT count(*) FROM runs");
    REQUIRE(runs.ok());
    CHECK(runs.value() == 2);
    fs::remove_all(dir);
  }

  TEST_CASE("claims: every field, in text, json, jsonl and csv") {
    const fs::path dir = temp_dir("figcheck_cli_claims");
    const std::string text =
        "Kazakhstan : bilan\n\nPublié le lundi 10 janvier 2022\n\nALMATY: Au 10 janvier, 7.989 individus "
        "sont détenus, a indiqué le ministère de l'Intérieur. Dimanche, la présidence avait fait état "
        "de 5.800 personnes arrêtées.\n";
    std::ofstream(dir / "a.txt", std::ios::binary) << text;
    const std::string path = (dir / "a.txt").string();

    const Output jsonl = figcheck_run({"claims", "--format", "jsonl", path});
    CHECK(jsonl.code == 0);
    std::istringstream lines(jsonl.out);
    std::vector<nlohmann::json> rows;
    for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0]["file"] == path);
    CHECK(rows[0]["metric"] == "arrested");
    CHECK(rows[0]["value"]["low"] == 7989);
    CHECK(rows[0]["source"] == "ministère de l'Intérieur");
    CHECK(rows[0]["date"] == "2022-01-10");
    CHECK(rows[0]["place"] == "Kazakhstan");
    CHECK(rows[0]["status"] == "reported");
    CHECK(rows[1]["value"]["low"] == 5800);
    CHECK(rows[1]["source"] == "présidence");
    CHECK(rows[1]["date"] == "2022-01-09");
    const auto start = rows[1]["start"].get<std::size_t>();
    const auto end = rows[1]["end"].get<std::size_t>();
    CHECK(text.substr(start, end - start) == rows[1]["quote"].get<std::string>());

    const Output json = figcheck_run({"claims", "--format", "json", path});
    const auto doc = nlohmann::json::parse(json.out);
    CHECK(doc["schema"] == "figcheck-claims/1");
    CHECK(doc["documents"].size() == 1);
    CHECK(doc["claims"].size() == 2);

    const Output csv = figcheck_run({"claims", "--format", "csv", path});
    CHECK(csv.out.starts_with("file,line,column,start,end,metric,low,high,kind,unit,subject,place,date,source,status,quote\r\n"));
    CHECK(csv.out.find(",arrested,5800,5800,exact,,,Kazakhstan,2022-01-09,présidence,reported,") != std::string::npos);
    CHECK(csv.out.find("\"ministère de l'Intérieur\"") == std::string::npos);  // quoted only when needed

    const Output plain = figcheck_run({"claims", path});
    CHECK(plain.out.find(":5:24: arrested 7989 [everyone; Kazakhstan; 2022-01-10; ministère de l'Intérieur; reported]") != std::string::npos);
    CHECK(plain.out.find("figcheck: 2 claims in 1 document") != std::string::npos);

    CHECK(figcheck_run({"claims", "--format", "xml", path}).code == 2);
    CHECK(figcheck_run({"claims"}).code == 2);
    const Output missing = figcheck_run({"claims", (dir / "missing.txt").string(), path});
    CHECK(missing.code == 2);
    CHECK(missing.out.find("figcheck: 2 claims") != std::string::npos);  // the readable file is still read
    fs::remove_all(dir);
  }

  TEST_CASE("numbers: one JSON object a line with byte offsets into the file") {
    const fs::path dir = temp_dir("figcheck_cli_numbers");
    const std::string text = "Près de 8.000 personnes, en 1989, le 10 janvier, 1,8 million d'habitants.\n";
    std::ofstream(dir / "a.txt", std::ios::binary) << text;
    const Output r = figcheck_run({"numbers", "--lang", "fr", (dir / "a.txt").string()});
    CHECK(r.code == 0);
    std::istringstream lines(r.out);
    std::vector<nlohmann::json> rows;
    for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
    REQUIRE(rows.size() == 4);
    for (const auto& row : rows) {
      const auto start = row["start"].get<std::size_t>();
      const auto end = row["end"].get<std::size_t>();
      CHECK(text.substr(start, end - start) == row["text"].get<std::string>());
    }
    CHECK(rows[0]["text"] == "Près de 8.000");
    CHECK(rows[0]["class"] == "count");
    CHECK(rows[0]["value"]["kind"] == "approximate");
    CHECK(rows[1]["class"] == "year");
    CHECK(rows[2]["class"] == "date");
    CHECK(rows[3]["value"]["low"] == 1800000);
    // The same text read as English: "8.000" is eight, and the language can be detected.
    const Output en = figcheck_run({"numbers", "--lang", "en", "--format", "text", (dir / "a.txt").string()});
    CHECK(en.out.find("8.000 = 8 (count)") != std::string::npos);
    const Output text_format = figcheck_run({"numbers", "--format", "text", (dir / "a.txt").string()});
    CHECK(text_format.out.find(":1:1: Près de 8.000 = approximate [7200, 8800] (count)") != std::string::npos);
    CHECK(figcheck_run({"numbers", "--lang", "de", (dir / "a.txt").string()}).code == 2);
    CHECK(figcheck_run({"numbers", (dir / "missing.txt").string()}).code == 2);
    // A lone "un" is read as 1 of class article; --skip leaves classes out.
    std::ofstream(dir / "b.txt", std::ios::binary) << "Un mort et 3 blessés en 2021.\n";
    const Output all = figcheck_run({"numbers", "--lang", "fr", "--format", "text", (dir / "b.txt").string()});
    CHECK(all.out.find(":1:1: Un = 1 (article)") != std::string::npos);
    CHECK(all.out.find("3 = 3 (count)") != std::string::npos);
    const Output skipped = figcheck_run({"numbers", "--lang", "fr", "--format", "text", "--skip", "article,year", (dir / "b.txt").string()});
    CHECK(skipped.code == 0);
    CHECK(skipped.out.find("(article)") == std::string::npos);
    CHECK(skipped.out.find("(year)") == std::string::npos);
    CHECK(skipped.out.find("3 = 3 (count)") != std::string::npos);
    const Output bad_skip = figcheck_run({"numbers", "--skip", "article,people", (dir / "b.txt").string()});
    CHECK(bad_skip.code == 2);
    CHECK(bad_skip.err.find("'people'") != std::string::npos);
    fs::remove_all(dir);
  }
}

TEST_SUITE("inputs") {
  const std::string k_batch = "tests/fixtures/inputs/batch";

  TEST_CASE("every kind of input: each claim at its file's line and column, each bad file named, exit 2") {
    const Output r = figcheck_run({"claims", "--format", "json", k_batch});
    CHECK(r.code == cli::k_exit_error);
    // One line each: the malformed JSON line (its column), a record's invalid byte (its offset in
    // the file), a binary file. notes.csv is no kind figcheck reads: passed over in a directory.
    CHECK(r.err == k_batch + "/dump.jsonl:2:72: unterminated string, line skipped\n" + k_batch +
                       "/dump.jsonl:4: invalid UTF-8 at byte 782 (2 invalid sequence(s) replaced by U+FFFD)\n" +
                       k_batch + "/image.txt: binary file, skipped\n");
    const auto report = nlohmann::json::parse(r.out);
    struct Doc {
      std::string path, record, encoding, language, title, published, outlet;
    };
    const std::vector<Doc> documents{
        {"2022-01-09-presidence-cp1252.txt", "", "Windows-1252", "fr",
         "Kazakhstan : la présidence fait état de 5.800 arrestations", "2022-01-09", ""},
        {"2022-01-10-government-bom-crlf.txt", "", "UTF-8", "en", "Kazakhstan: nearly 8,000 held, government says",
         "2022-01-10", ""},
        {"2022-01-10-interieur.md", "", "UTF-8", "fr", "Kazakhstan : le ministère de l'Intérieur compte 7.989 détenus",
         "2022-01-10", "Le Courrier d'Asie centrale"},
        {"2022-01-11-almaty-latin1.txt", "", "Latin-1", "fr", "Kazakhstan : calme précaire à Almaty", "2022-01-11", ""},
        {"2022-01-12-curfew-utf16.txt", "", "UTF-16LE", "en", "Kazakhstan lifts curfew in the capital", "2022-01-12", ""},
        {"drafts/brouillon.txt", "", "UTF-8", "fr", "Brouillon", "2022-01-10", ""},
        {"dump.jsonl#kz-001", "kz-001", "UTF-8", "en", "Presidency: 5,800 arrested in Kazakhstan", "2022-01-09", "Wire One"},
        {"dump.jsonl#3", "3", "UTF-8", "fr", "Kazakhstan : près de 8.000 interpellations selon le gouvernement",
         "2022-01-10", ""},
        {"dump.jsonl#kz-004", "kz-004", "UTF-8", "fr", "Bad byte", "2022-01-11", ""},
        {"pages/2022-01-10-detentions.html", "", "UTF-8", "en", "Kazakhstan says 7,989 people detained after unrest",
         "2022-01-10", "The Steppe Herald"},
    };
    REQUIRE(report["documents"].size() == documents.size());
    for (std::size_t i = 0; i < documents.size(); ++i) {
      const auto& got = report["documents"][i];
      const Doc& want = documents[i];
      CAPTURE(want.path);
      CHECK(got["path"] == k_batch + "/" + want.path);
      CHECK(got["record"] == (want.record.empty() ? nlohmann::json() : nlohmann::json(want.record)));
      CHECK(got["encoding"] == want.encoding);
      CHECK(got["language"] == want.language);
      CHECK(got["title"] == want.title);
      CHECK(got["published"] == want.published);
      CHECK(got["outlet"] == (want.outlet.empty() ? nlohmann::json() : nlohmann::json(want.outlet)));
    }
    // Every claim where the file has it: through the decoding (Windows-1252, Latin-1, UTF-16 and
    // a BOM with CRLF), the front matter, the JSON escapes ("Pr\u00e8s" is one column a byte)
    // and the HTML markup.
    struct Where {
      std::int64_t document;
      std::size_t line, column;
      std::string metric;
      double low;
      std::string quote;
    };
    const std::vector<Where> claims{
        {1, 5, 54, "arrested", 5800, "l’arrestation de 5.800 personnes"},
        {2, 5, 13, "arrested", 7200, "Nearly 8,000 people have been detained"},
        {3, 11, 24, "arrested", 7989, "7.989 personnes étaient détenues"},
        {4, 5, 154, "injured", 2265, "2.265 personnes ont été blessées"},
        {5, 5, 137, "injured", 2265, "2,265 people had been injured"},
        {6, 5, 9, "arrested", 12000, "12.000 personnes auraient été arrêtées"},
        {7, 1, 203, "arrested", 5800, "5,800 people had been arrested"},
        {8, 3, 159, "arrested", 7200, "Près de 8.000 personnes ont été interpellées"},
        {10, 18, 21, "arrested", 7989, "7,989 people detained"},
        {10, 20, 58, "arrested", 7989, "7,989 people were being held"},
    };
    REQUIRE(report["claims"].size() == claims.size());
    for (std::size_t i = 0; i < claims.size(); ++i) {
      const auto& got = report["claims"][i];
      const Where& want = claims[i];
      CAPTURE(want.quote);
      CHECK(got["document"] == want.document);
      CHECK(got["line"] == want.line);
      CHECK(got["column"] == want.column);
      CHECK(got["metric"] == want.metric);
      CHECK(got["value"]["low"].get<double>() == doctest::Approx(want.low));
      CHECK(got["quote"] == want.quote);
    }
    // The record's title is read as the record's first line: its figure is the same claim.
    CHECK(report["claims"][6]["occurrences"][0]["line"] == 1);
    CHECK(report["claims"][6]["occurrences"][0]["column"] == 40);
  }

  TEST_CASE("every kind of input: the audit, with a folder left out by --exclude") {
    const Output all = figcheck_run({"audit", "--db", ":memory:", k_batch});
    CHECK(all.code == cli::k_exit_error);
    // The unconfirmed Almaty draft is larger than the nationwide figure.
    CHECK(all.out.find("drafts/brouillon.txt:5:9: error: parts and total disagree for arrested in Kazakhstan") !=
          std::string::npos);
    const Output kept = figcheck_run({"audit", "--db", ":memory:", "--exclude", "drafts/*", k_batch});
    CHECK(kept.code == cli::k_exit_error);  // (the bad files are still there)
    CHECK(kept.out.find("brouillon") == std::string::npos);
    check_golden(kept.out, "inputs-batch.txt");
    // Without the bad files, the exit code is the findings' again.
    const Output clean = figcheck_run({"audit", "--db", ":memory:", "--exclude", "drafts/*", "--exclude", "image.txt",
                                       "--exclude", "dump.jsonl", k_batch});
    CHECK(clean.err.empty());
    CHECK(clean.code == cli::k_exit_findings);
    // A record's findings name the record, in every format.
    const Output sarif = figcheck_run({"audit", "--db", ":memory:", "--format", "sarif", "--exclude", "drafts/*", k_batch});
    const auto log = nlohmann::json::parse(sarif.out);
    const auto& run = log["runs"][0];
    std::set<std::string> uris;
    for (const auto& artifact : run["artifacts"]) uris.insert(artifact["location"]["uri"].get<std::string>());
    CHECK(uris.size() == run["artifacts"].size());
    std::set<std::string> records;
    for (const auto& related : run["results"][0]["relatedLocations"]) {
      if (related.contains("logicalLocations")) records.insert(related["logicalLocations"][0]["name"].get<std::string>());
    }
    CHECK(records == std::set<std::string>{"kz-001", "3"});
    for (const char* format : {"markdown", "html"}) {
      CAPTURE(format);
      const Output other = figcheck_run({"audit", "--db", ":memory:", "--format", format, "--exclude", "drafts/*", k_batch});
      CHECK(other.out.find("record kz-001") != std::string::npos);
    }
  }

  TEST_CASE("documents no claim refers to are set aside while reading, and still listed and stored in order") {
    // Three of the batch's ten documents state no figure: the Latin-1 Almaty piece, the curfew
    // piece and the record with a bad byte. They are spilled to a temporary file while the others
    // are read; every report that lists the documents, and the database, has them where they were.
    const fs::path dir = temp_dir("figcheck_cli_spilled");
    const std::string db = (dir / "audit.db").string();
    const std::vector<std::string> paths{
        "2022-01-09-presidence-cp1252.txt", "2022-01-10-government-bom-crlf.txt", "2022-01-10-interieur.md",
        "2022-01-11-almaty-latin1.txt",     "2022-01-12-curfew-utf16.txt",        "drafts/brouillon.txt",
        "dump.jsonl#kz-001",                "dump.jsonl#3",                       "dump.jsonl#kz-004",
        "pages/2022-01-10-detentions.html"};
    const Output junit = figcheck_run({"audit", "--db", db, "--format", "junit", k_batch});
    CHECK(junit.code == cli::k_exit_error);
    CHECK(junit.out.find("<testsuites name=\"figcheck\" tests=\"10\"") != std::string::npos);
    std::size_t at = 0;
    for (const std::string& path : paths) {
      CAPTURE(path);
      at = junit.out.find("<testcase classname=\"figcheck\" name=\"" + k_batch + "/" + path + "\"", at);
      CHECK(at != std::string::npos);
    }
    const Output html = figcheck_run({"audit", "--db", ":memory:", "--format", "html", k_batch});
    CHECK(html.out.find("10 documents audited") != std::string::npos);
    CHECK(html.out.find("<tr><td>" + k_batch + "/dump.jsonl#kz-004</td><td>Bad byte</td><td>fr</td><td>2022-01-11</td></tr>") !=
          std::string::npos);
    const auto report = nlohmann::json::parse(figcheck_run({"audit", "--db", ":memory:", "--format", "json", k_batch}).out);
    CHECK(report["summary"]["documents"] == 10);
    CHECK(report["documents"][8]["id"] == 9);
    CHECK(report["documents"][8]["encoding"] == "UTF-8");
    CHECK(report["documents"][3]["encoding"] == "Latin-1");
    // The database holds all ten, in reading order, with what reading found.
    {
      auto store = store::AuditStore::open(db);
      REQUIRE(store.ok());
      Statement& select = store->database().prepare(
          "SELECT path, title, language, published, length(content_hash) FROM documents ORDER BY id");
      std::vector<std::string> stored;
      for (;;) {
        auto row = select.step();
        REQUIRE(row.ok());
        if (!*row) break;
        stored.push_back(select.column_text(0).substr(k_batch.size() + 1));
        if (stored.back() == "dump.jsonl#kz-004") {
          CHECK(select.column_text(1) == "Bad byte");
          CHECK(select.column_text(2) == "fr");
          CHECK(select.column_text(3) == "2022-01-11");
        }
        CHECK(select.column_int64(4) == 16);
      }
      CHECK(stored == paths);
    }
    // The same batch again on that database: the same documents, so the last run's findings stand,
    // and every document is unchanged, JSON Lines records too: their claims' rows are kept.
    const auto claim_rows = [&] {
      auto store = store::AuditStore::open(db);
      REQUIRE(store.ok());
      Statement& select = store->database().prepare("SELECT group_concat(id) FROM claims ORDER BY id");
      REQUIRE(select.step().ok());
      std::string rows = select.column_text(0);
      select.reset();
      return rows;
    };
    const std::string rows = claim_rows();
    const Output again = figcheck_run({"audit", "--db", db, k_batch});
    CHECK(again.out.find("since run 1: 0 new, ") != std::string::npos);
    CHECK(again.out.find(" 0 resolved") != std::string::npos);
    CHECK(again.out.find("in 10 documents") != std::string::npos);
    CHECK(claim_rows() == rows);
    fs::remove_all(dir);
  }

  TEST_CASE("a temporary directory that cannot be written is an error naming it, exit 2") {
    const char* before = std::getenv("TMPDIR");
    const std::string saved = before != nullptr ? before : "";
    setenv("TMPDIR", "/nonexistent/figcheck-tmp", 1);
    const Output r = figcheck_run({"audit", "--db", ":memory:", k_batch});
    if (before != nullptr) {
      setenv("TMPDIR", saved.c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
    CHECK(r.code == cli::k_exit_error);
    CHECK(r.err.find("figcheck: cannot create a temporary file in /nonexistent/figcheck-tmp") != std::string::npos);
  }

  TEST_CASE("JSON Lines: --field maps other keys, a bad line loses no line after it, ids stay unique") {
    const fs::path dir = temp_dir("figcheck_cli_jsonl");
    std::ofstream(dir / "export.ndjson", std::ios::binary)
        << R"({"uid": "a", "headline": "Niger : 12 morts", "article_body": "NIAMEY: Douze personnes sont mortes, selon la police.", "date": "2022-01-10T08:00:00Z"})"
           "\n"
        << R"({"uid": "b", "headline": "Niger", "article_body": "NIAMEY: 30 morts" "date": "2022-01-11"})"
           "\n\n"
        << R"({"uid": "a", "headline": "Niger : 30 morts", "article_body": "NIAMEY: Au moins 30 personnes sont mortes, selon l'armée.", "date": "2022-01-11"})"
           "\n"
        << R"({"headline": "Niger : 34 morts", "article_body": "NIAMEY: Le bilan est de 34 morts, selon l'armée.", "date": "2022-01-12"})"
           "\n";
    const fs::path file = dir / "export.ndjson";
    const Output r = figcheck_run({"claims", "--format", "json", "--field", "id=uid", "--field", "title=headline",
                                   "--field", "text=article_body", "--field", "published=date", file.string()});
    CHECK(r.code == cli::k_exit_error);
    CHECK(r.err == file.string() + ":2:70: expected ',' or '}' after a value, line skipped\n");
    const auto report = nlohmann::json::parse(r.out);
    REQUIRE(report["documents"].size() == 3);
    CHECK(report["documents"][0]["path"] == file.string() + "#a");
    CHECK(report["documents"][0]["published"] == "2022-01-10");
    CHECK(report["documents"][1]["path"] == file.string() + "#a@4");  // (the id came back)
    CHECK(report["documents"][2]["path"] == file.string() + "#line-5");  // (no id)
    std::vector<std::pair<std::int64_t, std::int64_t>> lines;
    for (const auto& claim : report["claims"]) {
      lines.emplace_back(claim["line"].get<std::int64_t>(), claim["value"]["low"].get<std::int64_t>());
    }
    // (The title's "30 morts" is a claim of its own beside the text's "au moins 30".)
    CHECK(lines == std::vector<std::pair<std::int64_t, std::int64_t>>{{1, 12}, {4, 30}, {4, 30}, {5, 34}});
    // A wrong --field is a usage error.
    const Output bad = figcheck_run({"claims", "--field", "body", file.string()});
    CHECK(bad.code == cli::k_exit_error);
    CHECK(bad.err.find("expected NAME=KEY") != std::string::npos);
    fs::remove_all(dir);
  }

  TEST_CASE("JSON Lines: HTML in a record's text is read as a page, positions still the line's") {
    const fs::path dir = temp_dir("figcheck_cli_jsonl_html");
    const std::string line =
        R"({"id": "wp-17", "title": "Niger : au moins 30 morts", "published": "2022-01-10", "content": "<div class=\"entry\"><p>NIAMEY: Au moins <strong>30 personnes</strong> sont mortes lundi, selon l\u2019arm\u00e9e.</p>\n<p class=\"share\">Partager 12 fois</p><p>Le bilan s&#8217;\u00e9l\u00e8ve d\u00e9sormais \u00e0 34 morts, selon l'arm\u00e9e.</p></div>"})";
    std::ofstream(dir / "wp.jsonl", std::ios::binary) << line << "\n";
    const Output r = figcheck_run({"claims", "--format", "json", (dir / "wp.jsonl").string()});
    CHECK(r.code == 0);
    const auto report = nlohmann::json::parse(r.out);
    REQUIRE(report["claims"].size() == 2);
    // Columns in the line itself, through the JSON escapes and the markup.
    CHECK(report["claims"][0]["column"] == line.find("Au moins <strong>") + 1);
    CHECK(report["claims"][0]["quote"] == "Au moins 30 personnes sont mortes");
    CHECK(report["claims"][0]["occurrences"][0]["column"] == line.find("au moins 30") + 1);
    CHECK(report["claims"][1]["column"] == line.find("34 morts") + 1);
    CHECK(report["claims"][1]["value"]["low"] == 34);
    fs::remove_all(dir);
  }

  TEST_CASE("standard input, and --lang over the detected language") {
    const fs::path dir = temp_dir("figcheck_cli_stdin");
    const std::string binary = FIGCHECK_BINARY;
    std::ofstream(dir / "page.html", std::ios::binary)
        << "<html lang=\"fr\"><head><title>Niger : 12 morts</title></head><body><p>NIAMEY: Douze personnes sont "
           "mortes lundi, selon la police.</p></body></html>\n";
    const std::string command = "cd '" + dir.string() + "' && '" + binary +
                                "' claims --format jsonl - < page.html > out.txt 2> err.txt";
    const int status = std::system(command.c_str());
    CHECK(WEXITSTATUS(status) == 0);
    const std::string out = read_file(dir / "out.txt");
    REQUIRE(!out.empty());
    const auto claim = nlohmann::json::parse(out.substr(0, out.find('\n')));
    CHECK(claim["file"] == "<stdin>");
    CHECK(claim["metric"] == "deaths");
    CHECK(claim["value"]["low"] == 12);
    CHECK(read_file(dir / "err.txt").empty());
    // --lang en reads the same French page as English: no French number words, no claim.
    const Output forced = figcheck_run({"claims", "--format", "json", "--lang", "en", (dir / "page.html").string()});
    CHECK(forced.code == 0);
    const auto report = nlohmann::json::parse(forced.out);
    CHECK(report["documents"][0]["language"] == "en");
    CHECK(report["claims"].empty());
    const Output unknown = figcheck_run({"claims", "--lang", "de", (dir / "page.html").string()});
    CHECK(unknown.code == cli::k_exit_error);
    fs::remove_all(dir);
  }
}
