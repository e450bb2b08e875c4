// JSON Lines input: scans one line of a news dump (one JSON object per line) into an article's
// fields, keeping for the article text a map from each decoded byte back to the raw line, so that
// a claim found in the text can be reported at the file's line and column.
// Hand-written single-pass scanner: no exceptions, allocations only for the decoded strings.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace figcheck::ingest {

// Which JSON key holds each article field. Defaults: the names below; `text` also accepts
// "body" and "content" (first one present wins, in the order text, body, content).
struct JsonlFields {
  std::vector<std::string> id{"id"};
  std::vector<std::string> title{"title"};
  std::vector<std::string> text{"text", "body", "content"};
  std::vector<std::string> published{"published"};
  std::vector<std::string> outlet{"outlet"};
  std::vector<std::string> url{"url"};
  std::vector<std::string> language{"language"};
  // Applies "NAME=KEY" (as given to --field): NAME is one of id, title, text, published, outlet,
  // url, language; KEY replaces that field's keys (so `text=article_body` reads only
  // "article_body"). The split is at the first '=', so KEY may itself hold '='; KEY must not be
  // empty. Returns an error message, or "" when it applied (on error nothing changes).
  std::string map(std::string_view name_equals_key);
};

struct JsonlRecord {
  std::string id;         // as a string: a number id 17 -> "17"; "" when absent
  std::string title, text, published, outlet, url, language;  // "" when absent or null
  // (text offset, line offset) pairs in increasing text offset: text[t] came from line[s]; the
  // bytes after an anchor, up to the next one, map one to one. A new anchor after each escape
  // sequence (\n, \", \\, \/, \uXXXX, surrogate pairs). The first anchor is (0, offset of the
  // first byte inside the text string's quotes). The bytes an escape decodes to map onto the
  // escape's own bytes ("\u00e9" -> the '\' and the 'u'). When the text is a number, one anchor
  // (0, the number's first byte); when it is null, no anchor.
  std::vector<std::pair<std::size_t, std::size_t>> text_anchors;
  std::vector<std::pair<std::size_t, std::size_t>> title_anchors;  // the same, for the title
};

struct JsonlError {
  std::size_t column = 0;  // 1-based byte column in the line where the problem is
  std::string message;     // "expected ':' after a key", "unterminated string",
                           // "no text field (text, body or content)", "not a JSON object"...
};

// Scans one line (without its line break; a trailing '\r' is allowed). The line must be one JSON
// object (RFC 8259: whitespace, nested objects/arrays/numbers/true/false/null as values of other
// keys are skipped correctly, strings with every escape; invalid escapes, control characters in
// strings, trailing commas, trailing garbage after the object are errors). A field whose value is
// a number keeps its text as written ("id": 17 -> "17"); a field that is not a string or number
// (an object, array, true/false) is an error naming the key, except null which is "". Keys are
// matched exactly (case-sensitive, after decoding their escapes). Duplicate keys: the last one
// wins. Lone surrogate escapes decode to U+FFFD. A line with only whitespace is not an error at
// the caller's level but here returns a JsonlError with message "empty line".
// Details:
//  - Among a field's keys, a null value counts as absent: {"text": null, "body": "b"} reads "b".
//    A null text with no other text key gives text "" (not the "no text field" error).
//    Limitation: {"text": "a", "body": "b", "text": null} gives "" (body was passed over when
//    it was read, and is not kept).
//  - A key of a lower priority that is passed over is still checked: {"text": "a", "body": []} is
//    an error.
//  - A UTF-8 byte order mark at the start of the line is skipped (first line of a file).
//  - Nesting deeper than 512 levels is an error (bounded recursion).
//  - Error columns: the opening quote for an unterminated string, the '\' for a bad escape, the
//    ',' for a trailing comma, the value for a field of the wrong type, the offending byte
//    otherwise (one past the end of the line when the line ends too early); 1 for "empty line"
//    and "no text field".
std::variant<JsonlRecord, JsonlError> scan_jsonl_line(std::string_view line, const JsonlFields& fields = {});

}  // namespace figcheck::ingest
