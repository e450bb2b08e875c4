// The number grammar's public face: find every figure in a text.
// Only this header and ast.hpp are included outside grammars/number/.
#pragma once

#include <string_view>
#include <vector>

#include "grammars/number/ast.hpp"

namespace figcheck::grammar {

// Scans `text` left to right and returns every figure, in order, non-overlapping, with byte
// offsets relative to `text`. Separators and words follow `lang` ("7.989" is 7989 in French and
// 7.989 in English). Never throws on any input; time is linear in the input's size.
std::vector<ast::Quantity> scan_numbers(std::string_view text, Language lang);

}  // namespace figcheck::grammar
