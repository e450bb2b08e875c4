#include "grammars/rulefile/rulefile.hpp"

#include "grammars/rulefile/config.hpp"
#include "grammars/rulefile/rulefile_def.hpp"

namespace figcheck::grammar::rulefile {

std::variant<ast::Setting, LineError> parse_setting(std::string_view line) {
  ast::Setting parsed;
  iterator_type first = line.begin();
  const iterator_type last = line.end();
  try {
    if (!x3::parse(first, last, rulefile::setting, parsed)) {
      return LineError{static_cast<std::size_t>(first - line.begin()) + 1,
                       "expected a setting `key: value`"};
    }
  } catch (const x3::expectation_failure<iterator_type>& failure) {
    std::string expected = failure.which();
    if (expected == "':'") expected = "':' after the key";
    return LineError{static_cast<std::size_t>(failure.where() - line.begin()) + 1,
                     "expected " + expected};
  }
  while (!parsed.value.empty() && (parsed.value.back() == ' ' || parsed.value.back() == '\t' ||
                                    parsed.value.back() == '\r')) {
    parsed.value.pop_back();
  }
  return parsed;
}

}  // namespace figcheck::grammar::rulefile
