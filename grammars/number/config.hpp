// The one iterator type and context type the number grammar is instantiated for.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "model/model.hpp"

namespace figcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

// What every rule may consult while parsing: where the text starts (to turn iterators into
// byte offsets) and which language's separators and words apply.
struct Env {
  char const* begin = nullptr;
  Language lang = Language::fr;
};
struct env_tag;

using iterator_type = char const*;
using context_type = x3::context<env_tag, Env const, x3::unused_type>;

}  // namespace figcheck::grammar::parser
