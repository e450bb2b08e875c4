# Turns a text file into a header holding it as a raw string literal: -DIN=file -DOUT=header
file(READ "${IN}" content)
get_filename_component(name "${IN}" NAME_WE)
string(MAKE_C_IDENTIFIER "${name}" ident)
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\n#pragma once\n#include <string_view>\nnamespace figcheck::embedded {\ninline constexpr std::string_view k_${ident}_sql = R\"figcheck_embed(${content})figcheck_embed\";\n}\n")
