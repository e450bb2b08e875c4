// CLI: parses the command line, runs the pipeline's stages in order and picks the exit code.
// main.cpp only forwards to run(); tests call run() with their own streams.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace figcheck::cli {

// Exit codes. Default --fail-on is error.
constexpr int k_exit_clean = 0;     // no finding at or above --fail-on
constexpr int k_exit_findings = 1;  // a finding at or above --fail-on
constexpr int k_exit_error = 2;     // usage, input, rule, lexicon or database error

// Runs `figcheck <args>`; args[0] is the program's path (used to find rules/ and the lexicon).
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace figcheck::cli
