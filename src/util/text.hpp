// Text helpers that depend on nothing else in the project: UTF-8 checks and decoding,
// accent folding for matching words, line/column maps, trimming and splitting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace figcheck::util {

// The first invalid UTF-8 sequence's byte offset, or npos when `text` is valid.
std::size_t find_invalid_utf8(std::string_view text);

// Replaces each invalid sequence by U+FFFD; returns how many were replaced.
std::size_t repair_utf8(std::string& text);

// Decodes the code point at `pos` (valid UTF-8 assumed) and advances `pos` past it.
char32_t decode_utf8(std::string_view text, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);

bool is_letter(char32_t cp);  // Latin letters with diacritics included
bool is_digit(char32_t cp);
bool is_space(char32_t cp);   // ASCII white space, no-break and thin spaces, zero-width space, BOM

// Lowercase and strip the accents of Latin letters, keep other characters; typographic
// apostrophes become "'". Used to match words against lexicons: "Arrêtées" -> "arretees".
std::string fold(std::string_view text);

// Byte offsets at which each line starts (line 1 starts at 0).
std::vector<std::size_t> line_starts(std::string_view text);

struct Position {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in code points
};
Position position_of(std::string_view text, const std::vector<std::size_t>& starts,
                     std::size_t offset);

// Where each byte of a text derived from a source came from: (text offset, source offset) pairs
// in increasing text offset; the bytes after an anchor, up to the next one, map one to one (an
// HTML page's article text, a JSON string's decoded value).
using Anchors = std::vector<std::pair<std::size_t, std::size_t>>;
// The source offset text offset `offset` came from: the last anchor at or before it, plus the
// distance; `offset` itself when there is none.
std::size_t anchored_offset(const Anchors& anchors, std::size_t offset);

std::string_view trim(std::string_view text);
// Collapses runs of white space (including no-break spaces) to one ASCII space.
std::string squeeze_spaces(std::string_view text);

// Whether two non-empty names are the same, or one is the other's start, word for word:
// "présidence" and "présidence kazakhe", "ministère" and "ministère de l'Intérieur".
bool same_or_word_prefix(std::string_view a, std::string_view b);

// A name written in capitals as a reader writes it: "LA ROCHE-SUR-YON" -> "La Roche-sur-Yon",
// "SAINT-ÉTIENNE" -> "Saint-Étienne" (Latin-1 letters included). Words already in mixed case stay.
std::string title_case(std::string_view name);

// Whether `description`, one to three lower-case words ("agency", "health ministry"), shortens
// `name`: its words, compared folded, end the name or come right before a capitalised name or a
// parenthesis ("Nepal's Home Ministry", "Guatemala's disaster agency Conred"), and the name is
// longer. Sources are compared this way by the extractor and the evaluation.
bool shortens(std::string_view description, std::string_view name);

// A figure for a reader: whole numbers without decimals ("7989"), others with `digits`
// significant digits ("1.8e+06" stays rare: whole millions print in full).
std::string format_number(double value, int digits);

// Hex digest of a 64-bit FNV-1a hash; enough to tell whether a file changed.
std::string content_hash(std::string_view bytes);

}  // namespace figcheck::util
