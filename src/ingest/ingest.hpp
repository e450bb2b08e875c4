// Ingest: turns paths on the command line into Documents split into Stories.
// Owns nothing after returning; never throws for bad input: each problem becomes a message.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/jsonl.hpp"
#include "model/model.hpp"

namespace figcheck::ingest {

// A problem with one input; the run goes on with everything else and ends with exit 2.
struct InputProblem {
  std::string path;
  std::string message;  // "invalid UTF-8 at byte 120 (replaced by U+FFFD)"
};

struct Batch {
  Documents documents;  // in path order; ids 1..n
  std::vector<InputProblem> problems;
};

// Called as files are read: (bytes read, bytes in all).
using ReadProgress = std::function<void(std::size_t done, std::size_t total)>;

// How to read. Defaults: every file of a known kind, languages detected, JSON Lines keys as
// documented, standard input from std::cin.
struct ReadOptions {
  // Globs for the files found in directories (explicit files are always read): a file is read
  // when it matches one of `include` (or there is none) and none of `exclude`. A pattern without
  // '/' matches the file's name ("*.html"); one with '/' the path below the directory given
  // ("2022/*/draft-*.md"), where '*' also crosses '/' ("archive/*").
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  // --lang: every story is read in this language instead of the detected one.
  std::optional<Language> language;
  // --field NAME=KEY: which JSON Lines keys hold which field.
  JsonlFields fields;
  // Where "-" reads from. Default: std::cin.
  std::istream* standard_input = nullptr;
  // Documents are handed over before they are analysed (text, hash, source map, notes and
  // problems only; what reading found apart from the text is in Document::unanalysed): the
  // caller analyses each with finish_document, on another thread say, or takes what it knows
  // of it from elsewhere (a document stored unchanged).
  bool defer_analysis = false;
};

// The kinds of files read in directories: .txt, .md and .markdown, .html and .htm, .jsonl and
// .ndjson. A file named on the command line is read whatever its name (as text, unless its
// extension says otherwise).
bool readable_extension(std::string_view extension);

// Where read_stream hands each document, in path order, as soon as it is read (ids 1..n).
using DocumentSink = std::function<void(Document&&)>;

// Reads files, directories (recursively) and "-" (standard input, its kind sniffed), in sorted
// path order, handing each document to `sink` as soon as it is read: a JSON Lines dump is read a
// line at a time and never held whole, so what stays in memory is what the sink keeps. Returns
// the problems (as read_paths). `progress` is called with the bytes read and the bytes in all.
std::vector<InputProblem> read_stream(const std::vector<std::string>& paths, const DocumentSink& sink,
                                      const ReadOptions& options = {}, const ReadProgress& progress = {});

// The same, every document kept in the batch.
// Reads files, directories (recursively) and "-" (standard input, its kind sniffed), in sorted
// path order. Every problem (a missing path, an unreadable or binary
// file, invalid bytes, a malformed JSON line) is in Batch::problems with the file and, where
// there is one, its line or byte offset; everything else is still read.
Batch read_paths(const std::vector<std::string>& paths, const ReadOptions& options = {},
                 const ReadProgress& progress = {});

// Reads again the text of a document whose text was let go (after its claims were extracted):
// the file, or the record's line; false when it cannot (standard input, a file that changed
// since: another content hash). Sets text, line starts and source map only.
bool reread(Document& doc, const ReadOptions& options);

// Builds one Document from text already in memory (used by read_paths and the tests).
// `problems` receives encoding problems found in `bytes`. Without `analyse`, only the path,
// hash, text and line starts are set.
Document make_document(std::string path, std::string bytes, std::vector<InputProblem>& problems, bool analyse = true,
                       std::string content_hash = {},  // (the hash of `bytes`, when the caller has it)
                       std::optional<Language> language = std::nullopt);

// Analyses a document read with defer_analysis (nothing when it is analysed already): as
// analyse_document, in the language given, then the metadata given apart from the text applied.
void finish_document(Document& doc);

// Analyses a document whose text is set: its stories (each with its language, title and
// date), the document's language, title and publication date; `language` forces every story's.
void analyse_document(Document& doc, std::optional<Language> language = std::nullopt);

// A Markdown file's YAML front matter ("---" lines around "key: value" lines) at the start of
// `text`: its keys (title, date or published, outlet, language or lang, url) and where the text
// after it starts; empty when there is none.
struct FrontMatter {
  std::string title, date, outlet, language, url;
  std::size_t end = 0;  // byte offset just past the closing "---" line; 0 when no front matter
};
FrontMatter parse_front_matter(std::string_view text);

// "fr", "fr-FR", "french", "français", "en-GB", "English"... -> the language; nullopt for others.
std::optional<Language> language_from_tag(std::string_view tag);

// Pieces exposed for tests.
Language detect_language(std::string_view text);
std::vector<Story> split_stories(std::string_view text);
// Parses "Publié le Lundi 10 janvier 2022", "Published Monday 10 January 2022",
// "Published: January 10, 2022" or an ISO date; unknown Date when the line is none of them.
Date parse_publication_line(std::string_view line);
// Month number from a French or English month name (folded or not), 0 when none.
int month_from_name(std::string_view word);

}  // namespace figcheck::ingest
