// figcheck_eval: precision and recall of the claim extractor on a hand-annotated evaluation set.
//
//   figcheck_eval [--verbose] [--min-precision P] [--min-recall R] [--min-place A] [--lexicon DIR]
//                 [--against DIR] <eval-folder>
//
// With --against DIR, the claims compared with the expected ones are not extracted: they are read
// from DIR/<slug>.jsonl, a second annotation of the same articles in the same format. The figures
// are then the agreement between two annotators: a ceiling for what the extractor can score.
//
// <eval-folder> holds articles/<slug>.txt and expected/<slug>.jsonl, one expected claim a line:
//   {"metric", "low", "high", "kind", "subject", "place", "date", "source", "status", "quote"}
// (tests/eval/README.md says how they were written). Each article is read and its claims
// extracted exactly as `figcheck claims` does.
//
// Matching, per article: an expected claim and an extracted claim match on (metric, value) when
// the metric is the same and both bounds are equal (an open side equals an open side). Where
// several extracted claims could match, the one whose quote overlaps the expected quote's place in
// the article wins, then the first. Each claim matches at most once.
//   - (metric, value): precision = matched / extracted, recall = matched / expected.
//   - source, place, and the extras subject, date, status: over the matched pairs. A pair is a
//     true positive when the expected field is set and equal; a false positive when the extracted
//     field is set and differs; a false negative when the expected one is set and the extracted
//     one is not equal. Sources are compared folded (case, a leading article, apostrophes), and
//     a name equals a longer one that starts with it word for word ("ministère" and "ministère
//     de l'Intérieur", "bureau" and "Bureau of Jail Management"): the same body named shorter,
//     as figcheck itself treats repeated sources. So does a lower-case description and the name
//     it shortens (util::shortens: "agency" and "Lagos State Emergency Management Agency",
//     "ministry" and "Home Ministry"), which figcheck resolves to the name given earlier.
//     Places are compared as places: two names are the same place when they are equal folded
//     (case, accents: "Ménaka" and "Menaka") or name the same gazetteer entry ("DR Congo" and
//     "Democratic Republic of the Congo"), since the annotators write a name as the text or the
//     news spells it and the extractor writes the gazetteer's.
//
// Exit: 0; 1 when --min-precision or --min-recall is given and the (metric, value), source or
// place figures fall below it (place agreement against --min-place instead, when given); 2 on
// usage or input errors.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/extract.hpp"
#include "ingest/ingest.hpp"
#include "util/text.hpp"

namespace {

namespace fs = std::filesystem;
using figcheck::Claim;
using Json = nlohmann::json;

struct Expected {
  std::string metric;
  std::optional<double> low;
  std::optional<double> high;
  std::string subject;
  std::string place;
  std::string date;
  std::string source;
  std::string status;
  std::string quote;
  std::size_t line = 0;  // in the expected file
};

struct Tally {
  std::size_t tp = 0;
  std::size_t fp = 0;
  std::size_t fn = 0;
  double precision() const { return tp + fp == 0 ? 100.0 : 100.0 * static_cast<double>(tp) / static_cast<double>(tp + fp); }
  double recall() const { return tp + fn == 0 ? 100.0 : 100.0 * static_cast<double>(tp) / static_cast<double>(tp + fn); }
};

std::string text_or_empty(Json const& j, char const* key);
std::optional<double> number_or_none(Json const& j, char const* key);

// One annotation file: every claim, in order; a message naming the file and line when one is bad.
std::optional<std::string> read_expected(fs::path const& path, std::vector<Expected>& out) {
  std::ifstream in(path);
  if (!in) return path.string() + ": cannot read (every article needs one)";
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      Json const j = Json::parse(line);
      Expected e;
      e.metric = text_or_empty(j, "metric");
      e.low = number_or_none(j, "low");
      e.high = number_or_none(j, "high");
      e.subject = text_or_empty(j, "subject");
      e.place = text_or_empty(j, "place");
      e.date = text_or_empty(j, "date");
      e.source = text_or_empty(j, "source");
      e.status = text_or_empty(j, "status");
      e.quote = text_or_empty(j, "quote");
      e.line = n;
      out.push_back(std::move(e));
    } catch (std::exception const& error) {
      return path.string() + ":" + std::to_string(n) + ": " + error.what();
    }
  }
  return std::nullopt;
}

// A second annotator's claim, as if extracted: its quote located in the article.
Claim as_claim(Expected const& e, std::string const& text) {
  Claim c;
  c.metric = e.metric;
  c.value.low = e.low;
  c.value.high = e.high;
  c.subject = e.subject;
  c.place = e.place;
  c.source = e.source;
  c.quote = e.quote;
  c.status = figcheck::claim_status_from_string(e.status).value_or(figcheck::ClaimStatus::reported);
  if (e.date.size() >= 4) {
    c.date.year = std::atoi(e.date.substr(0, 4).c_str());
    if (e.date.size() == 10) {
      c.date.month = std::atoi(e.date.substr(5, 2).c_str());
      c.date.day = std::atoi(e.date.substr(8, 2).c_str());
    }
  }
  if (auto const at = e.quote.empty() ? std::string::npos : text.find(e.quote); at != std::string::npos) {
    c.span.start = at;
    c.span.end = at + e.quote.size();
  }
  return c;
}

std::string text_or_empty(Json const& j, char const* key) {
  auto const it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_string()) throw std::runtime_error(std::string("'") + key + "' is not a string");
  return it->get<std::string>();
}

std::optional<double> number_or_none(Json const& j, char const* key) {
  auto const it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) throw std::runtime_error(std::string("'") + key + "' is not a number");
  return it->get<double>();
}

bool same_bound(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return std::fabs(*a - *b) <= 1e-6 * std::max({1.0, std::fabs(*a), std::fabs(*b)});
}

// Lower case (ASCII), typographic apostrophes made plain, commas made spaces, a leading article
// dropped, spaces squeezed: "Le ministère de l’Intérieur" and "ministère de l'Intérieur" compare equal.
std::string fold_source(std::string s) {
  for (std::string::size_type at; (at = s.find("\xE2\x80\x99")) != std::string::npos;) s.replace(at, 3, "'");
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ',') c = ' ';  // "local MP, Jenny Waim" starts with "local MP" word for word
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (std::string_view article : {"le ", "la ", "les ", "l'", "the "}) {
    if (out.starts_with(article)) {
      out.erase(0, article.size());
      break;
    }
  }
  return out;
}

// The gazetteer entry `name` spells in full, if any.
std::optional<std::size_t> gazetteer_entry(figcheck::extract::Lexicons const& lexicons, std::string const& name) {
  std::vector<std::string> const words = figcheck::extract::phrase_words(name);
  std::vector<std::string_view> const views(words.begin(), words.end());
  auto const* entry = lexicons.gazetteer().longest_at(views, 0);
  if (entry == nullptr || entry->words.size() != words.size()) return std::nullopt;
  return std::stoul(entry->value);
}

// Two names of one place (see the header).
bool same_place(figcheck::extract::Lexicons const& lexicons, std::string const& a, std::string const& b) {
  if (figcheck::util::fold(a) == figcheck::util::fold(b)) return true;
  auto const x = gazetteer_entry(lexicons, a);
  return x && x == gazetteer_entry(lexicons, b);
}

void count_field(Tally& t, std::string const& expected, std::string const& got) {
  if (!expected.empty() && expected == got) {
    ++t.tp;
    return;
  }
  if (!got.empty()) ++t.fp;
  if (!expected.empty()) ++t.fn;
}

std::string describe(Claim const& c) {
  std::ostringstream out;
  out << c.metric << " ";
  out << (c.value.low ? std::to_string(*c.value.low) : "-inf") << ".." << (c.value.high ? std::to_string(*c.value.high) : "inf");
  out << " [" << c.subject << "; " << c.place << "; " << c.date.iso() << "; " << c.source << "; "
      << figcheck::to_string(c.status) << "] \"" << c.quote << "\"";
  return out.str();
}

std::string describe(Expected const& e) {
  std::ostringstream out;
  out << e.metric << " " << (e.low ? std::to_string(*e.low) : "-inf") << ".." << (e.high ? std::to_string(*e.high) : "inf")
      << " [" << e.subject << "; " << e.place << "; " << e.date << "; " << e.source << "; " << e.status << "] \""
      << e.quote << "\"";
  return out.str();
}

int usage() {
  std::cerr << "usage: figcheck_eval [--verbose] [--min-precision P] [--min-recall R] [--min-place A] [--lexicon DIR] "
               "[--against DIR] <eval-folder>\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::optional<double> min_precision;
  std::optional<double> min_recall;
  std::optional<double> min_place;  // place agreement, when it has its own floor
  std::string lexicon_dir = std::string(FIGCHECK_SOURCE_DIR) + "/grammars/lexicon";
  std::optional<fs::path> folder;
  std::optional<fs::path> against;  // a second annotation to compare with, instead of extracting
  for (int i = 1; i < argc; ++i) {
    std::string const arg = argv[i];
    auto number = [&](std::optional<double>& into) {
      if (i + 1 >= argc) return false;
      try {
        into = std::stod(argv[++i]);
      } catch (std::exception const&) {
        return false;
      }
      return true;
    };
    if (arg == "--verbose") {
      verbose = true;
    } else if (arg == "--min-place") {
      if (!number(min_place)) return usage();
    } else if (arg == "--min-precision") {
      if (!number(min_precision)) return usage();
    } else if (arg == "--min-recall") {
      if (!number(min_recall)) return usage();
    } else if (arg == "--lexicon" && i + 1 < argc) {
      lexicon_dir = argv[++i];
    } else if (arg == "--against" && i + 1 < argc) {
      against = fs::path(argv[++i]);
    } else if (arg.starts_with("--") || folder) {
      return usage();
    } else {
      folder = arg;
    }
  }
  if (!folder) return usage();
  auto lexicons = figcheck::extract::Lexicons::load(lexicon_dir);
  if (!lexicons) {
    std::cerr << "figcheck_eval: " << lexicons.error() << "\n";
    return 2;
  }
  std::vector<fs::path> articles;
  std::error_code ec;
  for (auto const& entry : fs::directory_iterator(*folder / "articles", ec)) {
    if (entry.path().extension() == ".txt") articles.push_back(entry.path());
  }
  if (ec || articles.empty()) {
    std::cerr << "figcheck_eval: no articles in " << (*folder / "articles").string() << "\n";
    return 2;
  }
  std::sort(articles.begin(), articles.end());

  Tally value, source, place, subject, date, status;
  std::size_t compared = 0;  // articles
  std::map<std::string, Tally> by_language;
  std::size_t expected_total = 0;
  std::size_t extracted_total = 0;
  for (auto const& article : articles) {
    auto const slug = article.stem().string();
    auto const expected_path = *folder / "expected" / (slug + ".jsonl");
    // (With --against, only the articles the second annotator did.)
    if (against && !fs::exists(*against / (slug + ".jsonl"))) continue;
    ++compared;
    std::vector<Expected> expected;
    if (auto const problem = read_expected(expected_path, expected)) {
      std::cerr << "figcheck_eval: " << *problem << "\n";
      return 2;
    }

    figcheck::ingest::Batch batch = figcheck::ingest::read_paths({article.string()});
    for (auto const& problem : batch.problems) std::cerr << problem.path << ": " << problem.message << "\n";
    if (batch.documents.empty()) return 2;
    figcheck::Document& doc = batch.documents.front();
    std::vector<Claim> claims;
    if (against) {
      std::vector<Expected> second;
      if (auto const problem = read_expected(*against / (slug + ".jsonl"), second)) {
        std::cerr << "figcheck_eval: " << *problem << "\n";
        return 2;
      }
      for (auto const& e : second) claims.push_back(as_claim(e, doc.text));
    } else {
      claims = figcheck::extract::extract_claims(doc, lexicons.value());
    }
    std::string const language{figcheck::to_string(doc.language)};
    expected_total += expected.size();
    extracted_total += claims.size();

    std::vector<bool> used(claims.size(), false);
    std::vector<std::string> report;
    for (auto const& e : expected) {
      auto const at = e.quote.empty() ? std::string::npos : doc.text.find(e.quote);
      std::optional<std::size_t> best;
      for (std::size_t i = 0; i < claims.size(); ++i) {
        Claim const& c = claims[i];
        if (used[i] || c.metric != e.metric || !same_bound(c.value.low, e.low) || !same_bound(c.value.high, e.high)) continue;
        bool const overlaps = at != std::string::npos && c.span.start < at + e.quote.size() && at < c.span.end;
        if (!best || (overlaps && !(claims[*best].span.start < at + e.quote.size() && at < claims[*best].span.end))) best = i;
        if (overlaps) break;
      }
      if (!best) {
        ++value.fn;
        ++by_language[language].fn;
        report.push_back("  MISSED    " + describe(e));
        continue;
      }
      used[*best] = true;
      ++value.tp;
      ++by_language[language].tp;
      Claim const& c = claims[*best];
      std::string const expected_source = fold_source(e.source);
      std::string const got_source = fold_source(c.source);
      // A source named shorter counts as the same one (see the header).
      bool const same_source = figcheck::util::same_or_word_prefix(expected_source, got_source) ||
                               figcheck::util::shortens(e.source, c.source) ||
                               figcheck::util::shortens(c.source, e.source);
      count_field(source, expected_source, same_source ? expected_source : got_source);
      std::string const got_place = same_place(lexicons.value(), e.place, c.place) ? e.place : c.place;
      count_field(place, e.place, got_place);
      count_field(subject, e.subject, c.subject);
      count_field(date, e.date, c.date.iso());
      count_field(status, e.status, std::string(figcheck::to_string(c.status)));
      std::string wrong;
      if (!same_source) wrong += " source '" + c.source + "' not '" + e.source + "';";
      if (e.place != got_place) wrong += " place '" + c.place + "' not '" + e.place + "';";
      if (e.subject != c.subject) wrong += " subject '" + c.subject + "' not '" + e.subject + "';";
      if (e.date != c.date.iso()) wrong += " date '" + c.date.iso() + "' not '" + e.date + "';";
      if (e.status != figcheck::to_string(c.status)) wrong += " status '" + std::string(figcheck::to_string(c.status)) + "' not '" + e.status + "';";
      if (!wrong.empty()) report.push_back("  FIELDS    " + describe(e) + "\n           " + wrong);
    }
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (used[i]) continue;
      ++value.fp;
      ++by_language[language].fp;
      report.push_back("  EXTRA     " + describe(claims[i]));
    }
    if (verbose && !report.empty()) {
      std::cout << slug << ":\n";
      for (auto const& r : report) std::cout << r << "\n";
    }
  }

  auto print = [](char const* name, Tally const& t) {
    std::printf("%-16s precision %5.1f%% (%zu/%zu)  recall %5.1f%% (%zu/%zu)\n", name, t.precision(), t.tp,
                t.tp + t.fp, t.recall(), t.tp, t.tp + t.fn);
  };
  if (against) {
    std::printf("agreement: %zu articles, %zu claims in the first annotation, %zu in the second (%s)\n", compared,
                expected_total, extracted_total, against->string().c_str());
  } else {
    std::printf("evaluation: %zu articles, %zu expected claims, %zu extracted\n", compared, expected_total,
                extracted_total);
  }
  print("metric+value", value);
  for (auto const& [language, t] : by_language) print(("  " + language).c_str(), t);
  print("source", source);
  print("place", place);
  std::printf("(over the matched claims; not targets)\n");
  print("subject", subject);
  print("date", date);
  print("status", status);

  bool below = false;
  for (Tally const* t : {&value, &source, &place}) {
    if (t == &place && min_place) {
      if (t->precision() < *min_place) below = true;
      continue;
    }
    if (min_precision && t->precision() < *min_precision) below = true;
    if (min_recall && t->recall() < *min_recall) below = true;
  }
  return below ? 1 : 0;
}
