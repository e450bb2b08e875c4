// Plain AST of one line of a rule file: `key: value`. No parser here.
#pragma once

#include <string>

namespace figcheck::grammar::rulefile::ast {

struct Setting {
  std::string key;
  std::string value;  // the rest of the line, trimmed
};

}  // namespace figcheck::grammar::rulefile::ast
