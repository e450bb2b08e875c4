// The scanner's prefilter: where in a text the number grammar is worth trying.
//
// Trying the X3 parser costs a fraction of a microsecond even when it fails at once, and nearly
// every word of a text fails, so scan_numbers() asks Candidates first and parses only where it
// says a figure may start. scan_numbers_unfiltered() tries the grammar at every word start and
// every sign instead: it must return exactly the same quantities on every input, only slower.
// Tests, the conformance tool and figcheck_bench_numbers --check compare the two.
#pragma once

#include <string_view>
#include <vector>

#include "grammars/number/ast.hpp"

namespace figcheck::grammar {

std::vector<ast::Quantity> scan_numbers_unfiltered(std::string_view text, Language lang);

namespace detail {

class Leads;   // the lead automaton of one language (prefilter.cpp)
struct Masks;  // a block of text as bit masks (prefilter.cpp)

// Finds, left to right, the positions of a text where a figure may start. Requires the text to
// outlive it; cheap to construct (the tables behind it are built once per process, thread-safely).
class Candidates {
 public:
  // filtered: where a figure may start (scan_numbers); every_word: at every word start and
  // sign (scan_numbers_unfiltered).
  enum class Mode { filtered, every_word };
  // blocks: 64 bytes at a time with SSE2 where the machine has it; bytes: a byte at a time, as
  // on machines without SSE2 (tests compare the two).
  enum class Search { blocks, bytes };

  Candidates(std::string_view text, Language lang, Mode mode, Search search = Search::blocks);

  // A place where a figure may start.
  struct Place {
    char const* at = nullptr;      // nullptr: there is none left
    char const* resume = nullptr;  // where the search goes on when no figure starts at `at`
    bool lone_one = false;         // a word "un", "une", "one" that leads to no figure: only
                                   // the lone_one reading (class article) can hold, not the grammar
    bool operator==(Place const&) const = default;
  };

  // The first place at or after `from` where the grammar should be tried.
  Place next(char const* from) const;

 private:
  enum class Open { no, grammar, lone_one };
  Open may_open(char const* word, char const* word_end, Masks const* masks) const;
  Place next_by_bytes(char const* from) const;
  Place next_by_blocks(char const* from) const;

  char const* m_begin;
  char const* m_end;
  Leads const* m_leads;
  Mode m_mode;
  Search m_search;
};

}  // namespace detail
}  // namespace figcheck::grammar
