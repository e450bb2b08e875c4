// Report writers, on claims built by hand: what they print does not depend on extraction.
#include <doctest/doctest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "report/report.hpp"
#include "util/text.hpp"

using namespace figcheck;

TEST_SUITE("report") {
  TEST_CASE("claims as CSV: RFC 4180 quoting, empty fields for what is unknown") {
    Document doc;
    doc.id = 1;
    doc.path = "a,b.txt";
    Claim c;
    c.id = 1;
    c.document = 1;
    c.span = {10, 30};
    c.quote = "40 \"dead\",\nor more";
    c.metric = "deaths";
    c.place = "Kazakhstan";
    c.source = "Smith, Jones";
    c.value = Interval{40, std::nullopt, ValueKind::at_least};
    const Documents documents{doc};
    const std::vector<Claim> claims{c};
    const std::vector<LineColumn> positions{LineColumn{2, 5}};
    const std::vector<Finding> findings;
    std::ostringstream out;
    report::write_claims(out, report::Run{documents, claims, positions, findings}, report::ClaimFormat::csv);
    CHECK(out.str() ==
          "file,line,column,start,end,metric,low,high,kind,unit,subject,place,date,source,status,quote\r\n"
          "\"a,b.txt\",2,5,10,30,deaths,40,,at_least,,,Kazakhstan,,\"Smith, Jones\",reported,"
          "\"40 \"\"dead\"\",\nor more\"\r\n");
  }

  TEST_CASE("markdown escapes article text; github escapes commands and stops at the platform's limit") {
    Document doc;
    doc.id = 1;
    doc.path = "news/a,b:c.txt";
    Claim c;
    c.id = 1;
    c.document = 1;
    c.quote = "<script>alert(1)</script> | 40 *dead*";
    c.metric = "deaths";
    c.source = "a [link](http://x)";
    c.value = Interval{40, 40, ValueKind::exact};
    const Documents documents{doc};
    std::vector<Claim> claims{c, c};
    claims[1].id = 2;
    const std::vector<LineColumn> positions{LineColumn{3, 7}, LineColumn{4, 1}};
    Finding f;
    f.id = 1;
    f.rule = "core/conflicting-figures";
    f.severity = Severity::error;
    f.message = "conflicting figures for deaths";
    f.reason = "40 and 12 differ\nby 28 (70%)";
    f.claims = {0, 1};
    std::vector<Finding> findings{f};

    std::ostringstream md;
    report::write_markdown(md, report::Run{documents, claims, positions, findings});
    CHECK(md.str().find("<script>") == std::string::npos);
    CHECK(md.str().find("&lt;script&gt;alert(1)&lt;/script&gt; \\| 40 \\*dead\\*") != std::string::npos);
    CHECK(md.str().find("a \\[link\\](http://x)") != std::string::npos);
    CHECK(md.str().starts_with("## figcheck: 1 finding (1 error, 0 warnings, 0 infos) in 1 document, 2 claims\n"));

    std::ostringstream gh;
    report::write_github(gh, report::Run{documents, claims, positions, findings});
    CHECK(gh.str().starts_with("::error file=news/a%2Cb%3Ac.txt,line=3,col=7,title=core/conflicting-figures%3A "
                               "conflicting figures for deaths::conflicting figures for deaths: 40 and 12 differ%0Aby "
                               "28 (70%25)\n"));

    // Past the limit of annotations per level, one notice says how many were left out.
    findings.assign(report::k_github_annotations + 3, f);
    std::ostringstream many;
    report::write_github(many, report::Run{documents, claims, positions, findings});
    const std::string text = many.str();
    std::size_t errors = 0;
    for (std::size_t at = 0; (at = text.find("::error ", at)) != std::string::npos; ++at) ++errors;
    CHECK(errors == report::k_github_annotations);
    CHECK(text.find("::notice title=figcheck::3 findings were not annotated") != std::string::npos);
  }

  TEST_CASE("junit: a case per document, a failure per finding at or above --fail-on, markup escaped") {
    Document a;
    a.id = 1;
    a.path = "a<b>.txt";
    Document b = a;
    b.id = 2;
    b.path = "b.txt";
    Claim c;
    c.id = 1;
    c.document = 1;
    c.quote = "</failure><x>&";
    c.metric = "deaths";
    c.value = Interval{40, 40, ValueKind::exact};
    const Documents documents{a, b};
    const std::vector<Claim> claims{c};
    const std::vector<LineColumn> positions{LineColumn{1, 1}};
    Finding error;
    error.rule = "core/x";
    error.severity = Severity::error;
    error.message = "m \"quoted\"";
    error.reason = "r";
    error.claims = {0};
    Finding warning = error;
    warning.severity = Severity::warning;
    const std::vector<Finding> findings{error, warning};
    std::ostringstream out;
    report::write_junit(out, report::Run{documents, claims, positions, findings}, Severity::error);
    const std::string xml = out.str();
    CHECK(xml.find("<testsuite name=\"figcheck audit\" tests=\"2\" failures=\"1\"") != std::string::npos);
    CHECK(xml.find("<testcase classname=\"figcheck\" name=\"a&lt;b&gt;.txt\">") != std::string::npos);
    CHECK(xml.find("<failure type=\"core/x\" message=\"error: m &quot;quoted&quot; [core/x]\">") != std::string::npos);
    CHECK(xml.find("&lt;/failure&gt;&lt;x&gt;&amp;") != std::string::npos);
    CHECK(xml.find("<system-out>warning: m") != std::string::npos);  // below --fail-on
    CHECK(xml.find("<testcase classname=\"figcheck\" name=\"b.txt\"/>") != std::string::npos);
    std::ostringstream never;
    report::write_junit(never, report::Run{documents, claims, positions, findings}, std::nullopt);
    CHECK(never.str().find("<failure") == std::string::npos);
  }

  // Two articles whose text holds markup, and a finding relating one claim of each.
  struct MarkupBatch {
    Documents documents;
    std::vector<Claim> claims;
    std::vector<LineColumn> positions;
    std::vector<Finding> findings;
    std::vector<report::RuleInfo> rules;
    MarkupBatch() {
      Document a;
      a.id = 1;
      a.path = "dépêches/a #1.txt";
      a.title = "<b>Flood</b>";
      a.text = "<b>Flood</b>\n\n<script>x()</script> Valverde: 12 people were killed, police said.\n\nOther text.\n";
      a.line_starts = util::line_starts(a.text);
      Document b = a;
      b.id = 2;
      b.path = "b.txt";
      b.text = "Title\n\n40 people were killed <img src=x onerror=y()>, the hospital said.\n";
      b.line_starts = util::line_starts(b.text);
      documents = {a, b};
      Claim c;
      c.id = 1;
      c.document = 1;
      c.span.start = a.text.find("12 people");
      c.span.end = a.text.find(", police");
      c.quote = "12 people were killed";
      c.metric = "deaths";
      c.source = "police <i>";
      c.value = Interval{12, 12, ValueKind::exact};
      Claim d = c;
      d.id = 2;
      d.document = 2;
      d.span.start = b.text.find("40 people");
      d.span.end = b.text.find(" <img");
      d.quote = "40 people were killed";
      d.source = "hospital";
      d.status = ClaimStatus::unverified;
      d.value = Interval{40, std::nullopt, ValueKind::more_than};
      claims = {c, d};
      positions = {LineColumn{3, 32}, LineColumn{3, 1}};
      Finding f;
      f.id = 1;
      f.rule = "core/sources-disagree";
      f.severity = Severity::error;
      f.metric = "deaths";
      f.place = "Valverde";
      f.message = "sources disagree on deaths in Valverde";
      f.reason = "police: 12 against hospital: more than 40 <u>";
      f.claims = {0, 1};
      f.fingerprint = "0123456789abcdef";
      findings = {f};
      rules = {{"core/sources-disagree", "sources-disagree", Severity::error, "Named sources disagree",
                "Two named sources whose figures cannot both hold.", "rules/core/sources-disagree.rule"},
               {"core/revisions", "revisions", Severity::warning, "A figure falls", "", "rules/core/revisions.rule"}};
    }
    report::Run run() const { return report::Run{documents, claims, positions, findings, &rules}; }
  };

  TEST_CASE("html: self-contained, every piece of article text escaped, quotes highlighted, a chart a finding") {
    const MarkupBatch batch;
    std::ostringstream out;
    report::write_html(out, batch.run());
    const std::string html = out.str();
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.find("default-src 'none'") != std::string::npos);  // no network, no script
    for (const char* markup : {"<script", "<img", "<b>", "<i>", "<u>"}) {
      CAPTURE(markup);
      CHECK(html.find(markup) == std::string::npos);
    }
    CHECK(html.find("&lt;script&gt;x()&lt;/script&gt; Valverde: <mark>12 people were killed</mark>, police said.") !=
          std::string::npos);
    CHECK(html.find("<mark>40 people were killed</mark> &lt;img src=x onerror=y()&gt;") != std::string::npos);
    CHECK(html.find("Other text") == std::string::npos);  // only the claim's paragraph
    CHECK(html.find("police &lt;i&gt;") != std::string::npos);
    CHECK(html.find("more than 40 &lt;u&gt;") != std::string::npos);
    CHECK(html.find("<section class=\"finding error\" id=\"finding-1\">") != std::string::npos);
    CHECK(html.find("<svg class=\"chart\"") != std::string::npos);
    CHECK(html.find(">&gt; 40</text>") != std::string::npos);  // the open bound's label
    CHECK(html.find("unverified") != std::string::npos);
    CHECK(html.find("http://") == html.find("http://www.w3.org/2000/svg"));  // no other address
  }

  TEST_CASE("sarif: a rule per rule in force, results on lines and columns, related locations") {
    const MarkupBatch batch;
    std::ostringstream out;
    report::write_sarif(out, batch.run());
    const auto log = nlohmann::json::parse(out.str());
    CHECK(log["version"] == "2.1.0");
    const auto& run = log["runs"][0];
    CHECK(run["columnKind"] == "unicodeCodePoints");
    REQUIRE(run["tool"]["driver"]["rules"].size() == 2);
    const auto& rule = run["tool"]["driver"]["rules"][0];
    CHECK(rule["id"] == "core/sources-disagree");
    CHECK(rule["name"] == "CoreSourcesDisagree");
    CHECK(rule["shortDescription"]["text"] == "Named sources disagree.");
    CHECK(rule["help"]["text"] == "Two named sources whose figures cannot both hold. Check kind: sources-disagree; rule "
                                  "file: core/sources-disagree.rule.");
    CHECK(rule["defaultConfiguration"]["level"] == "error");
    CHECK(run["tool"]["driver"]["rules"][1]["defaultConfiguration"]["level"] == "warning");
    REQUIRE(run["results"].size() == 1);
    const auto& result = run["results"][0];
    CHECK(result["ruleId"] == "core/sources-disagree");
    CHECK(result["ruleIndex"] == 0);
    CHECK(result["level"] == "error");
    CHECK(result["message"]["text"] == "sources disagree on deaths in Valverde: police: 12 against hospital: more than 40 <u>.");
    const auto& where = result["locations"][0]["physicalLocation"];
    CHECK(where["artifactLocation"]["uri"] == "d%C3%A9p%C3%AAches/a%20%231.txt");
    CHECK(where["region"]["startLine"] == 3);
    CHECK(where["region"]["startColumn"] == 32);
    CHECK(where["region"]["endLine"] == 3);
    CHECK(where["region"]["endColumn"] == 53);
    CHECK(where["region"]["snippet"]["text"] == "12 people were killed");
    REQUIRE(result["relatedLocations"].size() == 1);
    const auto& related = result["relatedLocations"][0];
    CHECK(related["physicalLocation"]["artifactLocation"]["uri"] == "b.txt");
    CHECK(related["physicalLocation"]["artifactLocation"]["index"] == 1);
    CHECK(related["message"]["text"] == "\"40 people were killed\" (source: hospital; unverified)");
    CHECK(result["partialFingerprints"]["figcheckFinding/v1"] == "0123456789abcdef");
    CHECK(run["artifacts"].size() == 2);
  }

  TEST_CASE("text: colour only on a terminal, never with NO_COLOR") {
    CHECK(report::use_colour(true, nullptr));
    CHECK_FALSE(report::use_colour(false, nullptr));
    CHECK_FALSE(report::use_colour(true, "1"));
    CHECK_FALSE(report::use_colour(true, ""));  // set, even empty
    Document doc;
    doc.id = 1;
    doc.path = "a.txt";
    Claim c;
    c.id = 1;
    c.document = 1;
    c.quote = "12 morts";
    c.value = Interval{12, 12, ValueKind::exact};
    const Documents documents{doc};
    const std::vector<Claim> claims{c};
    const std::vector<LineColumn> positions{LineColumn{5, 3}};
    Finding f;
    f.rule = "core/x";
    f.severity = Severity::error;
    f.message = "m";
    f.claims = {0};
    const std::vector<Finding> findings{f};
    std::ostringstream plain;
    report::write_text(plain, report::Run{documents, claims, positions, findings});
    CHECK(plain.str().starts_with("a.txt:5:3: error: m [core/x]\n"));
    std::ostringstream coloured;
    report::write_text(coloured, report::Run{documents, claims, positions, findings}, true);
    CHECK(coloured.str().starts_with("\x1b[1ma.txt:5:3\x1b[0m: \x1b[1;31merror\x1b[0m: m [core/x]\n"));
  }

  TEST_CASE("claim format names") {
    CHECK(report::claim_format_from_string("csv") == report::ClaimFormat::csv);
    CHECK(report::claim_format_from_string("jsonl") == report::ClaimFormat::jsonl);
    CHECK_FALSE(report::claim_format_from_string("CSV").has_value());
    CHECK(report::format_from_string("markdown") == report::Format::markdown);
    CHECK(report::format_from_string("github") == report::Format::github);
    CHECK(report::format_from_string("junit") == report::Format::junit);
  }

  TEST_CASE("JSON reports are written a piece at a time, byte for byte as one dump of the whole would be") {
    // The writer streams (a million documents are never one JSON value in memory); what it writes
    // must still be exactly nlohmann's dump(2) of the same document: nested objects and arrays,
    // empty arrays, escapes, non-ASCII, spilled documents among the held ones.
    const auto same_as_one_dump = [](const std::string& text) {
      const auto parsed = nlohmann::ordered_json::parse(text);
      CHECK(text == parsed.dump(2) + "\n");
      return parsed;
    };
    const MarkupBatch batch;
    std::ostringstream full;
    report::write_json(full, batch.run());
    const auto report = same_as_one_dump(full.str());
    CHECK(report["discrepancies"].size() == 1);
    CHECK(report["claims"][0]["occurrences"].is_array());

    const Documents none;
    const std::vector<Claim> no_claims;
    const std::vector<LineColumn> no_positions;
    const std::vector<Finding> no_findings;
    std::ostringstream empty;
    report::write_json(empty, report::Run{none, no_claims, no_positions, no_findings});
    const auto nothing = same_as_one_dump(empty.str());
    CHECK(nothing["documents"] == nlohmann::ordered_json::array());
    CHECK(empty.str().find("\"documents\": [],") != std::string::npos);

    SpilledDocuments spilled;
    Document quiet;
    quiet.id = 1;
    quiet.path = "dump.jsonl#q\"1";
    quiet.title = "Été, \t\"calme\"";
    spilled.add(quiet);
    std::ostringstream claims;
    report::write_claims(claims, report::Run{none, no_claims, no_positions, no_findings, nullptr, &spilled},
                         report::ClaimFormat::json);
    const auto listed = same_as_one_dump(claims.str());
    REQUIRE(listed["documents"].size() == 1);
    CHECK(listed["documents"][0]["title"] == "Été, \t\"calme\"");
    CHECK(listed["claims"] == nlohmann::ordered_json::array());
  }
}
