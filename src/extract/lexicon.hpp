// Lexicons: the word lists under grammars/lexicon/ loaded at start-up into phrase tables.
// A Lexicons value owns every table; it is read-only after loading and safe to share.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.hpp"
#include "util/result.hpp"

namespace figcheck::extract {

// Splits text into the folded word tokens phrases are matched on: "l'Intérieur" -> "l'",
// "interieur"; "Nur-Sultan" -> "nur-sultan"; punctuation marks are tokens of their own.
std::vector<std::string> phrase_words(std::string_view text);

// A table of phrases keyed by their first word; each entry carries a kind and a value.
class PhraseTable {
 public:
  struct Entry {
    std::vector<std::string> words;
    std::string kind;
    std::string value;
  };
  void add(std::string_view phrase, std::string kind, std::string value);
  // Every entry whose words start at `words[at]`, longest first.
  std::vector<const Entry*> match_at(const std::vector<std::string_view>& words,
                                     std::size_t at) const;
  // The longest entry starting at `at`, optionally restricted to one kind; nullptr when none.
  const Entry* longest_at(const std::vector<std::string_view>& words, std::size_t at,
                          std::string_view kind = {}) const;
  // The longest entry that ends right before `end` (its last word is words[end - 1]).
  const Entry* longest_ending_at(const std::vector<std::string_view>& words, std::size_t end,
                                 std::string_view kind = {}) const;
  std::size_t size() const { return m_size; }

 private:
  // Looks words up by string_view without building a std::string for each lookup.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
  };
  using Index = std::unordered_map<std::string, std::vector<const Entry*>, WordHash, std::equal_to<>>;
  std::vector<std::unique_ptr<Entry>> m_storage;  // stable addresses for the indexes below
  Index m_by_first;  // longest first
  Index m_by_last;   // longest first
  std::size_t m_size = 0;
};

struct Place {
  std::string name;     // canonical
  std::string kind;     // country, nation (England, Wales...: a country within one), region, city
  std::string country;  // canonical country name
  std::string within;   // canonical name of the region it lies in (gazetteer column 5), "" when none
};

struct LanguageLexicon {
  PhraseTable metrics;  // kind: after, before, damage, whole; value: metric
  PhraseTable nouns;    // kind: people, subject, exclude; value: canonical subject
  PhraseTable sources;  // kind: according, relative, verb, same, document, pronoun, agency, time, skip
  PhraseTable status;   // kind: retracted, denied, corrected, unverified
  PhraseTable places;   // kind: locative, country, noun
  PhraseTable dates;    // kind: weekday, offset, year; value: number
  // metric -> subjects that count as "everyone" for it (deployed: soldiers)
  std::unordered_map<std::string, std::vector<std::string>> whole_subjects;
};

class Lexicons {
 public:
  // Loads <dir>/gazetteer.txt and <dir>/{fr,en}/*.txt. A malformed line is an error
  // naming path:line.
  static Result<Lexicons> load(const std::string& dir);

  const LanguageLexicon& of(Language lang) const { return m_languages[lang == Language::fr ? 0 : 1]; }
  const PhraseTable& gazetteer() const { return m_gazetteer; }  // kind: place index
  const Place& place(std::size_t index) const { return m_places[index]; }
  const Place* find_place(std::string_view canonical) const;
  const std::vector<GroupLink>& groups() const { return m_groups; }  // groups.txt
  // The places' part-of DAG from the gazetteer: each place to the region it lies in, else to its
  // country (a country is a root).
  std::vector<PlaceLink> place_links() const;

 private:
  std::array<LanguageLexicon, 2> m_languages;
  PhraseTable m_gazetteer;
  std::vector<Place> m_places;
  std::vector<GroupLink> m_groups;
};

// A hash of every file under the lexicon directory (paths and contents): what an extraction
// depends on besides figcheck itself. "" when the directory cannot be read.
std::string lexicon_signature(const std::string& dir);

// Where the default lexicon lives: $FIGCHECK_LEXICON, else grammars/lexicon next to the
// executable's parent directory, else the source tree figcheck was built from.
std::string default_lexicon_dir(const std::string& argv0);

}  // namespace figcheck::extract
