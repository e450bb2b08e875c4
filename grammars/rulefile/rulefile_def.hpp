#pragma once

#include <boost/spirit/home/x3.hpp>

#include "grammars/rulefile/ast.hpp"
#include "grammars/rulefile/ast_adapted.hpp"

namespace figcheck::grammar::rulefile {
namespace x3 = boost::spirit::x3;

using key_type = x3::rule<class key_class, std::string>;
using value_type = x3::rule<class value_class, std::string>;
using setting_type = x3::rule<class setting_class, ast::Setting>;

const key_type key = "a key (letters, digits, '-' or '_')";
const value_type value = "a value";
const setting_type setting = "setting";

const auto key_def = x3::lexeme[x3::alpha >> *(x3::alnum | x3::char_("-_"))];
const auto value_def = x3::lexeme[x3::graph >> *x3::char_];
// The key anchors the line: after it, a colon and a value are required.
const auto setting_def = x3::omit[*x3::blank] >> key >> x3::omit[*x3::blank] > x3::lit(':') >
                         x3::omit[*x3::blank] > value;

BOOST_SPIRIT_DEFINE(key, value, setting)

}  // namespace figcheck::grammar::rulefile
