#include "util/text.hpp"

#include <vector>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace figcheck::util {
namespace {

// Length of the valid UTF-8 sequence starting at `pos`, or 0 when it is invalid.
std::size_t valid_sequence_length(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  char32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, min = 0x10000;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  char32_t cp = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char c = byte(pos + i);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

// Folding table for U+00C0..U+017F: the base letter, lowercase; '?' keeps the character
// (generated from Unicode's canonical decompositions).
char fold_latin(char32_t cp) {
  static constexpr std::string_view k_latin1 =
      "aaaaaa?ceeeeiiii?nooooo??uuuuy??aaaaaa?ceeeeiiii?nooooo??uuuuy?y";
  static constexpr std::string_view k_extended_a =
      "aaaaaaccccccccdd??eeeeeeeeeegggggggghh??iiiiiiiii???jjkk?llllll????nnnnnn???oooooo??"
      "rrrrrrsssssssstttt??uuuuuuuuuuuuwwyyyzzzzzz?";
  char base = 0;
  if (cp >= 0xC0 && cp <= 0xFF) base = k_latin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) base = k_extended_a[cp - 0x100];
  if (cp == 0xD0 || cp == 0xF0 || cp == 0x110 || cp == 0x111) base = 'd';
  if (cp == 0xD8 || cp == 0xF8) base = 'o';
  if (cp == 0x141 || cp == 0x142) base = 'l';
  return base == '?' ? 0 : base;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    // (ASCII, most of any text, eight bytes at a time.)
    if (std::uint64_t word = 0; pos + 8 <= text.size()) {
      std::memcpy(&word, text.data() + pos, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
    }
    const std::size_t length = valid_sequence_length(text, pos);
    if (length == 0) return pos;
    pos += length;
  }
  return std::string_view::npos;
}

std::size_t repair_utf8(std::string& text) {
  if (find_invalid_utf8(text) == std::string_view::npos) return 0;
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t replaced = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t length = valid_sequence_length(text, pos);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++replaced;
      ++pos;
    } else {
      out.append(text, pos, length);
      pos += length;
    }
  }
  text = std::move(out);
  return replaced;
}

char32_t decode_utf8(std::string_view text, std::size_t& pos) {
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  length = std::min(length, text.size() - pos);
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  }
  pos += length;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_letter(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  return (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x4FF);
}

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x200B || cp == 0xFEFF;
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      ++pos;
      continue;
    }
    const std::size_t before = pos;
    const char32_t cp = decode_utf8(text, pos);
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
      out += '\'';
    } else if (cp == 0x152 || cp == 0x153) {
      out += "oe";
    } else if (cp == 0xC6 || cp == 0xE6) {
      out += "ae";
    } else if (cp == 0xDF) {
      out += "ss";
    } else if (const char base = fold_latin(cp); base != 0) {
      out += base;
    } else {
      out.append(text.substr(before, pos - before));
    }
  }
  return out;
}

std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

Position position_of(std::string_view text, const std::vector<std::size_t>& starts,
                     std::size_t offset) {
  offset = std::min(offset, text.size());
  const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(it - starts.begin()) - 1;
  std::size_t column = 1;
  std::size_t pos = starts[line_index];
  if (line_index == 0 && text.starts_with("\xEF\xBB\xBF") && offset >= 3) pos = 3;  // byte order mark
  while (pos < offset) {
    decode_utf8(text, pos);
    ++column;
  }
  return Position{line_index + 1, column};
}

std::size_t anchored_offset(const Anchors& anchors, std::size_t offset) {
  const auto after = std::upper_bound(anchors.begin(), anchors.end(), offset,
                                      [](std::size_t value, const auto& anchor) { return value < anchor.first; });
  if (after == anchors.begin()) return offset;
  const auto& anchor = *std::prev(after);
  return anchor.second + (offset - anchor.first);
}

std::string_view trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end) {
    std::size_t pos = begin;
    if (!is_space(decode_utf8(text, pos))) break;
    begin = pos;
  }
  while (end > begin) {
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    if (!is_space(decode_utf8(text, pos))) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

std::string squeeze_spaces(std::string_view text) {
  std::string out;
  bool in_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t before = pos;
    const char32_t cp = decode_utf8(text, pos);
    if (is_space(cp)) {
      in_space = true;
      continue;
    }
    if (in_space && !out.empty()) out += ' ';
    in_space = false;
    out.append(text.substr(before, pos - before));
  }
  return out;
}

bool same_or_word_prefix(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  return longer.starts_with(shorter) && longer[shorter.size()] == ' ';
}

std::string title_case(std::string_view name) {
  std::string out(name);
  bool has_lower = false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'a' && c <= 'z') has_lower = true;
    if (c == 0xC3 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0xA0) has_lower = true;
  }
  if (has_lower) return out;
  // Small words inside a name stay lower case: "Roche-sur-Yon", "Saint-Jean-de-Luz".
  static const std::vector<std::string_view> small{"sur", "sous", "de", "du", "des", "la", "le", "les", "en",
                                                   "lès", "aux", "et", "d", "l", "upon", "on", "of", "the"};
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = start;
    while (end < out.size() && out[end] != ' ' && out[end] != '-' && out[end] != '\'') ++end;
    // Lower-case the whole word (ASCII and Latin-1 capitals), then raise its first letter.
    for (std::size_t i = start; i < end; ++i) {
      const unsigned char c = static_cast<unsigned char>(out[i]);
      if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
      if (c == 0xC3 && i + 1 < end) {
        const unsigned char n = static_cast<unsigned char>(out[i + 1]);
        if (n >= 0x80 && n <= 0x9E && n != 0x97) out[i + 1] = static_cast<char>(n + 0x20);
        ++i;
      }
    }
    const std::string_view word(out.data() + start, end - start);
    const bool keep_small = start > 0 && std::find(small.begin(), small.end(), word) != small.end();
    if (!keep_small && end > start) {
      const unsigned char c = static_cast<unsigned char>(out[start]);
      if (c >= 'a' && c <= 'z') out[start] = static_cast<char>(c - 32);
      if (c == 0xC3 && start + 1 < end) {
        const unsigned char n = static_cast<unsigned char>(out[start + 1]);
        if (n >= 0xA0 && n <= 0xBE && n != 0xB7) out[start + 1] = static_cast<char>(n - 0x20);
      }
    }
    start = end + 1;
  }
  return out;
}

bool shortens(std::string_view description, std::string_view name) {
  const auto split = [](std::string_view text) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t next = std::min(text.find(' ', at), text.size());
      if (next > at) words.push_back(text.substr(at, next - at));
      at = next + 1;
    }
    return words;
  };
  const std::vector<std::string_view> short_words = split(description);
  const std::vector<std::string_view> long_words = split(name);
  const std::size_t n = short_words.size();
  if (n == 0 || n > 3 || long_words.size() <= n) return false;
  for (const std::string_view w : short_words) {
    if (w.front() >= 'A' && w.front() <= 'Z') return false;
  }
  for (std::size_t i = 0; i + n <= long_words.size(); ++i) {
    bool same = true;
    for (std::size_t w = 0; w < n && same; ++w) same = fold(long_words[i + w]) == fold(short_words[w]);
    if (!same) continue;
    bool rest_is_name = true;
    for (std::size_t r = i + n; r < long_words.size(); ++r) {
      const char c = long_words[r].front();
      if (!((c >= 'A' && c <= 'Z') || c == '(')) rest_is_name = false;
    }
    if (rest_is_name) return true;
  }
  return false;
}

std::string format_number(double value, int digits) {
  char buffer[64];
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
  }
  return buffer;
}

std::string content_hash(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace figcheck::util
