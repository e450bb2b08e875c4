#include "report/report.hpp"

#include <ostream>

#include <nlohmann/json.hpp>

#include "util/text.hpp"

namespace figcheck::report {
namespace {

const Document& document_of(const Run& run, const Claim& claim) {
  return run.documents[static_cast<std::size_t>(claim.document - 1)];
}

std::string location(const Run& run, std::size_t claim_index) {
  const Claim& c = run.claims[claim_index];
  const LineColumn& p = run.positions[claim_index];
  return document_of(run, c).path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

nlohmann::ordered_json number_or_null(const std::optional<double>& value) {
  if (!value) return nullptr;
  const double v = *value;
  if (v == static_cast<double>(static_cast<long long>(v)) && v < 9.0e15 && v > -9.0e15) {
    return static_cast<long long>(v);
  }
  return v;
}

nlohmann::ordered_json string_or_null(const std::string& value) {
  if (value.empty()) return nullptr;
  return value;
}

std::string plain_number(double v) { return util::format_number(v, 6); }

std::string describe_value(const Interval& v) {
  if (!v.low && !v.high) return "no value";
  if (v.low && v.high && *v.low == *v.high) return plain_number(*v.low);
  const std::string low = v.low ? plain_number(*v.low) : "-inf";
  const std::string high = v.high ? plain_number(*v.high) : "inf";
  return std::string(to_string(v.kind)) + " [" + low + ", " + high + "]";
}

}  // namespace

std::optional<Format> format_from_string(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "json") return Format::json;
  return std::nullopt;
}

Counts count(const std::vector<Finding>& findings) {
  Counts counts;
  for (const Finding& f : findings) {
    switch (f.severity) {
      case Severity::error: ++counts.errors; break;
      case Severity::warning: ++counts.warnings; break;
      case Severity::info: ++counts.infos; break;
    }
  }
  return counts;
}

void write_text(std::ostream& out, const Run& run) {
  for (const Finding& f : run.findings) {
    const std::size_t anchor = f.claims.front();
    out << location(run, anchor) << ": " << to_string(f.severity) << ": " << f.message << " ["
        << f.rule << "]\n";
    out << "  reason: " << f.reason << "\n";
    for (const std::size_t i : f.claims) {
      const Claim& c = run.claims[i];
      out << "  " << location(run, i) << ": \"" << c.quote << "\"";
      out << " (source: " << (c.source.empty() ? std::string("unattributed") : c.source);
      if (c.date.known()) out << "; " << c.date.iso();
      if (!c.subject.empty()) out << "; " << c.subject;
      if (c.status != ClaimStatus::reported) out << "; " << to_string(c.status);
      out << ")\n";
    }
  }
  const Counts counts = count(run.findings);
  out << "figcheck: " << run.findings.size() << (run.findings.size() == 1 ? " finding" : " findings")
      << " (" << counts.errors << " errors, " << counts.warnings << " warnings, " << counts.infos
      << " infos) in " << run.documents.size() << " documents, " << run.claims.size() << " claims\n";
}

void write_json(std::ostream& out, const Run& run) {
  using json = nlohmann::ordered_json;
  json report;
  report["schema"] = "figcheck-report/1";
  json documents = json::array();
  for (const Document& d : run.documents) {
    documents.push_back({{"id", d.id},
                         {"path", d.path},
                         {"title", string_or_null(d.title)},
                         {"language", to_string(d.language)},
                         {"published", string_or_null(d.published.iso())}});
  }
  report["documents"] = std::move(documents);
  json claims = json::array();
  for (std::size_t i = 0; i < run.claims.size(); ++i) {
    const Claim& c = run.claims[i];
    claims.push_back({{"id", c.id},
                      {"document", c.document},
                      {"line", run.positions[i].line},
                      {"column", run.positions[i].column},
                      {"start", c.span.start},
                      {"end", c.span.end},
                      {"quote", c.quote},
                      {"metric", c.metric},
                      {"subject", string_or_null(c.subject)},
                      {"place", string_or_null(c.place)},
                      {"date", string_or_null(c.date.iso())},
                      {"source", string_or_null(c.source)},
                      {"status", to_string(c.status)},
                      {"value",
                       {{"low", number_or_null(c.value.low)},
                        {"high", number_or_null(c.value.high)},
                        {"kind", to_string(c.value.kind)}}},
                      {"unit", string_or_null(c.unit)}});
  }
  report["claims"] = std::move(claims);
  json discrepancies = json::array();
  for (const Finding& f : run.findings) {
    json ids = json::array();
    for (const std::size_t i : f.claims) ids.push_back(run.claims[i].id);
    discrepancies.push_back({{"id", f.id},
                             {"rule", f.rule},
                             {"severity", to_string(f.severity)},
                             {"metric", f.metric},
                             {"claims", std::move(ids)},
                             {"message", f.message},
                             {"reason", f.reason},
                             {"place", string_or_null(f.place)}});
  }
  report["discrepancies"] = std::move(discrepancies);
  const Counts counts = count(run.findings);
  report["summary"] = {{"documents", run.documents.size()},
                       {"claims", run.claims.size()},
                       {"errors", counts.errors},
                       {"warnings", counts.warnings},
                       {"infos", counts.infos}};
  out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void write_numbers_jsonl(std::ostream& out, const Document& doc, const std::vector<NumberRow>& rows) {
  using json = nlohmann::ordered_json;
  for (const NumberRow& row : rows) {
    json line{{"file", doc.path},
              {"text", doc.text.substr(row.start, row.end - row.start)},
              {"start", row.start},
              {"end", row.end},
              {"value",
               {{"low", number_or_null(row.value.low)},
                {"high", number_or_null(row.value.high)},
                {"kind", to_string(row.value.kind)}}}};
    if (!row.unit.empty()) line["unit"] = row.unit;
    line["class"] = to_string(row.cls);
    out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

void write_numbers_text(std::ostream& out, const Document& doc, const std::vector<NumberRow>& rows) {
  for (const NumberRow& row : rows) {
    const util::Position p = util::position_of(doc.text, doc.line_starts, row.start);
    out << doc.path << ":" << p.line << ":" << p.column << ": "
        << util::squeeze_spaces(std::string_view(doc.text).substr(row.start, row.end - row.start)) << " = "
        << describe_value(row.value) << " (" << to_string(row.cls);
    if (!row.unit.empty()) out << ", " << row.unit;
    out << ")\n";
  }
}

}  // namespace figcheck::report
