// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/): what code-scanning tools read.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <ostream>
#include <string_view>

#include <nlohmann/json.hpp>

#include "report/detail.hpp"
#include "report/report.hpp"
#include "util/text.hpp"

#ifndef FIGCHECK_VERSION
#define FIGCHECK_VERSION "0.0.0"
#endif

namespace figcheck::report {
namespace {

using json = nlohmann::ordered_json;
using namespace detail;

// A path as a URI reference: a relative path stays relative (to the directory figcheck ran in,
// the repository root in CI), an absolute one becomes a file:// URI; bytes outside the unreserved
// set and '/' are percent-encoded (spaces, accents, '#', '%').
std::string uri_of(const std::string& path) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string out = path.starts_with('/') ? "file://" : "";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += ch;
    } else {
      out += '%';
      out += k_hex[c >> 4];
      out += k_hex[c & 0xF];
    }
  }
  return out;
}

// SARIF's levels: error, warning, note.
std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "warning";
}

// A message a SARIF reader shows as a sentence: it ends with a period.
std::string sentence(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
  return text;
}

// "core/sources-disagree" -> "CoreSourcesDisagree": SARIF's rule name is an identifier.
std::string rule_name(std::string_view id) {
  std::string out;
  bool upper = true;
  for (const char c : id) {
    if (c == '/' || c == '-' || c == '_' || c == '.') {
      upper = true;
    } else if (upper && c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 'a' + 'A');
      upper = false;
    } else {
      out += c;
      upper = false;
    }
  }
  return out;
}

// What a reader needs to know of a claim besides its quote: source, date, group, status.
std::string claim_context(const Document& doc, const Claim& c) {
  std::string out = doc.record.empty() ? std::string() : "record " + doc.record + "; ";
  out += "source: " + (c.source.empty() ? std::string("unattributed") : c.source);
  if (c.date.known()) out += "; " + c.date.iso();
  if (!c.subject.empty()) out += "; " + c.subject;
  if (c.status != ClaimStatus::reported) out += "; " + std::string(to_string(c.status));
  return out;
}

// The media type of an input file, by its extension.
std::string mime_type(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".html" || extension == ".htm") return "text/html";
  if (extension == ".md" || extension == ".markdown") return "text/markdown";
  if (extension == ".jsonl" || extension == ".ndjson") return "application/x-ndjson";
  return "text/plain";
}

// The IANA name SARIF's artifact.encoding takes, for a detected encoding's name.
std::string iana_encoding(std::string_view name) {
  if (name == "Windows-1252") return "windows-1252";
  if (name == "Latin-1") return "iso-8859-1";
  if (name == "UTF-16LE") return "utf-16le";
  if (name == "UTF-16BE") return "utf-16be";
  return "utf-8";
}

json physical_location(const Run& run, std::size_t claim_index, const std::vector<std::int64_t>& artifact_of) {
  const Claim& c = run.claims[claim_index];
  const Document& doc = document_of(run, c);
  const LineColumn& start = run.positions[claim_index];
  json region{{"startLine", start.line}, {"startColumn", start.column}};
  // (The end and the snippet need the text: a text that could not be read again has neither.)
  if (doc.text.size() >= c.span.end) {
    const LineColumn end = locate(doc, c.span.end);
    region["endLine"] = end.line;
    region["endColumn"] = end.column;
    region["snippet"] = {{"text", std::string(source_text(doc, c.span))}};
  }
  return {{"artifactLocation",
           {{"uri", uri_of(file_of(doc))}, {"index", artifact_of[static_cast<std::size_t>(c.document - 1)]}}},
          {"region", std::move(region)}};
}

}  // namespace

void write_sarif(std::ostream& out, const Run& run) {
  json rules = json::array();
  std::vector<std::string> rule_ids;
  if (run.rules != nullptr) {
    for (const RuleInfo& r : *run.rules) {
      rule_ids.push_back(r.id);
      const std::string help = r.help.empty() ? sentence(r.description) : r.help;
      rules.push_back({{"id", r.id},
                       {"name", rule_name(r.id)},
                       {"shortDescription", {{"text", sentence(r.description)}}},
                       {"fullDescription", {{"text", sentence(help)}}},
                       {"help", {{"text", sentence(help) + " Check kind: " + r.kind + "; rule file: " + r.id + ".rule."}}},
                       {"defaultConfiguration", {{"level", sarif_level(r.level)}}},
                       {"properties", {{"kind", r.kind}, {"tags", json::array({"figures", r.kind})}}}});
    }
  }
  // A finding whose rule is not in the list (no rule list given) still gets a descriptor, so
  // that every result's ruleIndex points at one.
  for (const Finding& f : run.findings) {
    if (std::find(rule_ids.begin(), rule_ids.end(), f.rule) != rule_ids.end()) continue;
    rule_ids.push_back(f.rule);
    rules.push_back({{"id", f.rule},
                     {"name", rule_name(f.rule)},
                     {"shortDescription", {{"text", sentence(f.message)}}},
                     {"defaultConfiguration", {{"level", sarif_level(f.severity)}}}});
  }

  // Only the files a result points at are artifacts, once each (the records of a JSON Lines
  // file share it).
  std::vector<std::int64_t> artifact_of(run.documents.size(), -1);
  std::map<std::string, std::int64_t> artifact_of_file;
  json artifacts = json::array();
  for (const Finding& f : run.findings) {
    for (const std::size_t i : f.claims) {
      const auto d = static_cast<std::size_t>(run.claims[i].document - 1);
      if (artifact_of[d] >= 0) continue;
      const Document& doc = run.documents[d];
      const auto [at, added] = artifact_of_file.emplace(file_of(doc), static_cast<std::int64_t>(artifacts.size()));
      artifact_of[d] = at->second;
      if (!added) continue;
      artifacts.push_back({{"location", {{"uri", uri_of(file_of(doc))}}},
                           {"mimeType", mime_type(file_of(doc))},
                           {"encoding", iana_encoding(doc.encoding)}});
    }
  }

  json results = json::array();
  for (const Finding& f : run.findings) {
    const std::size_t anchor = f.claims.front();
    const Claim& first = run.claims[anchor];
    json location{{"physicalLocation", physical_location(run, anchor, artifact_of)},
                  {"message", {{"text", "\"" + first.quote + "\" (" + claim_context(document_of(run, first), first) + ")"}}}};
    // A JSON Lines record is an object inside its file: named by its id.
    const auto add_record = [&](json& where, const Claim& c) {
      const Document& doc = document_of(run, c);
      if (doc.record.empty()) return;
      where["logicalLocations"] = json::array({{{"name", doc.record}, {"fullyQualifiedName", doc.path}, {"kind", "object"}}});
    };
    add_record(location, first);
    json related = json::array();
    for (std::size_t k = 1; k < f.claims.size(); ++k) {
      const Claim& c = run.claims[f.claims[k]];
      related.push_back({{"id", k},
                         {"physicalLocation", physical_location(run, f.claims[k], artifact_of)},
                         {"message", {{"text", "\"" + c.quote + "\" (" + claim_context(document_of(run, c), c) + ")"}}}});
      add_record(related.back(), c);
    }
    const auto index = std::find(rule_ids.begin(), rule_ids.end(), f.rule) - rule_ids.begin();
    json result{{"ruleId", f.rule},
                {"ruleIndex", index},
                {"level", sarif_level(f.severity)},
                {"message", {{"text", sentence(f.message + ": " + f.reason)}}},
                {"locations", json::array({std::move(location)})}};
    if (!related.empty()) result["relatedLocations"] = std::move(related);
    if (!f.fingerprint.empty()) result["partialFingerprints"] = {{"figcheckFinding/v1", f.fingerprint}};
    result["properties"] = {{"metric", f.metric}, {"place", f.place}};
    results.push_back(std::move(result));
  }

  json driver{{"name", "figcheck"},
              {"fullName", "figcheck, an audit of conflicting figures in news articles"},
              {"version", FIGCHECK_VERSION},
              {"semanticVersion", FIGCHECK_VERSION},
              {"rules", std::move(rules)}};
  json sarif_run{{"tool", {{"driver", std::move(driver)}}},
                 {"columnKind", "unicodeCodePoints"},
                 {"artifacts", std::move(artifacts)},
                 {"results", std::move(results)}};
  const json log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                 {"version", "2.1.0"},
                 {"runs", json::array({std::move(sarif_run)})}};
  out << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace figcheck::report
