// The rule-file grammar: each non-blank, non-comment line is `key: value`.
// Only this header and ast.hpp are included outside grammars/rulefile/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "grammars/rulefile/ast.hpp"

namespace figcheck::grammar::rulefile {

struct LineError {
  std::size_t column = 1;  // 1-based, in bytes of the line
  std::string message;
};

// Parses one setting line (without its newline). A line that is not `key: value` gives the
// column where it went wrong and what was expected there.
std::variant<ast::Setting, LineError> parse_setting(std::string_view line);

}  // namespace figcheck::grammar::rulefile
