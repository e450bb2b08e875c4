// Tokens of running text for the claim extractor: words (folded for matching), punctuation,
// line breaks, and figures found by the number grammar (one token per figure).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "grammars/number/ast.hpp"

namespace figcheck::extract {

enum class TokenKind { word, punct, newline, number };

struct Token {
  std::size_t start = 0;  // byte offsets into the text, end exclusive
  std::size_t end = 0;
  std::string folded;     // words: folded; punct: the mark ('"' for every quotation mark)
  TokenKind kind = TokenKind::word;
  int quantity = -1;      // number tokens, and words read as a lone "un"/"one" (class
                          // article): index into the quantities vector
  bool capitalised = false;
};

// Tokenizes text[begin, end). `quantities` (sorted, offsets into `text`) become number tokens.
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end,
                            const std::vector<grammar::ast::Quantity>& quantities);

}  // namespace figcheck::extract
