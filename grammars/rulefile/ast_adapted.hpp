#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/rulefile/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(figcheck::grammar::rulefile::ast::Setting, key, value)
