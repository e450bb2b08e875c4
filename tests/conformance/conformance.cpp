// figcheck_conformance: scores the number grammar against a peer suite, the number specs of
// Microsoft Recognizers-Text (MIT), converted to JSONL in ../shared/peers/recognizers-text
// (that folder's README.md describes the line format).
//
//   figcheck_conformance [--verbose] [--min P] <folder>
//
// Scored files: fr.number.jsonl and en.number.jsonl. Informational files (no target):
// {fr,en}.numberrange.jsonl, {fr,en}.ordinal.jsonl, {fr,en}.percent.jsonl. The files with a
// recognizer mode (".experimental", ".percent_mode", ...) need options figcheck does not have
// and are not read.
//
// How our output is compared (all of it lives in `comparable_items`):
//   scan_numbers(input, lang) gives Quantities; each becomes zero, one or two items, each a byte
//   span and a value (numberrange: a low and a high bound, an open side being null). A case
//   passes when our items, sorted by span, equal the expected items, sorted by span: the same
//   count, every span equal in bytes, every value equal within 1e-9 relative.
//
//   Model `number` (the peer reads every number, whatever it counts):
//     - span: the figure itself, [number_start, number_end): modifier, currency sign, unit and
//       percent sign left out ("plus de 164 morts" -> "164", "$20" -> "20"), scale word kept
//       ("2 millions", "10k");
//     - value: the figure as written, before our interval policy: exact -> low; approximate ->
//       the midpoint of [0.9v, 1.1v], which is v; more_than / at_least -> low; less_than /
//       at_most -> high;
//     - kind range ("de zéro à dix", "40-50"): two items, one per end, since the peer reads two
//       numbers there (see `split_range`);
//     - nothing for: a figure with no value (class phone, identifier glued in a word, too_large),
//       vague quantities ("plusieurs dizaines": no single value), ordinals (the peer's number
//       model leaves them to its ordinal model), and any figure glued to a following letter
//       ("180ml", "29km", "May 4th": the peer reads nothing there, see `glued_to_letter`).
//   Model `numberrange`: quantities of kind range, more_than, at_least, less_than, at_most; the
//     span is the whole match [start, end) ("between 20 and 30", "more than 100"), the bounds
//     are our interval's low and high. Inclusiveness is not compared.
//   Model `ordinal`: quantities of class ordinal; span [number_start, end), the figure with its
//     mark ("11eme", "vingtième"); value low.
//   Model `percent`: quantities of class percent; span [number_start, end), the figure with its
//     sign or word ("100%", "12 pour cent"); value low (midpoint for approximate).
//
// Counts, per file: "verified" cases have a non-empty runs_on; "verified integer+decimal" are the
// verified cases with at least one expected item, all of subtype integer or decimal (the target);
// "negatives" are the verified cases that expect nothing; "unverified" the cases no upstream
// implementation checks. Cases in `k_declined` are read differently on purpose: they still
// count as failures in every score, and are listed apart with the reason.
//
// Every input is also scanned without the prefilter (scan_numbers_unfiltered): the two scans
// must agree, and each input where they differ is printed.
//
// Exit: 0, or 1 when --min P is given and the verified integer+decimal score of fr.number or
// en.number is below P percent, or when the two scans differ on some input, or when a declined
// case passes (k_declined is out of date); 2 on usage or input errors. A missing folder is not an error:
// the peer suite lives in ../shared, absent from a fresh clone, and the run prints SKIPPED.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "grammars/number/number.hpp"
#include "grammars/number/prefilter.hpp"

namespace {

using figcheck::Language;
using figcheck::NumberClass;
using figcheck::ValueKind;
using figcheck::grammar::scan_numbers;
using figcheck::grammar::ast::Quantity;
using Json = nlohmann::json;

enum class Model { number, numberrange, ordinal, percent };

// Cases read differently on purpose: reading them like the peer would make figcheck worse at
// reading figures in news. Each still counts as a failure, and is listed with its reason with
// --verbose (a declined case that passes is an error in this table: it is reported as such).
struct Declined {
  std::string_view id;
  std::string_view reason;
};
constexpr Declined k_declined[] = {
    {"fr/NumberModel#52", "\"322 cent\": after digits \"cent\" is the coin (\"50 cents\", \"1 cent d'euro\"), not x100"},
    {"fr/NumberModel#64", "\"- 10  k\": a dash and a space open a bullet (\"- 10 morts\"), not a minus sign"},
    {"en/NumberModel#41", "\"- 10  k\": a dash and a space open a bullet (\"- 10 dead\"), not a minus sign"},
    {"en/NumberModel#143", "\"5/17/2018\" is one date, not three numbers"},
    {"en/NumberModel#158", "\"That one\": \"that\" is as often the conjunction (\"said that one person died\"), so \"one\" after it stays the figure 1"},
    {"en/NumberModel#189", "\"SCP-173\" is an identifier like \"COVID-19\" or \"F-16\", not the figure 173"},
};

std::optional<std::string_view> declined_reason(std::string_view id) {
  for (auto const& d : k_declined) {
    if (d.id == id) return d.reason;
  }
  return std::nullopt;
}

// One thing read in a text: a byte span and a value. For numberrange both bounds are used and
// an open side is empty; for the other models only `low` is used.
struct Item {
  std::optional<std::size_t> begin;  // empty when the peer's span is unknown (never matches)
  std::optional<std::size_t> end;
  std::optional<double> low;
  std::optional<double> high;
};

bool same_value(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return a.has_value() == b.has_value();
  if (*a == *b) return true;
  return std::fabs(*a - *b) <= 1e-9 * std::max(std::fabs(*a), std::fabs(*b));
}

bool same_item(Item const& a, Item const& b, Model model) {
  if (!a.begin || !b.begin || *a.begin != *b.begin || *a.end != *b.end) return false;
  if (!same_value(a.low, b.low)) return false;
  return model != Model::numberrange || same_value(a.high, b.high);
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A figure directly followed by a letter: a unit or a mark glued to it ("180ml", "29km",
// "4th"). Scale letters are part of the figure's span ("10k"), so they do not count here.
bool glued_to_letter(std::string_view input, std::size_t end) {
  if (end >= input.size()) return false;
  auto const c = static_cast<unsigned char>(input[end]);
  return is_ascii_letter(static_cast<char>(c)) || c >= 0xC3;  // accented letters and beyond
}

// The figure a modifier was put around: our interval policy undone.
std::optional<double> figure_value_of(Quantity const& q) {
  auto const& v = q.value;
  switch (v.kind) {
    case ValueKind::exact:
    case ValueKind::more_than:
    case ValueKind::at_least: return v.low;
    case ValueKind::less_than:
    case ValueKind::at_most: return v.high;
    case ValueKind::approximate:
      if (v.low && v.high) return (*v.low + *v.high) / 2;
      return std::nullopt;
    case ValueKind::range:
    case ValueKind::vague: return std::nullopt;
  }
  return std::nullopt;
}

std::pair<std::size_t, std::size_t> trimmed(std::string_view text, std::size_t b, std::size_t e) {
  auto blank = [&](std::size_t i) {
    return text[i] == ' ' || (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
                              static_cast<unsigned char>(text[i + 1]) == 0xA0);
  };
  while (b < e && blank(b)) b += text[b] == ' ' ? 1 : 2;
  while (e > b && text[e - 1] == ' ') --e;
  return {b, e};
}

// The two ends of a range, as two items. The grammar keeps one span for the whole range
// ("zéro à dix", "40-50"), so the separator is found again: the first one whose two sides each
// re-scan to exactly one figure spanning the whole side. Values are the grammar's bounds
// ("entre 2 et 3 millions" gives 2 million for the low end, as figcheck reads it).
std::vector<Item> split_range(std::string_view input, Quantity const& q, Language lang) {
  constexpr std::string_view k_separators[] = {" et ", " à ", " À ", " to ", " and ",
                                               " - ", "-", "\xE2\x80\x93", " \xE2\x80\x93 "};
  auto const whole = input.substr(q.number_start, q.number_end - q.number_start);
  auto one_figure = [&](std::size_t b, std::size_t e) {
    auto const [tb, te] = trimmed(whole, b, e);
    if (tb >= te) return false;
    auto const found = scan_numbers(whole.substr(tb, te - tb), lang);
    return found.size() == 1 && found[0].number_start == 0 && found[0].number_end == te - tb;
  };
  for (std::size_t i = 1; i < whole.size(); ++i) {
    for (auto sep : k_separators) {
      if (whole.substr(i, sep.size()) != sep) continue;
      auto const j = i + sep.size();
      if (j >= whole.size() || !one_figure(0, i) || !one_figure(j, whole.size())) continue;
      auto const [lb, le] = trimmed(whole, 0, i);
      auto const [hb, he] = trimmed(whole, j, whole.size());
      return {Item{q.number_start + lb, q.number_start + le, q.value.low, std::nullopt},
              Item{q.number_start + hb, q.number_start + he, q.value.high, std::nullopt}};
    }
  }
  // No separator found: one item over the whole range, which will not match a peer's item.
  return {Item{q.number_start, q.number_end, q.value.low, std::nullopt}};
}

// The one mapping from our Quantities to the peer's items, per model (see the top of the file).
std::vector<Item> comparable_items(std::string_view input, std::vector<Quantity> const& found,
                                   Language lang, Model model) {
  std::vector<Item> items;
  for (auto const& q : found) {
    bool const has_value = q.value.low || q.value.high;
    switch (model) {
      case Model::number: {
        if (!has_value || q.cls == NumberClass::ordinal) break;
        if (q.value.kind == ValueKind::vague) break;
        if (glued_to_letter(input, q.number_end)) break;
        if (q.value.kind == ValueKind::range) {
          for (auto const& item : split_range(input, q, lang)) items.push_back(item);
          break;
        }
        items.push_back(Item{q.number_start, q.number_end, figure_value_of(q), std::nullopt});
        break;
      }
      case Model::numberrange: {
        auto const k = q.value.kind;
        if (k != ValueKind::range && k != ValueKind::more_than && k != ValueKind::at_least &&
            k != ValueKind::less_than && k != ValueKind::at_most) {
          break;
        }
        items.push_back(Item{q.start, q.end, q.value.low, q.value.high});
        break;
      }
      case Model::ordinal:
        if (q.cls == NumberClass::ordinal && has_value) {
          items.push_back(Item{q.number_start, q.end, q.value.low, std::nullopt});
        }
        break;
      case Model::percent:
        if (q.cls == NumberClass::percent && has_value) {
          items.push_back(Item{q.number_start, q.end, figure_value_of(q), std::nullopt});
        }
        break;
    }
  }
  return items;
}

std::optional<double> number_or_null(Json const& j, char const* key) {
  auto const it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

std::optional<std::size_t> offset_or_null(Json const& j, char const* key) {
  auto const it = j.find(key);
  if (it == j.end() || !it->is_number_unsigned()) return std::nullopt;
  return it->get<std::size_t>();
}

std::vector<Item> expected_items(Json const& expected, Model model) {
  std::vector<Item> items;
  for (auto const& e : expected) {
    Item item{offset_or_null(e, "bstart"), offset_or_null(e, "bend"), std::nullopt, std::nullopt};
    if (model == Model::numberrange) {
      auto const range = e.find("range");
      if (range != e.end() && range->is_object()) {
        item.low = number_or_null(*range, "lo");
        item.high = number_or_null(*range, "hi");
      }
    } else {
      item.low = number_or_null(e, "num");
    }
    items.push_back(item);
  }
  return items;
}

void sort_by_span(std::vector<Item>& items) {
  std::stable_sort(items.begin(), items.end(), [](Item const& a, Item const& b) {
    auto const ka = std::pair{a.begin.value_or(SIZE_MAX), a.end.value_or(SIZE_MAX)};
    auto const kb = std::pair{b.begin.value_or(SIZE_MAX), b.end.value_or(SIZE_MAX)};
    return ka < kb;
  });
}

std::string format_number(std::optional<double> v) {
  if (!v) return "null";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15g", *v);
  return buffer;
}

std::string describe(std::string_view input, std::vector<Item> const& items, Model model) {
  if (items.empty()) return "(nothing)";
  std::string out;
  for (auto const& item : items) {
    if (!out.empty()) out += ", ";
    if (item.begin && item.end && *item.begin <= *item.end && *item.end <= input.size()) {
      out += '"';
      out += input.substr(*item.begin, *item.end - *item.begin);
      out += "\" [" + std::to_string(*item.begin) + "," + std::to_string(*item.end) + ")";
    } else {
      out += "(no span)";
    }
    out += " = " + format_number(item.low);
    if (model == Model::numberrange) out += ".." + format_number(item.high);
  }
  return out;
}

struct Score {
  std::size_t passed = 0;
  std::size_t total = 0;
  void add(bool pass) {
    ++total;
    if (pass) ++passed;
  }
  double percent() const { return total == 0 ? 100.0 : 100.0 * static_cast<double>(passed) / static_cast<double>(total); }
  std::string fraction() const { return std::to_string(passed) + "/" + std::to_string(total); }
};

struct FileScore {
  Score integer_decimal;
  Score verified;
  Score negatives;
  Score unverified;
  std::size_t declined = 0;
  std::size_t stale_declines = 0;  // declined cases that pass: the table is out of date
  std::size_t inputs = 0;
  std::size_t prefilter_differs = 0;  // inputs where scan_numbers != scan_numbers_unfiltered
};

struct FileSpec {
  std::string_view stem;  // "fr.number"
  Model model;
  bool scored;
};

constexpr FileSpec k_files[] = {
    {"fr.number", Model::number, true},          {"en.number", Model::number, true},
    {"fr.numberrange", Model::numberrange, false}, {"en.numberrange", Model::numberrange, false},
    {"fr.ordinal", Model::ordinal, false},       {"en.ordinal", Model::ordinal, false},
    {"fr.percent", Model::percent, false},       {"en.percent", Model::percent, false},
};

bool integer_or_decimal(Json const& expected) {
  if (expected.empty()) return false;
  return std::all_of(expected.begin(), expected.end(), [](Json const& e) {
    auto const it = e.find("subtype");
    if (it == e.end() || !it->is_string()) return false;
    auto const s = it->get<std::string>();
    return s == "integer" || s == "decimal";
  });
}

// Whether the prefiltered scan finds exactly what trying the grammar at every word finds.
bool prefilter_agrees(std::string const& input, Language lang) {
  auto const fast = scan_numbers(input, lang);
  auto const slow = figcheck::grammar::scan_numbers_unfiltered(input, lang);
  return fast == slow;
}

// Scores one file. Returns nothing when it cannot be read or parsed (message printed).
std::optional<FileScore> score_file(std::filesystem::path const& path, FileSpec const& spec,
                                    bool verbose) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "conformance: cannot read " << path.string() << "\n";
    return std::nullopt;
  }
  FileScore score;
  std::vector<std::string> failures;
  std::vector<std::string> declined;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    Json c;
    try {
      c = Json::parse(line);
    } catch (Json::exception const& e) {
      std::cerr << path.string() << ":" << line_number << ": " << e.what() << "\n";
      return std::nullopt;
    }
    auto const id = c.value("id", std::string{});
    auto const input = c.value("input", std::string{});
    auto const lang = c.value("lang", std::string{"fr"}) == "en" ? Language::en : Language::fr;
    auto const& expected_json = c.at("expected");
    bool const verified = c.contains("runs_on") && !c.at("runs_on").empty();
    bool const unverified = c.value("unverified", false);
    bool const int_dec = verified && integer_or_decimal(expected_json);

    ++score.inputs;
    if (!prefilter_agrees(input, lang)) {
      ++score.prefilter_differs;
      std::cout << "  PREFILTER " << id << ": the prefiltered scan differs from the full scan on "
                << Json(input).dump() << "\n";
    }

    auto expected = expected_items(expected_json, spec.model);
    auto got = comparable_items(input, scan_numbers(input, lang), lang, spec.model);
    sort_by_span(expected);
    sort_by_span(got);
    bool const pass =
        expected.size() == got.size() &&
        std::equal(expected.begin(), expected.end(), got.begin(),
                   [&](Item const& a, Item const& b) { return same_item(a, b, spec.model); });

    if (verified) {
      score.verified.add(pass);
      if (int_dec) score.integer_decimal.add(pass);
      if (expected_json.empty()) score.negatives.add(pass);
      std::string const tag = int_dec ? "int+dec" : expected_json.empty() ? "negative" : "other";
      std::string const detail = "[" + tag + "] " + id + "  input: " + Json(input).dump() +
                                 "\n    expected: " + describe(input, expected, spec.model) +
                                 "\n    got:      " + describe(input, got, spec.model);
      if (auto const reason = declined_reason(id); reason && pass) {
        ++score.stale_declines;
        std::cout << "  STALE " << id << " is declined in k_declined but now passes: remove it\n";
      } else if (reason) {
        ++score.declined;
        declined.push_back("  DECLINED " + detail + "\n    why:      " + std::string(*reason));
      } else if (!pass) {
        failures.push_back("  FAIL " + detail);
      }
    }
    if (unverified) score.unverified.add(pass);
  }

  char percent[32];
  std::snprintf(percent, sizeof percent, "%.1f%%", score.integer_decimal.percent());
  std::cout << spec.stem;
  if (spec.scored) {
    std::cout << "  verified integer+decimal: " << score.integer_decimal.fraction() << " ("
              << percent << ")";
  }
  std::cout << "  verified all: " << score.verified.fraction()
            << "  unverified: " << score.unverified.fraction()
            << "  negatives: " << score.negatives.fraction();
  if (score.declined > 0) std::cout << "  declined on purpose (counted as failures): " << score.declined;
  if (!spec.scored) std::cout << "  (informational)";
  std::cout << "\n";
  if (verbose) {
    for (auto const& f : failures) std::cout << f << "\n";
    for (auto const& d : declined) std::cout << d << "\n";
  }
  return score;
}

int usage() {
  std::cerr << "usage: figcheck_conformance [--verbose] [--min PERCENT] <peer-suite-folder>\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::optional<double> min_percent;
  std::optional<std::filesystem::path> folder;
  for (int i = 1; i < argc; ++i) {
    std::string_view const arg = argv[i];
    if (arg == "--verbose" || arg == "-v") {
      verbose = true;
    } else if (arg == "--min") {
      if (i + 1 >= argc) return usage();
      char* end = nullptr;
      double const p = std::strtod(argv[++i], &end);
      if (end == argv[i] || *end != '\0') return usage();
      min_percent = p;
    } else if (arg.starts_with("-") && arg.size() > 1) {
      return usage();
    } else if (!folder) {
      folder = std::filesystem::path(arg);
    } else {
      return usage();
    }
  }
  if (!folder) return usage();

  std::error_code ec;
  if (!std::filesystem::is_directory(*folder, ec)) {
    std::cout << "SKIPPED: " << folder->string()
              << " not found (the peer suite lives in ../shared, absent from a fresh clone)\n";
    return 0;
  }

  Score target;
  bool below = false;
  std::size_t inputs = 0;
  std::size_t differs = 0;
  std::size_t stale = 0;
  for (auto const& spec : k_files) {
    auto const path = *folder / (std::string(spec.stem) + ".jsonl");
    if (!spec.scored && !std::filesystem::exists(path, ec)) continue;
    auto const score = score_file(path, spec, verbose);
    if (!score) return 2;
    inputs += score->inputs;
    differs += score->prefilter_differs;
    stale += score->stale_declines;
    if (!spec.scored) continue;
    target.passed += score->integer_decimal.passed;
    target.total += score->integer_decimal.total;
    if (min_percent && score->integer_decimal.percent() < *min_percent) below = true;
  }
  std::cout << "conformance: " << target.passed << " passed, " << target.total - target.passed
            << " failed\n";
  std::cout << "prefilter: " << inputs << " inputs, " << differs
            << " where the prefiltered scan differs from the full scan\n";
  return below || differs > 0 || stale > 0 ? 1 : 0;
}
