#include "model/model.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

#include "util/text.hpp"

namespace figcheck {
namespace {

template <typename Enum, std::size_t N>
std::string_view name_of(Enum value, const std::array<std::pair<Enum, std::string_view>, N>& names) {
  for (const auto& [e, name] : names) {
    if (e == value) return name;
  }
  return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(std::string_view text,
                             const std::array<std::pair<Enum, std::string_view>, N>& names) {
  for (const auto& [e, name] : names) {
    if (name == text) return e;
  }
  return std::nullopt;
}

constexpr std::array<std::pair<ValueKind, std::string_view>, 8> k_value_kinds{{
    {ValueKind::exact, "exact"},
    {ValueKind::approximate, "approximate"},
    {ValueKind::at_least, "at_least"},
    {ValueKind::more_than, "more_than"},
    {ValueKind::at_most, "at_most"},
    {ValueKind::less_than, "less_than"},
    {ValueKind::range, "range"},
    {ValueKind::vague, "vague"},
}};

constexpr std::array<std::pair<NumberClass, std::string_view>, 13> k_number_classes{{
    {NumberClass::count, "count"},
    {NumberClass::money, "money"},
    {NumberClass::percent, "percent"},
    {NumberClass::ordinal, "ordinal"},
    {NumberClass::year, "year"},
    {NumberClass::date, "date"},
    {NumberClass::time, "time"},
    {NumberClass::phone, "phone"},
    {NumberClass::identifier, "identifier"},
    {NumberClass::age, "age"},
    {NumberClass::measure, "measure"},
    {NumberClass::too_large, "too_large"},
    {NumberClass::article, "article"},
}};

constexpr std::array<std::pair<ClaimStatus, std::string_view>, 5> k_statuses{{
    {ClaimStatus::reported, "reported"},
    {ClaimStatus::unverified, "unverified"},
    {ClaimStatus::retracted, "retracted"},
    {ClaimStatus::denied, "denied"},
    {ClaimStatus::corrected, "corrected"},
}};

constexpr std::array<std::pair<Severity, std::string_view>, 3> k_severities{{
    {Severity::info, "info"},
    {Severity::warning, "warning"},
    {Severity::error, "error"},
}};

}  // namespace

std::string_view to_string(Language lang) { return lang == Language::fr ? "fr" : "en"; }
std::string_view to_string(ValueKind kind) { return name_of(kind, k_value_kinds); }
std::string_view to_string(NumberClass cls) { return name_of(cls, k_number_classes); }
std::string_view to_string(ClaimStatus status) { return name_of(status, k_statuses); }
std::string_view to_string(Severity severity) { return name_of(severity, k_severities); }

std::optional<Severity> severity_from_string(std::string_view text) {
  return value_of(text, k_severities);
}
std::optional<ValueKind> value_kind_from_string(std::string_view text) {
  return value_of(text, k_value_kinds);
}
std::optional<ClaimStatus> claim_status_from_string(std::string_view text) {
  return value_of(text, k_statuses);
}
std::optional<NumberClass> number_class_from_string(std::string_view text) {
  return value_of(text, k_number_classes);
}

std::string Date::iso() const {
  if (!known()) return {};
  char buffer[32];
  if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
int days_from_civil(const Date& date) {
  int y = date.year;
  const unsigned m = static_cast<unsigned>(date.month);
  const unsigned d = static_cast<unsigned>(date.day);
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

Date civil_from_days(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

namespace {

// The byte of the source map's raw text that text offset `offset` came from.
std::size_t raw_offset(const SourceMap& map, std::size_t offset) {
  return std::min(util::anchored_offset(map.anchors, offset), map.raw.size());
}

}  // namespace

LineColumn locate(const Document& doc, std::size_t offset) {
  if (!doc.source) {
    const util::Position p = util::position_of(doc.text, doc.line_starts, offset);
    return {p.line, p.column};
  }
  const SourceMap& map = *doc.source;
  const util::Position p = util::position_of(map.raw, map.raw_line_starts, raw_offset(map, offset));
  return {p.line + map.first_line - 1, p.column};
}

void fix_occurrences(const Document& doc, std::vector<Claim>& claims) {
  for (Claim& claim : claims) {
    claim.occurrence_at.clear();
    claim.occurrence_quotes.clear();
    for (const Span& s : claim.occurrences) {
      claim.occurrence_at.push_back(locate(doc, s.start));
      claim.occurrence_quotes.push_back(
          util::squeeze_spaces(std::string_view(doc.text).substr(std::min(s.start, doc.text.size()), s.end - s.start)));
    }
  }
}

void release_text(Document& doc) {
  std::string().swap(doc.text);
  std::vector<std::size_t>().swap(doc.line_starts);
  doc.source.reset();
}

std::string_view source_text(const Document& doc, Span span) {
  if (!doc.source) return std::string_view(doc.text).substr(span.start, span.end - span.start);
  const SourceMap& map = *doc.source;
  const std::size_t start = raw_offset(map, span.start);
  std::size_t end = raw_offset(map, span.end);
  if (span.end > span.start) end = std::max(end, std::min(raw_offset(map, span.end - 1) + 1, map.raw.size()));
  return std::string_view(map.raw).substr(start, end > start ? end - start : 0);
}

const std::string& file_of(const Document& doc) { return doc.file.empty() ? doc.path : doc.file; }

}  // namespace figcheck
