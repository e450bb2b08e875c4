// The HTML report: one self-contained page an editor opens in a browser.
#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>
#include <sstream>

#include "report/detail.hpp"
#include "report/report.hpp"
#include "util/text.hpp"

namespace figcheck::report {
namespace {

using namespace detail;

// Text safe anywhere in an HTML element or a quoted attribute.
std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\r': break;
      default:
        // (No control characters but tabs and line breaks: they are not allowed in HTML text.)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') continue;
        out += c;
    }
  }
  return out;
}

std::string_view level_class(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "info";
}

std::string source_of(const Claim& c) { return c.source.empty() ? std::string("unattributed") : c.source; }
std::string date_of(const Claim& c) { return c.date.known() ? c.date.iso() : std::string("no date"); }

// A UTF-8 boundary at or before `at`.
std::size_t boundary_before(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// The paragraph around a span: from the blank line before it to the blank line after it, cut
// to about 600 bytes on each side of the span in a very long one.
Span paragraph_around(std::string_view text, Span span) {
  constexpr std::size_t k_reach = 600;
  std::size_t start = text.rfind("\n\n", span.start);
  const std::size_t crlf_start = text.rfind("\n\r\n", span.start);
  if (crlf_start != std::string_view::npos && (start == std::string_view::npos || crlf_start > start)) start = crlf_start + 1;
  start = start == std::string_view::npos ? 0 : start + 2;
  std::size_t end = text.find("\n\n", span.end);
  const std::size_t crlf_end = text.find("\r\n\r\n", span.end);
  if (crlf_end != std::string_view::npos && (end == std::string_view::npos || crlf_end < end)) end = crlf_end;
  if (end == std::string_view::npos) end = text.size();
  if (span.start > start + k_reach) start = boundary_before(text, span.start - k_reach);
  if (end > span.end + k_reach) end = boundary_before(text, span.end + k_reach);
  return {std::min(start, span.start), std::max(end, span.end)};
}

// The paragraph's text, escaped, with the given spans (absolute offsets) in <mark>.
std::string highlighted(std::string_view text, Span paragraph, std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  // Overlapping spans ("26 manifestants et 16 membres… tués" holds "16 membres… tués") merge.
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  std::string out;
  if (paragraph.start > 0 && text[paragraph.start - 1] != '\n') out += "… ";
  std::size_t at = paragraph.start;
  for (const Span& s : merged) {
    out += escape(text.substr(at, s.start - at));
    out += "<mark>" + escape(text.substr(s.start, s.end - s.start)) + "</mark>";
    at = s.end;
  }
  out += escape(text.substr(at, paragraph.end - at));
  if (paragraph.end < text.size() && text[paragraph.end] != '\n' && text[paragraph.end] != '\r') out += " …";
  return out;
}

std::string number_text(double v) {
  if (std::fabs(v) >= 1e6) return plain_number(v / 1e6) + "M";
  return plain_number(v);
}

// A figure as short as a chart label can be: "5800", "> 164", "≥ 30", "7200–8800".
std::string short_value(const Interval& v) {
  if (v.low && v.high && *v.low == *v.high) return number_text(*v.low);
  switch (v.kind) {
    case ValueKind::more_than: if (v.low) return "> " + number_text(*v.low); break;
    case ValueKind::at_least: if (v.low) return "≥ " + number_text(*v.low); break;
    case ValueKind::less_than: if (v.high) return "< " + number_text(*v.high); break;
    case ValueKind::at_most: if (v.high) return "≤ " + number_text(*v.high); break;
    default: break;
  }
  if (v.low && v.high) return number_text(*v.low) + "–" + number_text(*v.high);
  if (v.low) return "≥ " + number_text(*v.low);
  if (v.high) return "≤ " + number_text(*v.high);
  return "?";
}

// The step between axis ticks: 1, 2 or 5 times a power of ten, for about four ticks up to `top`.
double tick_step(double top) {
  const double rough = top / 4;
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  for (const double m : {1.0, 2.0, 5.0}) {
    if (m * power >= rough) return m * power;
  }
  return 10 * power;
}

// Cut to about `limit` code points, with an ellipsis.
std::string cut(const std::string& text, std::size_t limit) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++points > limit) return text.substr(0, i) + "…";
  }
  return text;
}

// A small inline SVG: one row a claim, in date order then by source, its interval drawn on a
// common scale from 0 (a dot for an exact figure, a bar for a range, an arrow for an open bound).
std::string chart(const Run& run, const Finding& f) {
  std::vector<std::size_t> rows(f.claims);
  std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
    const Claim& x = run.claims[a];
    const Claim& y = run.claims[b];
    if (x.date != y.date) return x.date < y.date;
    return x.source < y.source;
  });
  double most = 0;
  for (const std::size_t i : rows) {
    const Interval& v = run.claims[i].value;
    if (v.low) most = std::max(most, *v.low);
    if (v.high) most = std::max(most, *v.high);
  }
  if (most <= 0) return "";
  const double step = tick_step(most * 1.1);
  const double top = std::ceil(most * 1.1 / step) * step;
  constexpr int k_label = 250;
  constexpr int k_plot = 400;
  constexpr int k_width = k_label + k_plot + 40;
  constexpr int k_row = 26;
  const int height = static_cast<int>(rows.size()) * k_row + 34;
  const auto x = [&](double value) { return k_label + static_cast<int>(std::lround(value / top * k_plot)); };
  std::ostringstream svg;
  svg << "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" << k_width << "\" height=\"" << height
      << "\" viewBox=\"0 0 " << k_width << " " << height << "\" role=\"img\" aria-label=\""
      << escape(f.metric + ": values by source and date") << "\">\n";
  int y = 10;
  for (const std::size_t i : rows) {
    const Claim& c = run.claims[i];
    std::string label = date_of(c) + " · " + source_of(c);
    if (!c.subject.empty()) label += " · " + c.subject;
    const std::string status(to_string(c.status));
    const int mid = y + k_row / 2;
    svg << "  <g class=\"bar " << status << "\"><title>"
        << escape(source_of(c) + ", " + date_of(c) + ": \u201c" + c.quote + "\u201d = " + describe_value(c.value) + " (" +
                  status + ")")
        << "</title>\n";
    svg << "    <text x=\"" << k_label - 10 << "\" y=\"" << mid + 4 << "\" text-anchor=\"end\">" << escape(cut(label, 36))
        << "</text>\n";
    const Interval& v = c.value;
    int right = 0;
    if (v.low && v.high && *v.low == *v.high) {
      svg << "    <circle cx=\"" << x(*v.low) << "\" cy=\"" << mid << "\" r=\"5\"/>\n";
      right = x(*v.low) + 5;
    } else {
      const int from = x(v.low ? *v.low : 0);
      const int to = v.high ? x(*v.high) : k_label + k_plot;
      svg << "    <rect x=\"" << from << "\" y=\"" << mid - 5 << "\" width=\"" << std::max(to - from, 2)
          << "\" height=\"10\" rx=\"3\"/>\n";
      right = to;
      if (!v.high) {
        svg << "    <path d=\"M" << to << " " << mid - 8 << " L" << to + 12 << " " << mid << " L" << to << " " << mid + 8
            << " Z\"/>\n";
        right = to + 12;
      }
    }
    // The figure beside its mark, or inside the plot's left part when the mark reaches the edge.
    const std::string figure = short_value(v);
    if (right + 8 + 8 * static_cast<int>(figure.size()) <= k_width) {
      svg << "    <text class=\"value\" x=\"" << right + 8 << "\" y=\"" << mid + 4 << "\">" << escape(figure) << "</text>\n";
    } else {
      svg << "    <text class=\"value\" x=\"" << x(v.low ? *v.low : 0) - 6 << "\" y=\"" << mid + 4
          << "\" text-anchor=\"end\">" << escape(figure) << "</text>\n";
    }
    svg << "  </g>\n";
    y += k_row;
  }
  svg << "  <g class=\"axis\"><line x1=\"" << k_label << "\" y1=\"" << y << "\" x2=\"" << k_label + k_plot << "\" y2=\"" << y
      << "\"/>\n";
  for (double tick = 0; tick <= top + step / 2; tick += step) {
    svg << "    <line x1=\"" << x(tick) << "\" y1=\"" << y << "\" x2=\"" << x(tick) << "\" y2=\"" << y + 4 << "\"/><text x=\""
        << x(tick) << "\" y=\"" << y + 17 << "\" text-anchor=\"middle\">" << number_text(tick) << "</text>\n";
  }
  svg << "  </g>\n</svg>\n";
  // A legend for the statuses the chart shows.
  std::vector<ClaimStatus> statuses;
  for (const std::size_t i : rows) {
    if (std::find(statuses.begin(), statuses.end(), run.claims[i].status) == statuses.end()) statuses.push_back(run.claims[i].status);
  }
  std::sort(statuses.begin(), statuses.end());
  svg << "<p class=\"legend\">";
  for (const ClaimStatus st : statuses) svg << "<span class=\"key " << to_string(st) << "\"></span>" << to_string(st) << " ";
  svg << "</p>\n";
  return svg.str();
}

constexpr std::string_view k_style = R"(
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; max-width: 1000px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
h2 { font-size: 1.15em; margin: 0 0 .3em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: .92em; }
th, td { text-align: left; padding: .3em .5em; border-bottom: 1px solid #ddd; vertical-align: top; }
th { background: #f4f4f6; }
code { font-size: .9em; }
.summary { font-size: 1.05em; margin: .3em 0 1.2em; }
.badge { display: inline-block; padding: 0 .5em; border-radius: .6em; color: #fff; font-size: .85em; font-weight: 600; }
.badge.error { background: #c62828; } .badge.warning { background: #b26a00; } .badge.info { background: #1565c0; }
section.finding { border: 1px solid #ddd; border-left: 6px solid #999; border-radius: 4px; padding: .8em 1em; margin: 1.2em 0; }
section.finding.error { border-left-color: #c62828; } section.finding.warning { border-left-color: #e0a000; } section.finding.info { border-left-color: #1565c0; }
.reason { background: #f7f7f9; padding: .4em .6em; border-radius: 3px; }
blockquote { margin: .4em 0 .8em; padding: .3em .8em; border-left: 3px solid #ccc; color: #333; white-space: pre-wrap; }
blockquote .where { display: block; font-size: .8em; color: #666; white-space: normal; }
mark { background: #ffe58a; padding: 0 .1em; }
.status { font-size: .85em; color: #555; }
svg.chart { display: block; margin: .5em 0; font-size: 12px; }
svg.chart text { fill: #333; } svg.chart .value { fill: #555; font-size: 11px; }
svg.chart .bar circle, svg.chart .bar rect, svg.chart .bar path { fill: #1565c0; }
svg.chart .retracted circle, svg.chart .retracted rect, svg.chart .retracted path,
svg.chart .denied circle, svg.chart .denied rect, svg.chart .denied path { fill: #9e9e9e; }
svg.chart .unverified circle, svg.chart .unverified rect, svg.chart .unverified path { fill: #e08e00; }
svg.chart .corrected circle, svg.chart .corrected rect, svg.chart .corrected path { fill: #7b1fa2; }
svg.chart .axis line { stroke: #888; }
.legend { font-size: .8em; color: #555; margin: 0 0 .6em; }
.legend .key { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin: 0 .3em 0 .6em; background: #1565c0; vertical-align: -.05em; }
.legend .key.retracted, .legend .key.denied { background: #9e9e9e; } .legend .key.unverified { background: #e08e00; } .legend .key.corrected { background: #7b1fa2; }
details { margin: 1em 0; }
)";

}  // namespace

void write_html(std::ostream& out, const Run& run) {
  const Counts counts = count(run.findings);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>figcheck: " << escape(summary(run)) << "</title>\n<style>" << k_style << "</style>\n</head>\n<body>\n";
  out << "<h1>figcheck report</h1>\n<p class=\"summary\" id=\"summary\">" << escape(summary(run)) << " &nbsp; "
      << "<span class=\"badge error\">" << counts.errors << " error" << (counts.errors == 1 ? "" : "s") << "</span> "
      << "<span class=\"badge warning\">" << counts.warnings << " warning" << (counts.warnings == 1 ? "" : "s") << "</span> "
      << "<span class=\"badge info\">" << counts.infos << " info" << (counts.infos == 1 ? "" : "s") << "</span></p>\n";
  if (run.findings.empty()) {
    out << "<p>No conflicting figures: every figure found agrees with the others for the same quantity.</p>\n";
  } else {
    out << "<table class=\"index\">\n<tr><th>#</th><th>level</th><th>finding</th><th>rule</th><th>where</th></tr>\n";
    for (const Finding& f : run.findings) {
      out << "<tr><td><a href=\"#finding-" << f.id << "\">" << f.id << "</a></td><td><span class=\"badge "
          << level_class(f.severity) << "\">" << to_string(f.severity) << "</span></td><td>" << escape(f.message)
          << "</td><td><code>" << escape(f.rule) << "</code></td><td>" << escape(location_and_record(run, f.claims.front()))
          << "</td></tr>\n";
    }
    out << "</table>\n";
  }
  for (const Finding& f : run.findings) {
    out << "<section class=\"finding " << level_class(f.severity) << "\" id=\"finding-" << f.id << "\">\n";
    out << "<h2>" << f.id << ". <span class=\"badge " << level_class(f.severity) << "\">" << to_string(f.severity)
        << "</span> " << escape(f.message) << " <code>[" << escape(f.rule) << "]</code></h2>\n";
    out << "<p class=\"reason\">" << escape(f.reason) << "</p>\n";
    out << chart(run, f);
    out << "<table>\n<tr><th>where</th><th>quote</th><th>source</th><th>date</th><th>group</th><th>status</th></tr>\n";
    for (const std::size_t i : f.claims) {
      const Claim& c = run.claims[i];
      out << "<tr><td>" << escape(location_and_record(run, i)) << "</td><td>&ldquo;" << escape(c.quote) << "&rdquo;</td><td>"
          << escape(source_of(c)) << "</td><td>" << escape(date_of(c)) << "</td><td>"
          << escape(c.subject.empty() ? std::string("everyone") : c.subject) << "</td><td>" << to_string(c.status)
          << "</td></tr>\n";
    }
    out << "</table>\n";
    // Each claim's paragraph once, with every quote of the finding in it highlighted.
    std::vector<std::pair<std::int64_t, Span>> shown;
    for (const std::size_t i : f.claims) {
      const Claim& c = run.claims[i];
      const Document& doc = document_of(run, c);
      if (doc.text.size() < c.span.end) continue;  // (a text that could not be read again: no paragraph)
      const Span paragraph = paragraph_around(doc.text, c.span);
      if (std::any_of(shown.begin(), shown.end(), [&](const auto& s) {
            return s.first == c.document && s.second.start == paragraph.start && s.second.end == paragraph.end;
          })) {
        continue;
      }
      shown.emplace_back(c.document, paragraph);
      std::vector<Span> spans;
      for (const std::size_t j : f.claims) {
        const Claim& other = run.claims[j];
        if (other.document == c.document && other.span.start >= paragraph.start && other.span.end <= paragraph.end) {
          spans.push_back(other.span);
        }
      }
      const LineColumn p = locate(doc, paragraph.start);
      out << "<blockquote><span class=\"where\">" << escape(file_of(doc)) << ", line " << p.line
          << (doc.record.empty() ? std::string() : ", record " + escape(doc.record))
          << (doc.title.empty() ? std::string() : " &middot; " + escape(doc.title)) << "</span>"
          << highlighted(doc.text, paragraph, spans) << "</blockquote>\n";
    }
    out << "</section>\n";
  }
  const BatchDocuments documents = run.all_documents();
  out << "<details><summary>" << documents.size() << (documents.size() == 1 ? " document" : " documents")
      << " audited</summary>\n<table>\n<tr><th>file</th><th>title</th><th>language</th><th>published</th></tr>\n";
  documents.for_each([&](const Document& d, std::size_t) {
    out << "<tr><td>" << escape(d.path) << "</td><td>" << escape(d.title) << "</td><td>" << to_string(d.language)
        << "</td><td>" << escape(d.published.iso()) << "</td></tr>\n";
  });
  out << "</table>\n</details>\n</body>\n</html>\n";
}

}  // namespace figcheck::report
