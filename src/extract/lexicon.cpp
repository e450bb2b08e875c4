#include "extract/lexicon.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/topological_sort.hpp>
#include <set>
#include <sstream>

#include "extract/tokens.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

#ifndef FIGCHECK_SOURCE_DIR
#define FIGCHECK_SOURCE_DIR "."
#endif

namespace figcheck::extract {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.emplace_back(util::trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

// Reads a TAB-separated lexicon file; calls `row(fields, line_number)` for each entry, which
// returns an error message or "" when the row is fine.
template <typename Row>
Status read_table(const fs::path& path, std::size_t min_fields, Row row) {
  std::ifstream in(path);
  if (!in) return Status::error(path.string() + ": cannot open lexicon file");
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string_view content = util::trim(line);
    if (content.empty() || content.front() == '#') continue;
    if (util::find_invalid_utf8(line) != std::string::npos) {
      return Status::error(path.string() + ":" + std::to_string(number) + ": invalid UTF-8");
    }
    const std::vector<std::string> fields = split_tabs(line);
    if (fields.size() < min_fields) {
      return Status::error(path.string() + ":" + std::to_string(number) + ": expected " +
                           std::to_string(min_fields) + " TAB-separated fields, found " +
                           std::to_string(fields.size()));
    }
    if (std::string message = row(fields); !message.empty()) {
      return Status::error(path.string() + ":" + std::to_string(number) + ": " + message);
    }
  }
  return Status::ok();
}

std::string check_kind(const std::string& kind, std::initializer_list<std::string_view> allowed) {
  for (const std::string_view k : allowed) {
    if (kind == k) return {};
  }
  std::string message = "unknown kind '" + kind + "' (expected one of:";
  for (const std::string_view k : allowed) message += " " + std::string(k);
  return message + ")";
}

}  // namespace

std::vector<std::string> phrase_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t previous_end = std::string_view::npos;
  bool previous_word = false;
  for (Token& token : tokenize(text, 0, text.size(), {})) {
    if (token.kind == TokenKind::newline) continue;
    // An elided word at the end of a phrase ("l'", "d'") keeps its apostrophe, as it does in
    // running text before the next word ("l'agence" -> "l'", "agence").
    if (token.kind == TokenKind::punct && token.folded == "'" && previous_word && token.start == previous_end) {
      words.back() += '\'';
      previous_word = false;
      continue;
    }
    previous_word = token.kind == TokenKind::word;
    previous_end = token.end;
    words.push_back(std::move(token.folded));
  }
  return words;
}

void PhraseTable::add(std::string_view phrase, std::string kind, std::string value) {
  std::vector<std::string> words = phrase_words(phrase);
  if (words.empty()) return;
  m_storage.push_back(std::make_unique<Entry>(Entry{std::move(words), std::move(kind), std::move(value)}));
  const Entry* entry = m_storage.back().get();
  const auto longer_first = [](const Entry* a, const Entry* b) { return a->words.size() > b->words.size(); };
  auto& first = m_by_first[entry->words.front()];
  first.insert(std::upper_bound(first.begin(), first.end(), entry, longer_first), entry);
  auto& last = m_by_last[entry->words.back()];
  last.insert(std::upper_bound(last.begin(), last.end(), entry, longer_first), entry);
  ++m_size;
}

std::vector<const PhraseTable::Entry*> PhraseTable::match_at(
    const std::vector<std::string_view>& words, std::size_t at) const {
  std::vector<const Entry*> found;
  if (at >= words.size()) return found;
  const auto it = m_by_first.find(words[at]);
  if (it == m_by_first.end()) return found;
  for (const Entry* entry : it->second) {
    if (at + entry->words.size() > words.size()) continue;
    if (std::equal(entry->words.begin(), entry->words.end(),
                   words.begin() + static_cast<std::ptrdiff_t>(at))) {
      found.push_back(entry);
    }
  }
  return found;
}

const PhraseTable::Entry* PhraseTable::longest_at(const std::vector<std::string_view>& words,
                                                  std::size_t at, std::string_view kind) const {
  // (As match_at, without building the list: the extractor asks this for most words of a text.)
  if (at >= words.size()) return nullptr;
  const auto it = m_by_first.find(words[at]);
  if (it == m_by_first.end()) return nullptr;
  for (const Entry* entry : it->second) {
    if (at + entry->words.size() > words.size() || (!kind.empty() && entry->kind != kind)) continue;
    if (std::equal(entry->words.begin(), entry->words.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) {
      return entry;
    }
  }
  return nullptr;
}

const PhraseTable::Entry* PhraseTable::longest_ending_at(
    const std::vector<std::string_view>& words, std::size_t end, std::string_view kind) const {
  if (end == 0 || end > words.size()) return nullptr;
  const auto it = m_by_last.find(words[end - 1]);
  if (it == m_by_last.end()) return nullptr;
  for (const Entry* entry : it->second) {
    const std::size_t n = entry->words.size();
    if (n > end) continue;
    if (!kind.empty() && entry->kind != kind) continue;
    if (std::equal(entry->words.begin(), entry->words.end(),
                   words.begin() + static_cast<std::ptrdiff_t>(end - n))) {
      return entry;
    }
  }
  return nullptr;
}

const Place* Lexicons::find_place(std::string_view canonical) const {
  for (const Place& place : m_places) {
    if (place.name == canonical) return &place;
  }
  return nullptr;
}

namespace {
// The French auxiliaries whose compound tenses a metric cue covers together.
constexpr std::array<std::string_view, 6> k_auxiliaries{"a", "ont", "avait", "avaient", "aurait", "auraient"};
// Whether the edges (from, to) between names form a DAG.
bool is_dag(const std::vector<std::pair<std::string, std::string>>& edges) {
  std::map<std::string, std::size_t> vertex;
  const auto vertex_of = [&](const std::string& name) { return vertex.emplace(name, vertex.size()).first->second; };
  std::vector<std::pair<std::size_t, std::size_t>> numbered;
  for (const auto& [from, to] : edges) numbered.emplace_back(vertex_of(from), vertex_of(to));
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> dag(vertex.size());
  for (const auto& [from, to] : numbered) boost::add_edge(from, to, dag);
  std::vector<std::size_t> order;
  try {
    boost::topological_sort(dag, std::back_inserter(order));
  } catch (const boost::not_a_dag&) {
    return false;
  }
  return true;
}

}  // namespace

Result<Lexicons> Lexicons::load(const std::string& dir) {
  Lexicons lex;
  const fs::path root(dir);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    return Status::error(dir + ": lexicon directory not found (use --lexicon DIR)");
  }
  Status status = read_table(root / "gazetteer.txt", 4, [&](const std::vector<std::string>& f) {
    if (std::string m = check_kind(f[1], {"country", "nation", "region", "city"}); !m.empty()) return m;
    const std::size_t index = lex.m_places.size();
    lex.m_places.push_back(Place{f[0], f[1], f[2], f.size() > 4 ? f[4] : std::string()});
    std::size_t start = 0;
    while (start <= f[3].size()) {
      std::size_t bar = f[3].find('|', start);
      if (bar == std::string::npos) bar = f[3].size();
      const std::string name(util::trim(std::string_view(f[3]).substr(start, bar - start)));
      if (!name.empty()) lex.m_gazetteer.add(name, f[1], std::to_string(index));
      start = bar + 1;
    }
    return std::string();
  });
  if (!status) return status;

  // A place lies within a place of the gazetteer, of the same country.
  for (const Place& place : lex.m_places) {
    if (place.within.empty()) continue;
    const Place* region = lex.find_place(place.within);
    if (region == nullptr || region->country != place.country || region->name == place.name) {
      return Status::error((root / "gazetteer.txt").string() + ": " + place.name + " lies within '" + place.within +
                           "', which is no other place of the gazetteer in " + place.country);
    }
  }

  status = read_table(root / "groups.txt", 3, [&](const std::vector<std::string>& f) {
    if (f[0] == f[1]) return std::string("a group cannot lie within itself");
    lex.m_groups.push_back(GroupLink{f[0], f[1], f[2]});
    return std::string();
  });
  if (!status) return status;
  // The groups, and the places, must each form a DAG: a group or a place within itself, however
  // far round, is an error.
  std::vector<std::pair<std::string, std::string>> group_edges;
  for (const GroupLink& link : lex.m_groups) group_edges.emplace_back(link.group, link.within);
  if (!is_dag(group_edges)) {
    return Status::error((root / "groups.txt").string() + ": the groups form a cycle (a group lies within itself)");
  }
  std::vector<std::pair<std::string, std::string>> place_edges;
  for (const PlaceLink& link : lex.place_links()) place_edges.emplace_back(link.place, link.within);
  if (!is_dag(place_edges)) {
    return Status::error((root / "gazetteer.txt").string() + ": the places form a cycle (a place lies within itself)");
  }

  for (const Language lang : {Language::fr, Language::en}) {
    LanguageLexicon& l = lex.m_languages[lang == Language::fr ? 0 : 1];
    const fs::path folder = root / std::string(to_string(lang));
    const auto two = [](PhraseTable& table, std::initializer_list<std::string_view> kinds) {
      return [&table, kinds](const std::vector<std::string>& f) {
        if (std::string m = check_kind(f[0], kinds); !m.empty()) return m;
        table.add(f[1], f[0], {});
        return std::string();
      };
    };
    // A French verb cue in a compound tense stands for all of them: "a tué" is also "ont tué",
    // "avait tué", "avaient tué", "aurait tué", "auraient tué".
    std::set<std::pair<std::string, std::string>> written;  // (phrase words, metric) of "before" cues
    std::vector<std::pair<std::string, std::string>> tenses;
    status = read_table(folder / "metrics.txt", 3, [&](const std::vector<std::string>& f) {
      if (std::string m = check_kind(f[1], {"after", "before", "damage", "whole", "part", "toll", "default"}); !m.empty()) return m;
      if (f[1] == "whole") {
        l.whole_subjects[f[0]].push_back(f[2]);
        return std::string();
      }
      l.metrics.add(f[2], f[1], f[0]);
      if (lang == Language::fr && f[1] == "before") {
        const std::vector<std::string> words = phrase_words(f[2]);
        std::string rest;
        for (std::size_t i = 1; i < words.size(); ++i) rest += " " + words[i];
        written.emplace(words.empty() ? std::string() : words.front() + rest, f[0]);
        if (words.size() > 1 && std::ranges::find(k_auxiliaries, words.front()) != k_auxiliaries.end()) {
          for (const std::string_view aux : k_auxiliaries) tenses.emplace_back(std::string(aux) + rest, f[0]);
        }
      }
      return std::string();
    });
    if (!status) return status;
    for (auto& [phrase, metric] : tenses) {
      if (written.emplace(phrase, metric).second) l.metrics.add(phrase, "before", metric);
    }
    status = read_table(folder / "nouns.txt", 3, [&](const std::vector<std::string>& f) {
      if (std::string m = check_kind(f[0], {"people", "subject", "exclude"}); !m.empty()) return m;
      l.nouns.add(f[2], f[0], f[1] == "-" ? std::string() : f[1]);
      return std::string();
    });
    if (!status) return status;
    status = read_table(folder / "sources.txt", 2,
                        two(l.sources, {"according", "relative", "verb", "count", "same", "document",
                                        "pronoun", "agency", "time", "skip", "none", "body"}));
    if (!status) return status;
    status = read_table(folder / "status.txt", 2,
                        two(l.status, {"retracted", "denied", "corrected", "unverified", "refers"}));
    if (!status) return status;
    status = read_table(folder / "places.txt", 2, two(l.places, {"locative", "country", "noun", "event"}));
    if (!status) return status;
    status = read_table(folder / "dates.txt", 3, [&](const std::vector<std::string>& f) {
      if (std::string m = check_kind(f[0], {"weekday", "offset", "year", "years"}); !m.empty()) return m;
      l.dates.add(f[2], f[0], f[1]);
      return std::string();
    });
    if (!status) return status;
  }
  return lex;
}

std::vector<PlaceLink> Lexicons::place_links() const {
  std::vector<PlaceLink> links;
  for (const Place& place : m_places) {
    if (!place.within.empty()) {
      links.push_back(PlaceLink{place.name, place.within});
    } else if (place.kind != "country" && place.name != place.country) {
      links.push_back(PlaceLink{place.name, place.country});
    }
  }
  return links;
}

std::string lexicon_signature(const std::string& dir) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) return {};
  std::sort(files.begin(), files.end());
  std::string all;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    all += fs::relative(file, dir, ec).generic_string() + '\0' + content.str() + '\0';
  }
  return util::content_hash(all);
}

std::string default_lexicon_dir(const std::string& argv0) {
  return util::data_dir("FIGCHECK_LEXICON", argv0, "grammars/lexicon", FIGCHECK_SOURCE_DIR);
}

}  // namespace figcheck::extract
