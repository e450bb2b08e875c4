#include "extract/tokens.hpp"

#include "util/text.hpp"

namespace figcheck::extract {
namespace {

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
bool is_quote(char32_t cp) {
  return cp == '"' || cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D || cp == 0x201E;
}

// A capital letter opens the word: ASCII, or Latin-1 "À".."Þ".
bool is_capital(char32_t cp) { return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE); }

char32_t peek(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return 0;
  return util::decode_utf8(text, pos);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end,
                            const std::vector<grammar::ast::Quantity>& quantities) {
  std::vector<Token> tokens;
  tokens.reserve((end - begin) / 5 + 4);
  std::size_t next_quantity = 0;
  while (next_quantity < quantities.size() && quantities[next_quantity].start < begin) {
    ++next_quantity;
  }
  std::size_t pos = begin;
  while (pos < end) {
    if (next_quantity < quantities.size() && quantities[next_quantity].start <= pos) {
      const auto& q = quantities[next_quantity];
      if (q.start == pos && q.end <= end) {
        Token token;
        token.start = q.start;
        token.end = q.end;
        // A lone "un", "une", "one" stays a word for phrase matching ("a retiré un bilan"), and
        // keeps its quantity for the claims that count it ("un mort").
        token.kind = q.cls == NumberClass::article ? TokenKind::word : TokenKind::number;
        token.quantity = static_cast<int>(next_quantity);
        token.folded = util::fold(text.substr(q.start, q.end - q.start));
        if (token.kind == TokenKind::word) {
          std::size_t first = q.start;
          const char32_t cp = util::decode_utf8(text, first);
          token.capitalised = is_capital(cp);
        }
        tokens.push_back(std::move(token));
        pos = q.end;
        ++next_quantity;
        continue;
      }
      if (q.start < pos) {
        ++next_quantity;
        continue;
      }
    }
    const std::size_t start = pos;
    const char32_t cp = util::decode_utf8(text, pos);
    if (cp == '\n') {
      tokens.push_back(Token{start, pos, "\n", TokenKind::newline, -1, false});
      continue;
    }
    if (util::is_space(cp)) continue;
    if (util::is_letter(cp) || util::is_digit(cp)) {
      // A word: letters and digits, joined by inner hyphens; an elided article or preposition
      // ("l'", "d'", "qu'") ends at its apostrophe; an English "'s" is split off.
      std::size_t word_end = pos;
      while (word_end < end) {
        if (next_quantity < quantities.size() && quantities[next_quantity].start == word_end) break;
        std::size_t look = word_end;
        const char32_t c = util::decode_utf8(text, look);
        if (util::is_letter(c) || util::is_digit(c)) {
          word_end = look;
        } else if (c == '-' && (util::is_letter(peek(text, look, end)))) {
          word_end = look;
        } else if (is_apostrophe(c) && util::is_letter(peek(text, look, end))) {
          std::size_t after_s = look;
          const char32_t s = util::decode_utf8(text, after_s);
          const char32_t following = peek(text, after_s, end);
          if ((s == 's' || s == 'S') && !util::is_letter(following)) break;  // English 's
          word_end = look;  // French elision: keep the apostrophe on the first word
          break;
        } else {
          break;
        }
      }
      Token token;
      token.start = start;
      token.end = word_end;
      token.kind = TokenKind::word;
      token.folded = util::fold(text.substr(start, word_end - start));
      token.capitalised = is_capital(cp);
      tokens.push_back(std::move(token));
      pos = word_end;
      continue;
    }
    Token token;
    token.start = start;
    token.end = pos;
    token.kind = TokenKind::punct;
    if (is_quote(cp)) {
      token.folded = "\"";
    } else if (is_apostrophe(cp)) {
      token.folded = "'";
    } else {
      token.folded = std::string(text.substr(start, pos - start));
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace figcheck::extract
