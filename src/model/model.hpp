// The plain data that flows between the pipeline's stages: documents and stories (ingest),
// claims (extract), comparison sets (graph) and findings (check). No behaviour beyond
// small accessors lives here, so every stage can include it without pulling in another stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck {

enum class Language { fr, en };

// How a figure bounds the true quantity. Names match the report schema's `value.kind`.
enum class ValueKind { exact, approximate, at_least, more_than, at_most, less_than, range, vague };

// What a number is, so the claim layer can skip what is not a count. `article`: "un", "une",
// "one" standing alone, which is the figure 1 ("un mort") as often as an article ("un homme").
enum class NumberClass {
  count, money, percent, ordinal, year, date, time, phone, identifier, age, measure, too_large,
  article
};

// Whether the text stands by a figure. Names match the report schema's `status`.
enum class ClaimStatus { reported, unverified, retracted, denied, corrected };

enum class Severity { info, warning, error };

std::string_view to_string(Language);
std::string_view to_string(ValueKind);
std::string_view to_string(NumberClass);
std::string_view to_string(ClaimStatus);
std::string_view to_string(Severity);
std::optional<Severity> severity_from_string(std::string_view);
std::optional<ValueKind> value_kind_from_string(std::string_view);
std::optional<ClaimStatus> claim_status_from_string(std::string_view);
std::optional<NumberClass> number_class_from_string(std::string_view);

// A closed or half-open interval of possible true values. An absent side is unbounded.
struct Interval {
  std::optional<double> low;
  std::optional<double> high;
  ValueKind kind = ValueKind::exact;

  bool operator==(Interval const&) const = default;
};

// A calendar date without time zone; year 0 means "unknown", month 0 "that whole year",
// day 0 "that whole month".
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  bool known() const { return year != 0; }
  std::string iso() const;  // "2022-01-10", "2011", "" when unknown
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};
int days_from_civil(const Date&);  // days since 1970-01-01
Date civil_from_days(int days);

// A contiguous piece of a document: byte offsets into Document::text, end exclusive.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
};

// One story inside a document (a file may hold several, like a news digest).
struct Story {
  std::size_t index = 0;  // 0-based, in document order
  Span span;
  Language language = Language::fr;  // detected from the story's own text, or --lang
  std::string title;
  Date published;          // from "Publié le …", a dateline or metadata; may be unknown
  std::string dateline;    // "ALMATY", "" when none
  std::string dateline_qualifier;  // what the dateline adds: "Haute-Marne" in "SAINT-DIZIER (Haute-Marne):"
  std::string place;       // the story's main place (canonical gazetteer name), "" when none
  std::string country;     // the country that place belongs to, "" when none
};

// An editor's note inside an article that a figure was checked: a line
// `figcheck-ignore: <rule id> <figure as written>: <reason>`. Findings of that rule (or of any
// rule, for `*`) citing a claim of this document whose quote holds the figure are not reported.
struct Suppression {
  std::size_t line = 0;  // 1-based, in the document
  std::string rule;      // a rule id, or "*"
  std::string figure;    // as written in the claim's quote: "5.800"
  std::string reason;    // required
};

// What reading found of a document apart from its text (front matter, meta tags, a record's
// fields), kept until the document is analysed when reading leaves that to later.
struct GivenMetadata {
  std::string title, date, outlet, url;
  std::optional<Language> language;  // every story's (--lang, or the metadata's tag); none: detected
  bool markdown = false;             // story titles are Markdown headings ("# Title")
};

// One input file (or, later, one record of a dump). Owns its text, valid UTF-8.
// Where a document's text came from when it is not the file's own text (the article inside an
// HTML page, the text of a JSON Lines record): positions map back to the file through it.
struct SourceMap {
  std::string raw;                        // the source as UTF-8: the page, or the record's line
  std::size_t first_line = 1;             // the file's line number of raw's first line
  std::vector<std::size_t> raw_line_starts;
  // (text offset, raw offset) pairs in increasing text offset: text[t] came from raw[r], and the
  // bytes after an anchor, up to the next one, map one to one.
  std::vector<std::pair<std::size_t, std::size_t>> anchors;
};

struct Document {
  std::int64_t id = 0;  // assigned in report order, 1-based
  // As given on the command line (a file in a directory: the directory's path joined with its
  // name; standard input: "-"); a JSON Lines record: "dump.jsonl#<id>" (unique: the database's key).
  std::string path;
  std::string file;     // the file positions point into: `path`, or the JSON Lines file of a record
  std::string record;   // a JSON Lines record's id, "" otherwise
  std::uint64_t file_offset = 0;  // a record's: the byte offset of its line in the file
  std::size_t file_line = 1;      // a record's: its line number
  std::string outlet;   // from metadata (front matter, meta tags, a record), "" when unknown
  std::string url;
  std::shared_ptr<const SourceMap> source;  // null: the text is the file's own
  std::string text;
  std::string content_hash;  // hex, of the raw bytes
  std::string encoding = "UTF-8";  // as detected: "UTF-8", "Windows-1252", "Latin-1", "UTF-16LE", "UTF-16BE"
  std::string title;
  Language language = Language::fr;
  Date published;
  std::vector<Story> stories;
  std::vector<std::size_t> line_starts;  // byte offset of each line's first byte
  std::vector<Suppression> suppressions;
  // Set while the document is not analysed yet (no stories, title, language or date): see
  // ingest::ReadOptions::defer_analysis.
  std::optional<GivenMetadata> unanalysed;
};

// The documents of a batch, in order (Document::id - 1 is the index). A deque: appending never
// moves the documents already there, so that workers may extract them while more are read.
using Documents = std::deque<Document>;

// 1-based line and column (column in Unicode code points) of a byte offset.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};

// Where a byte offset of the document's text is in its file: through the source map when there
// is one (an HTML page, a JSON Lines record), else in the text itself.
LineColumn locate(const Document& doc, std::size_t offset);
// The bytes of the file (decoded to UTF-8) a span of the document's text came from: the span
// itself for a plain text file, the marked-up or escaped source for a page or a record.
std::string_view source_text(const Document& doc, Span span);
// Lets the document's text go (its claims located first): what is left is its metadata.
void release_text(Document& doc);
// The file a document's positions point into: `file`, or `path` when `file` is unset.
const std::string& file_of(const Document& doc);

// A figure that the text attributes to a quantity worth comparing.
struct Claim {
  std::int64_t id = 0;  // 1-based, unique within a run
  std::int64_t stored_id = 0;  // its row in the audit database when read back from it, else 0
  std::int64_t document = 0;
  std::size_t story = 0;
  Span span;           // the quote's bytes in the document
  Span number_span;    // the figure itself
  std::string quote;   // the document's text over `span`
  std::string metric;  // deaths, injured, missing, arrested, displaced, evacuated, rescued,
                       // participants, deployed, infected, damage
  std::string subject;  // canonical group counted ("protesters"), "" for everyone
  std::string place;    // canonical place name ("Kazakhstan", "Almaty")
  std::string country;  // the country `place` belongs to
  Date date;            // the claim's own date, else the story's publication date
  std::string source;   // who gives the figure, as written without article; "" when unattributed
  std::string source_key;  // normalised source for comparisons (lowercase, no accents)
  ClaimStatus status = ClaimStatus::reported;
  Interval value;
  std::string unit;  // currency code for money ("EUR"), "" for counts
  std::size_t breakdown = 0;  // >0: claims with the same number form one stated list ("26 X et 16 Y")
  bool update = false;        // the text marks it as a revised, cumulative figure ("s'élève désormais à")
  bool part = false;          // a share of the figure before it ("dont quatre grièvement", "96 of them
                              // in Nairobi"): never a rival figure for the same group
  // A part's whole: the byte offset in the document of the whole's figure ("25" for "dont 3
  // Belges" in "25 morts, dont 3 Belges"), which is the whole claim's number or one of its
  // occurrences; nullopt for a claim that is no part.
  std::optional<std::size_t> whole;
  // A change the text states along with the figure: "45 morts, soit 12 de plus que la veille",
  // "1.690 morts en 2021, soit une hausse de 8 % par rapport à 2020", "up 12 from Sunday".
  struct Change {
    double amount = 0;  // signed: "de moins", "fewer", "une baisse de" are negative
    bool percent = false;
    Date reference;     // the date of the figure it is compared with; unknown when the text names none
  };
  std::optional<Change> change;
  // The text says the figure is for the whole country ("nationwide", "dans tout le pays", "sur
  // l'ensemble du territoire"), not just that no narrower place was named.
  bool nationwide = false;
  // The place comes from the text around the figure ("à Lille", "dans le Nord", "in Almaty"),
  // not from the story's main place for want of one.
  bool place_stated = false;
  // The same claim stated again in its story (a caption, a bullet, the body): the other quotes'
  // bytes, in document order. `span` is the occurrence that names the source, else the first.
  std::vector<Span> occurrences;
  // Where each occurrence is in its file, and its quote: filled before a document's text is let
  // go after extraction (a large batch), so that reports need no text for them; empty otherwise.
  std::vector<LineColumn> occurrence_at;
  std::vector<std::string> occurrence_quotes;
};

// Fills each claim's occurrence_at and occurrence_quotes from its document's text.
void fix_occurrences(const Document& doc, std::vector<Claim>& claims);

// One edge of the groups' part-of DAG (grammars/lexicon/groups.txt): `group` lies within
// `within` ("everyone" for the group of claims with no subject); groups within one larger group
// and of one `dimension` are disjoint.
struct GroupLink {
  std::string group;
  std::string within;
  std::string dimension;
};

// One edge of the places' part-of DAG: `place` lies within `within` (a region, or its country).
struct PlaceLink {
  std::string place;
  std::string within;
};

// A group of claims that speak of the same quantity (a connected component).
struct ComparisonSet {
  std::string metric;
  std::string place;
  std::string unit;
  std::vector<std::size_t> claims;  // indexes into the run's claim vector, in document order
};

// A contradiction found by a rule: which claims, and a reason a reader can check.
struct Finding {
  std::int64_t id = 0;
  std::string rule;  // id from the rule file's path, e.g. "core/conflicting-figures"
  Severity severity = Severity::error;
  std::string metric;
  std::string place;
  std::string message;  // the rule's message template, filled in
  std::string reason;   // one line: "164 lies outside 'plusieurs dizaines' = [20, 99]"
  std::vector<std::size_t> claims;  // indexes into the run's claim vector; first is the anchor
  // What the finding says, not where: its rule, metric, place and each claim's figure, source and
  // date, hashed (16 hex digits). Editing unrelated text keeps it; so does a re-run.
  std::string fingerprint;
};

}  // namespace figcheck
