#include "report/report.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "report/detail.hpp"
#include "util/text.hpp"

namespace figcheck::report {
namespace detail {

const Document& document_of(const Run& run, const Claim& claim) {
  return run.documents[static_cast<std::size_t>(claim.document - 1)];
}

// The summary line every format ends with: "3 findings (2 errors, 1 warning, 0 infos) in 7
// documents, 25 claims".
std::string summary(const Run& run) {
  const Counts counts = count(run.findings);
  const auto counted = [](std::size_t n, std::string_view noun) {
    return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
  };
  return counted(run.findings.size(), "finding") + " (" + counted(counts.errors, "error") + ", " +
         counted(counts.warnings, "warning") + ", " + counted(counts.infos, "info") + ") in " +
         counted(run.all_documents().size(), "document") + ", " + counted(run.claims.size(), "claim");
}

std::string location(const Run& run, std::size_t claim_index) {
  const Claim& c = run.claims[claim_index];
  const LineColumn& p = run.positions[claim_index];
  return file_of(document_of(run, c)) + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string location_and_record(const Run& run, std::size_t claim_index) {
  const Document& doc = document_of(run, run.claims[claim_index]);
  return location(run, claim_index) + (doc.record.empty() ? std::string() : " (record " + doc.record + ")");
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

// Where the claim is stated again in its document: "5:94, 7:85" (as extraction located them).
std::string other_places(const Claim& c) {
  std::string out;
  for (const LineColumn& p : c.occurrence_at) {
    if (!out.empty()) out += ", ";
    out += std::to_string(p.line) + ":" + std::to_string(p.column);
  }
  return out;
}

}  // namespace detail

namespace {

using namespace detail;

// A document as the report schema has it.
nlohmann::ordered_json document_json(const Document& d) {
  return {{"id", d.id},
          {"path", d.path},
          {"file", file_of(d)},
          {"record", string_or_null(d.record)},
          {"title", string_or_null(d.title)},
          {"outlet", string_or_null(d.outlet)},
          {"url", string_or_null(d.url)},
          {"encoding", d.encoding},
          {"language", to_string(d.language)},
          {"published", string_or_null(d.published.iso())}};
}

// Writes a JSON object exactly as nlohmann's dump(2) does, a member at a time and an array
// member an element at a time: a report on a batch of a million articles is never held whole.
class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::ostream& out) : m_out(out) {}
  void member(std::string_view key, const nlohmann::ordered_json& value) {
    start(key);
    indented(value, false);
  }
  // `each(emit)` calls emit(element) for each element, in order.
  template <typename Each>
  void array(std::string_view key, Each&& each) {
    start(key);
    m_out << '[';
    bool any = false;
    each([&](const nlohmann::ordered_json& element) {
      m_out << (any ? ",\n    " : "\n    ");
      any = true;
      indented(element, true);
    });
    m_out << (any ? "\n  ]" : "]");
  }
  void finish() { m_out << (m_members > 0 ? "\n}\n" : "{}\n"); }

 private:
  void start(std::string_view key) {
    m_out << (m_members++ > 0 ? ",\n  " : "{\n  ") << nlohmann::ordered_json(key).dump() << ": ";
  }
  // The value's dump(2), each line after its first indented as deep as the value sits.
  void indented(const nlohmann::ordered_json& value, bool in_array) {
    const std::string text = value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    const std::string_view indent = in_array ? "\n    " : "\n  ";
    std::size_t from = 0;
    for (std::size_t at; (at = text.find('\n', from)) != std::string::npos; from = at + 1) {
      m_out.write(text.data() + from, static_cast<std::streamsize>(at - from));
      m_out << indent;
    }
    m_out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
  }

  std::ostream& m_out;
  std::size_t m_members = 0;
};

// A claim as the report schema has it.
nlohmann::ordered_json claim_json(const Run& run, std::size_t i) {
  const Claim& c = run.claims[i];
  nlohmann::ordered_json occurrences = nlohmann::ordered_json::array();
  // (Located and quoted at extraction, while the text was there; claims read back from the
  // database have their restatements' offsets only.)
  const bool located = c.occurrence_at.size() == c.occurrences.size() && c.occurrence_quotes.size() == c.occurrences.size();
  for (std::size_t k = 0; k < c.occurrences.size(); ++k) {
    const Span& s = c.occurrences[k];
    occurrences.push_back({{"line", located ? nlohmann::ordered_json(c.occurrence_at[k].line) : nullptr},
                           {"column", located ? nlohmann::ordered_json(c.occurrence_at[k].column) : nullptr},
                           {"start", s.start},
                           {"end", s.end},
                           {"quote", located ? nlohmann::ordered_json(c.occurrence_quotes[k]) : nullptr}});
  }
  return {{"id", c.id},
          {"document", document_of(run, c).id},
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
          {"unit", string_or_null(c.unit)},
          {"occurrences", std::move(occurrences)}};
}

// Every claim of the run, in order, as the report schema has them.
// The documents and claims members every JSON report has.
void documents_and_claims(JsonObjectWriter& writer, const Run& run) {
  writer.array("documents", [&](const auto& emit) {
    run.all_documents().for_each([&](const Document& d, std::size_t) { emit(document_json(d)); });
  });
  writer.array("claims", [&](const auto& emit) {
    for (std::size_t i = 0; i < run.claims.size(); ++i) emit(claim_json(run, i));
  });
}

// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_number(const std::optional<double>& value) {
  return value ? util::format_number(*value, 15) : std::string();
}

}  // namespace

void write_history(std::ostream& out, const Run& run, bool csv) {
  // One series a quantity (metric, place, group), in date order (undated last), then by source.
  std::vector<std::size_t> order(run.claims.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto key = [&](const Claim& c) { return std::tie(c.metric, c.place, c.subject); };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Claim& x = run.claims[a];
    const Claim& y = run.claims[b];
    if (key(x) != key(y)) return key(x) < key(y);
    if (x.date.known() != y.date.known()) return x.date.known();
    if (x.date != y.date) return x.date < y.date;
    return x.source < y.source;
  });
  const auto where = [&](std::size_t i) {
    const Claim& c = run.claims[i];
    return file_of(run.documents[static_cast<std::size_t>(c.document - 1)]) + ":" + std::to_string(run.positions[i].line) +
           ":" + std::to_string(run.positions[i].column);
  };
  if (csv) {
    out << "metric,place,subject,date,value,low,high,kind,source,status,location\n";
    for (const std::size_t i : order) {
      const Claim& c = run.claims[i];
      const auto field = [](const std::string& text) { return csv_field(text); };
      out << field(c.metric) << ',' << field(c.place) << ',' << field(c.subject) << ',' << c.date.iso() << ','
          << field(describe_value(c.value)) << ',' << (c.value.low ? util::format_number(*c.value.low, 3) : "")
          << ',' << (c.value.high ? util::format_number(*c.value.high, 3) : "") << ',' << to_string(c.value.kind) << ','
          << field(c.source) << ',' << to_string(c.status) << ',' << field(where(i)) << '\n';
    }
    return;
  }
  const Claim* last = nullptr;
  for (const std::size_t i : order) {
    const Claim& c = run.claims[i];
    if (last == nullptr || key(*last) != key(c)) {
      out << (last == nullptr ? "" : "\n") << c.metric << " in " << (c.place.empty() ? std::string("no place") : c.place)
          << (c.subject.empty() ? std::string() : ", " + c.subject) << "\n";
    }
    last = &c;
    std::string value = describe_value(c.value);
    if (c.status != ClaimStatus::reported) value += " (" + std::string(to_string(c.status)) + ")";
    const std::string date = c.date.known() ? c.date.iso() : std::string("no date");
    const std::string source = c.source.empty() ? std::string("unattributed") : c.source;
    out << "  " << date << std::string(date.size() < 12 ? 12 - date.size() : 1, ' ') << value
        << std::string(value.size() < 28 ? 28 - value.size() : 1, ' ') << source << "  " << where(i) << "\n";
  }
  if (order.empty()) out << "no claims match\n";
}

std::optional<ClaimFormat> claim_format_from_string(std::string_view name) {
  if (name == "text") return ClaimFormat::text;
  if (name == "json") return ClaimFormat::json;
  if (name == "jsonl") return ClaimFormat::jsonl;
  if (name == "csv") return ClaimFormat::csv;
  return std::nullopt;
}

void write_claims(std::ostream& out, const Run& run, ClaimFormat format) {
  using json = nlohmann::ordered_json;
  constexpr auto replace = nlohmann::json::error_handler_t::replace;
  switch (format) {
    case ClaimFormat::text:
      for (std::size_t i = 0; i < run.claims.size(); ++i) {
        const Claim& c = run.claims[i];
        out << location(run, i) << ": " << c.metric << " " << describe_value(c.value);
        if (!c.unit.empty()) out << " " << c.unit;
        out << " [" << (c.subject.empty() ? std::string("everyone") : c.subject) << "; " << c.place << "; "
            << (c.date.known() ? c.date.iso() : std::string("no date")) << "; "
            << (c.source.empty() ? std::string("unattributed") : c.source) << "; " << to_string(c.status)
            << "] \"" << util::squeeze_spaces(c.quote) << "\"";
        if (!c.occurrence_at.empty()) out << " (also at " << other_places(c) << ")";
        if (const Document& doc = document_of(run, c); !doc.record.empty()) out << " (record " << doc.record << ")";
        out << "\n";
      }
      out << "figcheck: " << run.claims.size() << (run.claims.size() == 1 ? " claim" : " claims") << " in "
          << run.all_documents().size() << (run.all_documents().size() == 1 ? " document\n" : " documents\n");
      break;
    case ClaimFormat::json: {
      JsonObjectWriter writer(out);
      writer.member("schema", "figcheck-claims/1");
      documents_and_claims(writer, run);
      writer.finish();
      break;
    }
    case ClaimFormat::jsonl:
      for (std::size_t i = 0; i < run.claims.size(); ++i) {
        const Document& doc = document_of(run, run.claims[i]);
        json line{{"file", file_of(doc)}};
        if (!doc.record.empty()) line["record"] = doc.record;
        line.update(claim_json(run, i));
        out << line.dump(-1, ' ', false, replace) << "\n";
      }
      break;
    case ClaimFormat::csv:
      out << "file,line,column,start,end,metric,low,high,kind,unit,subject,place,date,source,status,quote\r\n";
      for (std::size_t i = 0; i < run.claims.size(); ++i) {
        const Claim& c = run.claims[i];
        const LineColumn& p = run.positions[i];
        out << csv_field(file_of(document_of(run, c))) << ',' << p.line << ',' << p.column << ',' << c.span.start
            << ',' << c.span.end << ',' << csv_field(c.metric) << ',' << csv_number(c.value.low) << ','
            << csv_number(c.value.high) << ',' << to_string(c.value.kind) << ',' << csv_field(c.unit) << ','
            << csv_field(c.subject) << ',' << csv_field(c.place) << ',' << csv_field(c.date.iso()) << ','
            << csv_field(c.source) << ',' << to_string(c.status) << ',' << csv_field(c.quote) << "\r\n";
      }
      break;
  }
}

std::optional<Format> format_from_string(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "json") return Format::json;
  if (name == "markdown") return Format::markdown;
  if (name == "html") return Format::html;
  if (name == "sarif") return Format::sarif;
  if (name == "github") return Format::github;
  if (name == "junit") return Format::junit;
  return std::nullopt;
}

std::string file_name(Format format) {
  switch (format) {
    case Format::text: return "report.txt";
    case Format::json: return "report.json";
    case Format::markdown: return "report.md";
    case Format::html: return "report.html";
    case Format::sarif: return "report.sarif";
    case Format::github: return "report.github.txt";
    case Format::junit: return "report.junit.xml";
  }
  return "report";
}

namespace {

// Text safe in a Markdown table cell and in the HTML a Markdown renderer lets through: no markup,
// no pipe, no line break.
std::string markdown_cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '|': out += "\\|"; break;
      case '`': out += "\\`"; break;
      case '*': out += "\\*"; break;
      case '_': out += "\\_"; break;
      case '[': out += "\\["; break;
      case ']': out += "\\]"; break;
      case '\\': out += "\\\\"; break;
      case '\r':
      case '\n': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

// Text safe in an XML element, or (`attribute`) in a quoted attribute, which also keeps its
// quotes and line breaks.
std::string xml_text(std::string_view text, bool attribute = false) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\r': out += attribute ? "&#13;" : ""; break;
      default:
        // (Other control characters are not allowed in XML 1.0.)
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
  }
  return out;
}

// A workflow command's message, and its properties (which also escape ':' and ',').
std::string github_data(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}
std::string github_property(std::string_view text) {
  std::string out;
  for (const char c : github_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

}  // namespace

void write_markdown(std::ostream& out, const Run& run) {
  out << "## figcheck: " << summary(run) << "\n\n";
  if (run.findings.empty()) return;
  out << "| # | level | finding | rule | where |\n| --- | --- | --- | --- | --- |\n";
  for (const Finding& f : run.findings) {
    out << "| " << f.id << " | " << to_string(f.severity) << " | " << markdown_cell(f.message) << " | `" << f.rule
        << "` | " << markdown_cell(location_and_record(run, f.claims.front())) << " |\n";
  }
  for (const Finding& f : run.findings) {
    out << "\n### " << f.id << ". " << to_string(f.severity) << ": " << markdown_cell(f.message) << "\n\n";
    out << "Rule `" << f.rule << "`. " << markdown_cell(f.reason) << "\n\n";
    out << "| where | quote | source | date | group | status |\n| --- | --- | --- | --- | --- | --- |\n";
    for (const std::size_t i : f.claims) {
      const Claim& c = run.claims[i];
      out << "| " << markdown_cell(location_and_record(run, i)) << " | \"" << markdown_cell(c.quote) << "\" | "
          << markdown_cell(c.source.empty() ? std::string("unattributed") : c.source) << " | "
          << (c.date.known() ? c.date.iso() : std::string("no date")) << " | "
          << markdown_cell(c.subject.empty() ? std::string("everyone") : c.subject) << " | " << to_string(c.status)
          << " |\n";
    }
  }
}

void write_junit(std::ostream& out, const Run& run, std::optional<Severity> fail_on) {
  // The findings by the document of their first claim.
  std::vector<std::vector<const Finding*>> by_document(run.documents.size());
  for (const Finding& f : run.findings) {
    const auto d = static_cast<std::size_t>(run.claims[f.claims.front()].document - 1);
    if (d < by_document.size()) by_document[d].push_back(&f);
  }
  std::size_t failures = 0;
  for (const Finding& f : run.findings) failures += fail_on && f.severity >= *fail_on ? 1 : 0;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"figcheck\" tests=\"" << run.all_documents().size() << "\" failures=\"" << failures << "\">\n";
  out << "  <testsuite name=\"figcheck audit\" tests=\"" << run.all_documents().size() << "\" failures=\"" << failures
      << "\" errors=\"0\" skipped=\"0\">\n";
  run.all_documents().for_each([&](const Document& doc, std::size_t d) {
    out << "    <testcase classname=\"figcheck\" name=\"" << xml_text(doc.path, true) << "\"";
    if (d == BatchDocuments::k_spilled || by_document[d].empty()) {
      out << "/>\n";
      return;
    }
    out << ">\n";
    std::string below;
    for (const Finding* f : by_document[d]) {
      std::string detail = f->reason + "\n";
      for (const std::size_t i : f->claims) {
        const Claim& c = run.claims[i];
        detail += location_and_record(run, i) + ": \"" + c.quote + "\" (" + (c.source.empty() ? std::string("unattributed") : c.source) +
                  (c.date.known() ? "; " + c.date.iso() : std::string()) + ")\n";
      }
      const std::string line = std::string(to_string(f->severity)) + ": " + f->message + " [" + f->rule + "]";
      if (fail_on && f->severity >= *fail_on) {
        out << "      <failure type=\"" << xml_text(f->rule, true) << "\" message=\"" << xml_text(line, true) << "\">"
            << xml_text(detail) << "</failure>\n";
      } else {
        below += line + "\n" + detail;
      }
    }
    if (!below.empty()) out << "      <system-out>" << xml_text(below) << "</system-out>\n";
    out << "    </testcase>\n";
  });
  out << "  </testsuite>\n</testsuites>\n";
}

void write_github(std::ostream& out, const Run& run) {
  std::size_t shown[3] = {0, 0, 0};  // info, warning, error
  std::size_t left_out = 0;
  for (const Finding& f : run.findings) {
    std::size_t& level = shown[static_cast<std::size_t>(f.severity)];
    if (level >= k_github_annotations) {
      ++left_out;
      continue;
    }
    ++level;
    const Claim& anchor = run.claims[f.claims.front()];
    const LineColumn& p = run.positions[f.claims.front()];
    const std::string command = f.severity == Severity::error ? "error" : f.severity == Severity::warning ? "warning" : "notice";
    out << "::" << command << " file=" << github_property(file_of(document_of(run, anchor))) << ",line=" << p.line
        << ",col=" << p.column << ",title=" << github_property(f.rule + ": " + f.message) << "::"
        << github_data((document_of(run, anchor).record.empty() ? std::string() : "record " + document_of(run, anchor).record + ": ") +
                       f.message + ": " + f.reason)
        << "\n";
  }
  if (left_out > 0) {
    out << "::notice title=figcheck::" << left_out << (left_out == 1 ? " finding was" : " findings were")
        << " not annotated: GitHub shows at most " << k_github_annotations
        << " annotations of each level per step (see the text or JSON report for all of them)\n";
  }
  out << "figcheck: " << summary(run) << "\n";
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

bool use_colour(bool terminal, const char* no_color) { return terminal && no_color == nullptr; }

void write_text(std::ostream& out, const Run& run, bool colour) {
  const auto paint = [&](std::string_view text, std::string_view code) {
    return colour ? "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m" : std::string(text);
  };
  for (const Finding& f : run.findings) {
    const std::size_t anchor = f.claims.front();
    const std::string_view level_colour = f.severity == Severity::error ? "1;31" : f.severity == Severity::warning ? "1;33" : "1;36";
    out << paint(location(run, anchor), "1") << ": " << paint(to_string(f.severity), level_colour) << ": " << f.message
        << " [" << f.rule << "]\n";
    out << "  reason: " << f.reason << "\n";
    for (const std::size_t i : f.claims) {
      const Claim& c = run.claims[i];
      const Document& doc = document_of(run, c);
      out << "  " << location(run, i) << ": \"" << c.quote << "\"";
      out << " (" << (doc.record.empty() ? std::string() : "record " + doc.record + "; ")
          << "source: " << (c.source.empty() ? std::string("unattributed") : c.source);
      if (c.date.known()) out << "; " << c.date.iso();
      if (!c.subject.empty()) out << "; " << c.subject;
      if (c.status != ClaimStatus::reported) out << "; " << to_string(c.status);
      out << ")";
      if (!c.occurrence_at.empty()) out << " (also at " << other_places(c) << ")";
      out << "\n";
    }
  }
  out << "figcheck: " << summary(run) << "\n";
}

void write_json(std::ostream& out, const Run& run) {
  using json = nlohmann::ordered_json;
  JsonObjectWriter writer(out);
  writer.member("schema", "figcheck-report/1");
  documents_and_claims(writer, run);
  writer.array("discrepancies", [&](const auto& emit) {
    for (const Finding& f : run.findings) {
      json ids = json::array();
      for (const std::size_t i : f.claims) ids.push_back(run.claims[i].id);
      emit(json{{"id", f.id},
                {"rule", f.rule},
                {"severity", to_string(f.severity)},
                {"metric", f.metric},
                {"claims", std::move(ids)},
                {"message", f.message},
                {"reason", f.reason},
                {"place", string_or_null(f.place)}});
    }
  });
  const Counts counts = count(run.findings);
  writer.member("summary", {{"documents", run.all_documents().size()},
                            {"claims", run.claims.size()},
                            {"errors", counts.errors},
                            {"warnings", counts.warnings},
                            {"infos", counts.infos}});
  writer.finish();
}

void write_numbers_jsonl(std::ostream& out, const Document& doc, const std::vector<NumberRow>& rows) {
  using json = nlohmann::ordered_json;
  for (const NumberRow& row : rows) {
    json line{{"file", file_of(doc)},
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
    const LineColumn p = locate(doc, row.start);
    out << file_of(doc) << ":" << p.line << ":" << p.column << ": "
        << util::squeeze_spaces(std::string_view(doc.text).substr(row.start, row.end - row.start)) << " = "
        << describe_value(row.value) << " (" << to_string(row.cls);
    if (!row.unit.empty()) out << ", " << row.unit;
    out << ")\n";
  }
}

}  // namespace figcheck::report
