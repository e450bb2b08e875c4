// Report: turns a run's documents, claims and findings into text a reader or a tool consumes.
// Reports never compute findings; they only format what the check stage found.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"
#include "model/spill.hpp"

namespace figcheck::report {

enum class Format { text, json, markdown, html, sarif, github, junit };
// "text", "json", "markdown", "html", "sarif", "github" or "junit"; nullopt for anything else.
std::optional<Format> format_from_string(std::string_view);

// The file a format is written to with --output-dir: report.txt, report.json, report.md,
// report.html, report.sarif, report.github.txt, report.junit.xml.
std::string file_name(Format format);

// A rule in force, as reports describe it (SARIF lists every one, with or without findings).
struct RuleInfo {
  std::string id;           // "core/sources-disagree"
  std::string kind;         // the check kind it extends
  Severity level = Severity::error;
  std::string description;  // one line
  std::string help;         // the rule file's leading comment
  std::string path;         // the rule file
};

// Everything a report reads. Claims' ids are their report ids; positions[i] is claims[i]'s
// line and column; Claim::document is the 1-based index of its document in `documents` (the
// documents held whole); `spilled`: the batch's other documents, which the reports that list
// every document audited list too, in id order (default: none). `rules`: the rules in force,
// for the formats that list them (SARIF). Default: none.
struct Run {
  const Documents& documents;
  const std::vector<Claim>& claims;
  const std::vector<LineColumn>& positions;
  const std::vector<Finding>& findings;
  const std::vector<RuleInfo>* rules = nullptr;
  const SpilledDocuments* spilled = nullptr;

  BatchDocuments all_documents() const { return BatchDocuments(documents, spilled); }
};

struct Counts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
};
Counts count(const std::vector<Finding>& findings);

// Compiler-style: `path:line:col: error: message [rule]`, the reason, then every claim with
// its quote, source, date and status; a summary line last. With `colour`, the level is coloured
// (errors red, warnings yellow, infos cyan) and the location bold, with ANSI escapes.
void write_text(std::ostream& out, const Run& run, bool colour = false);

// Whether the text report is coloured: only on a terminal, and never when NO_COLOR is set (to
// anything, https://no-color.org).
bool use_colour(bool terminal, const char* no_color);

// The figcheck-report/1 JSON document (schema in README.md).
void write_json(std::ostream& out, const Run& run);

// For a pull-request comment: a summary table, then a section per finding with its reason and
// a table of its claims. Article text is escaped for Markdown and HTML.
void write_markdown(std::ostream& out, const Run& run);

// One self-contained HTML page (no script, no network: a Content-Security-Policy forbids both):
// a summary, an index of the findings, then each finding with its reason, its claims' quotes
// highlighted in their paragraphs with sources and dates, and an inline SVG chart of the values
// by source and date. Every piece of article text is escaped.
void write_html(std::ostream& out, const Run& run);

// SARIF 2.1.0: one run, one reportingDescriptor per rule in force (id, descriptions, help,
// default level), one result per finding located on its first claim's lines and columns, with
// the other claims as related locations and the fingerprint as a partial fingerprint.
void write_sarif(std::ostream& out, const Run& run);

// GitHub Actions workflow commands, one per finding on its first claim's line
// (`::error file=…,line=…,col=…,title=…::message`); info is a notice. GitHub shows at most
// `k_github_annotations` errors and as many warnings and notices per step: past that, one notice
// says how many were left out. A summary line last.
constexpr std::size_t k_github_annotations = 10;
void write_github(std::ostream& out, const Run& run);

// JUnit XML for CI test reports: one <testsuite> for the run, one <testcase> per document, and
// in it a <failure> per finding anchored there (its first claim) at or above `fail_on` (none
// when nullopt, as for --fail-on never); the findings below it go to the case's <system-out>.
void write_junit(std::ostream& out, const Run& run, std::optional<Severity> fail_on);

// `figcheck claims`: the claims alone, before any check.
enum class ClaimFormat { text, json, jsonl, csv };
// "text", "json", "jsonl" or "csv"; nullopt for anything else.
std::optional<ClaimFormat> claim_format_from_string(std::string_view);
// text: `path:line:col: metric value [subject; place; date; source; status] "quote"` a line.
// json: {"schema": "figcheck-claims/1", "documents": [...], "claims": [...]}, each claim as in
// the report. jsonl: one claim a line, with its file's path. csv: a header, then one row a claim.
void write_claims(std::ostream& out, const Run& run, ClaimFormat format);

// `figcheck history`: the claims by quantity (metric, place, group), each series in date order
// (undated last) then by source: text, one block a quantity; or csv, one row a claim.
void write_history(std::ostream& out, const Run& run, bool csv);

// One figure found by `figcheck numbers`: offsets are bytes into the document's text.
struct NumberRow {
  std::size_t start = 0;
  std::size_t end = 0;
  Interval value;
  NumberClass cls = NumberClass::count;
  std::string unit;
};

// `figcheck numbers --format jsonl`: one JSON object a line
// {"file", "text", "start", "end", "value": {"low", "high", "kind"}, "unit", "class"}.
void write_numbers_jsonl(std::ostream& out, const Document& doc, const std::vector<NumberRow>& rows);
// `--format text`: `path:line:col: text = value (class)` a line.
void write_numbers_text(std::ostream& out, const Document& doc, const std::vector<NumberRow>& rows);

}  // namespace figcheck::report
