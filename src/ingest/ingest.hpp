// Ingest: turns paths on the command line into Documents split into Stories.
// Owns nothing after returning; never throws for bad input: each problem becomes a message.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace figcheck::ingest {

// A problem with one input; the run goes on with everything else and ends with exit 2.
struct InputProblem {
  std::string path;
  std::string message;  // "invalid UTF-8 at byte 120 (replaced by U+FFFD)"
};

struct Batch {
  std::vector<Document> documents;  // in path order; ids 1..n
  std::vector<InputProblem> problems;
};

// Says whether a file with this path and content hash is already known (its language, title,
// date and stories stored elsewhere), so that reading it needs no analysis.
using KnownFile = std::function<bool(const std::string& path, const std::string& content_hash)>;

// Called after each file is read: (files read, files in all).
using ReadProgress = std::function<void(std::size_t done, std::size_t total)>;

// Reads files and directories (recursively: .txt and .md), in sorted path order. A file `known`
// accepts gets its path, hash, text and line starts only: no language, title, date or stories.
Batch read_paths(const std::vector<std::string>& paths, const KnownFile& known = {}, const ReadProgress& progress = {});

// Builds one Document from text already in memory (used by read_paths and the tests).
// `problems` receives encoding problems found in `bytes`. Without `analyse`, only the path,
// hash, text and line starts are set.
Document make_document(std::string path, std::string bytes, std::vector<InputProblem>& problems, bool analyse = true,
                       std::string content_hash = {});  // (the hash of `bytes`, when the caller has it)

// Pieces exposed for tests.
Language detect_language(std::string_view text);
std::vector<Story> split_stories(std::string_view text);
// Parses "Publié le Lundi 10 janvier 2022", "Published Monday 10 January 2022",
// "Published: January 10, 2022" or an ISO date; unknown Date when the line is none of them.
Date parse_publication_line(std::string_view line);
// Month number from a French or English month name (folded or not), 0 when none.
int month_from_name(std::string_view word);

}  // namespace figcheck::ingest
