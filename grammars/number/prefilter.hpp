// The scanner's prefilter, seen from outside: the scan that does without it, to check it.
//
// scan_numbers() tries the grammar only where a cheap test derived from the word tables says a
// figure may start (see number.cpp). scan_numbers_unfiltered() tries it at every word start and
// every sign, as scan_numbers() did before the prefilter: it must return exactly the same
// quantities on every input, only about ten times slower. Tests and
// figcheck_bench_numbers --check compare the two.
#pragma once

#include <string_view>
#include <vector>

#include "grammars/number/ast.hpp"

namespace figcheck::grammar {

std::vector<ast::Quantity> scan_numbers_unfiltered(std::string_view text, Language lang);

}  // namespace figcheck::grammar
