// figcheck: audits a batch of news articles for conflicting figures. See README.md.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
  try {
    std::ios::sync_with_stdio(false);
    return figcheck::cli::run(std::vector<std::string>(argv, argv + argc), std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "figcheck: internal error: " << e.what() << "\n";
    return figcheck::cli::k_exit_error;
  }
}
