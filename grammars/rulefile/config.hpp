#pragma once

#include <boost/spirit/home/x3.hpp>

#include <string_view>

namespace figcheck::grammar::rulefile {
namespace x3 = boost::spirit::x3;
using iterator_type = std::string_view::const_iterator;
using context_type = x3::unused_type;
}  // namespace figcheck::grammar::rulefile
