#include "ingest/ingest.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <set>
#include <system_error>

#include "ingest/encoding.hpp"
#include "ingest/html.hpp"
#include "util/text.hpp"

namespace figcheck::ingest {
namespace fs = std::filesystem;
namespace {

constexpr std::array<std::string_view, 8> k_extensions{".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson", ".text"};

enum class Kind { text, markdown, html, jsonl };

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Kind kind_of(const std::string& path) {
  const std::string ext = lower(fs::path(path).extension().string());
  if (ext == ".md" || ext == ".markdown") return Kind::markdown;
  if (ext == ".html" || ext == ".htm") return Kind::html;
  if (ext == ".jsonl" || ext == ".ndjson") return Kind::jsonl;
  return Kind::text;
}

// What standard input holds: a JSON object a line, an HTML page, else text.
Kind sniff(std::string_view bytes) {
  std::size_t at = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (at < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[at])) != 0) ++at;
  if (at < bytes.size() && bytes[at] == '{') return Kind::jsonl;
  const std::string head = lower(bytes.substr(at, 512));
  if (head.starts_with("<!doctype html") || head.starts_with("<html") || head.find("<body") != std::string::npos) {
    return Kind::html;
  }
  if (head.starts_with("---\n") || head.starts_with("---\r\n")) return Kind::markdown;
  return Kind::text;
}

// Whether a record's text is HTML markup (CMS exports put the article body's HTML in `content`):
// it opens with a tag and holds paragraph or line-break tags.
bool markup_text(std::string_view text) {
  text = util::trim(text);
  if (!text.starts_with('<')) return false;
  const std::string head = lower(text.substr(0, 4096));
  return head.find("<p") != std::string::npos || head.find("<br") != std::string::npos ||
         head.find("<div") != std::string::npos || head.find("</") != std::string::npos;
}

using util::Anchors;

// A page's <title> that ends with its site's name ("Kazakhstan says 7,989 detained | The Steppe
// Herald") without it: the site's name is no part of the article.
std::string without_site_name(std::string title, std::string_view site) {
  site = util::trim(site);
  if (site.empty()) return title;
  for (const std::string_view separator : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "}) {
    const std::string suffix = std::string(separator) + std::string(site);
    if (title.size() > suffix.size() && util::fold(std::string_view(title).substr(title.size() - suffix.size())) == util::fold(suffix)) {
      title.resize(title.size() - suffix.size());
      return std::string(util::trim(title));
    }
  }
  return title;
}

// Maps through two source maps: `outer` from a text into an intermediate one, `inner` from that
// one into the source. Each piece of `outer` maps one to one; where `inner` starts a new piece
// inside it, so does the result.
Anchors compose(const Anchors& outer, std::size_t outer_end, const Anchors& inner) {
  Anchors out;
  for (std::size_t i = 0; i < outer.size(); ++i) {
    const auto [t, s] = outer[i];
    const std::size_t length = (i + 1 < outer.size() ? outer[i + 1].first : outer_end) - t;
    out.emplace_back(t, util::anchored_offset(inner, s));
    auto it = std::upper_bound(inner.begin(), inner.end(), s,
                               [](std::size_t v, const std::pair<std::size_t, std::size_t>& a) { return v < a.first; });
    for (; it != inner.end() && it->first < s + length; ++it) out.emplace_back(t + (it->first - s), it->second);
  }
  return out;
}

bool glob_matches(const std::string& pattern, const std::string& relative) {
  if (pattern.find('/') == std::string::npos) {
    const std::string name = fs::path(relative).filename().string();
    return fnmatch(pattern.c_str(), name.c_str(), 0) == 0;
  }
  return fnmatch(pattern.c_str(), relative.c_str(), 0) == 0;
}

struct Line {
  std::size_t start;
  std::size_t end;  // excluding the newline
  std::string_view text;
  bool blank() const { return util::trim(text).empty(); }
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::size_t content_end = end;
    if (content_end > start && text[content_end - 1] == '\r') --content_end;
    lines.push_back(Line{start, content_end, text.substr(start, content_end - start)});
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

struct Dateline {
  std::string place;      // "SAINT-DIZIER"
  std::string qualifier;  // "Haute-Marne"
};

// "ALMATY:", "LONDRES :", "NUR-SULTAN:" at the start of a paragraph: the place in capitals that
// wire stories open with, possibly qualified by its region or country ("SAINT-DIZIER
// (Haute-Marne):", "KITWE, Zambia:"). Empty place when the line does not open with one.
Dateline dateline_of(std::string_view line) {
  line = util::trim(line);
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 60) return {};
  std::string_view head = util::trim(line.substr(0, colon));
  std::string_view qualifier;
  if (head.ends_with(')')) {
    const std::size_t open = head.rfind('(');
    if (open == std::string_view::npos || open == 0) return {};
    qualifier = util::trim(head.substr(open + 1, head.size() - open - 2));
    head = util::trim(head.substr(0, open));
  } else if (const std::size_t comma = head.find(','); comma != std::string_view::npos) {
    qualifier = util::trim(head.substr(comma + 1));
    head = util::trim(head.substr(0, comma));
  }
  if (head.size() > 40 || qualifier.size() > 40) return {};
  // The qualifier is a name ("Haute-Marne", "RDC", "Zambia"): letters, spaces, hyphens, apostrophes.
  for (std::size_t pos = 0; pos < qualifier.size();) {
    const char32_t cp = util::decode_utf8(qualifier, pos);
    if (!util::is_letter(cp) && cp != ' ' && cp != '-' && cp != '\'' && cp != 0x2019 && cp != '.') return {};
  }
  std::size_t letters = 0;
  for (std::size_t pos = 0; pos < head.size();) {
    const char32_t cp = util::decode_utf8(head, pos);
    if (cp >= 'A' && cp <= 'Z') {
      ++letters;
    } else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
      ++letters;  // uppercase Latin-1 letters
    } else if (cp != ' ' && cp != '-' && cp != '\'' && cp != 0x2019 && cp != '.') {
      return {};
    }
  }
  if (letters < 3) return {};
  return {std::string(head), std::string(qualifier)};
}

bool is_publication_line(std::string_view line) {
  // (Only its opening words count: a paragraph is not folded whole for them. 32 bytes hold
  // "mis à jour le" with room for accents, cut before a character's continuation bytes.)
  std::string_view opening = util::trim(line);
  if (opening.size() > 32) {
    std::size_t cut = 32;
    while (cut > 0 && (static_cast<unsigned char>(opening[cut]) & 0xC0) == 0x80) --cut;
    opening = opening.substr(0, cut);
  }
  const std::string folded = util::fold(opening);
  return folded.starts_with("publie le") || folded.starts_with("published") ||
         folded.starts_with("mis a jour le") || folded.starts_with("updated");
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t before = pos;
    const char32_t cp = util::decode_utf8(text, pos);
    if (util::is_letter(cp) || util::is_digit(cp)) {
      current.append(text.substr(before, pos - before));
    } else if (!current.empty()) {
      words.push_back(util::fold(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(util::fold(current));
  return words;
}

void collect_files(const fs::path& dir, std::vector<std::string>& out, std::vector<InputProblem>& problems,
                   const ReadOptions& options) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    problems.push_back({dir.string(), "cannot read directory: " + ec.message()});
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      problems.push_back({dir.string(), "cannot read directory: " + ec.message()});
      return;
    }
    if (!it->is_regular_file(ec)) continue;
    if (!readable_extension(lower(it->path().extension().string()))) continue;
    const std::string relative = it->path().lexically_relative(dir).generic_string();
    const auto matches = [&](const std::string& pattern) { return glob_matches(pattern, relative); };
    if (!options.include.empty() && std::none_of(options.include.begin(), options.include.end(), matches)) continue;
    if (std::any_of(options.exclude.begin(), options.exclude.end(), matches)) continue;
    out.push_back(it->path().string());
  }
}

}  // namespace

int month_from_name(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, int>, 36> k_months{{
      {"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
      {"juillet", 7}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
      {"decembre", 12}, {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4},
      {"may", 5}, {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9},
      {"october", 10}, {"november", 11}, {"december", 12}, {"jan", 1}, {"feb", 2},
      {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
      {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
  }};
  const std::string folded = util::fold(word);
  for (const auto& [name, month] : k_months) {
    if (folded == name) return month;
  }
  return 0;
}

Date parse_publication_line(std::string_view line) {
  const std::vector<std::string> words = words_of(line);
  Date date;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const bool numeric = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    if (numeric && w.size() == 4) {
      date.year = std::stoi(w);
    } else if (numeric && w.size() <= 2 && date.day == 0) {
      date.day = std::stoi(w);
    } else if (const int month = month_from_name(w); month != 0 && date.month == 0) {
      date.month = month;
    } else if ((w == "1er" || w == "1st") && date.day == 0) {
      date.day = 1;
    }
  }
  // ISO form: 2022-01-10 reads as the words 2022, 01, 10.
  if (date.month == 0 && words.size() >= 3) {
    for (std::size_t i = 0; i + 2 < words.size(); ++i) {
      if (words[i].size() == 4 && words[i + 1].size() == 2 && words[i + 2].size() == 2 &&
          std::isdigit(static_cast<unsigned char>(words[i][0])) &&
          std::isdigit(static_cast<unsigned char>(words[i + 1][0])) &&
          std::isdigit(static_cast<unsigned char>(words[i + 2][0]))) {
        date = Date{std::stoi(words[i]), std::stoi(words[i + 1]), std::stoi(words[i + 2])};
        break;
      }
    }
  }
  if (date.year < 1900 || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) {
    return Date{};
  }
  return date;
}

Language detect_language(std::string_view text) {
  static constexpr std::array<std::string_view, 20> k_french{
      "le", "la", "les", "des", "du", "de", "et", "est", "une", "dans",
      "pour", "qui", "que", "au", "aux", "sur", "pas", "ont", "ete", "selon"};
  static constexpr std::array<std::string_view, 20> k_english{
      "the", "of", "and", "to", "in", "is", "was", "were", "that", "for",
      "on", "with", "by", "at", "said", "have", "has", "from", "people", "been"};
  int french = 0;
  int english = 0;
  for (const std::string& w : words_of(text.substr(0, std::min<std::size_t>(text.size(), 20000)))) {
    if (std::find(k_french.begin(), k_french.end(), w) != k_french.end()) ++french;
    if (std::find(k_english.begin(), k_english.end(), w) != k_english.end()) ++english;
  }
  return english > french ? Language::en : Language::fr;
}

std::vector<Story> split_stories(std::string_view text) {
  const std::vector<Line> lines = split_lines(text);
  // A story opens with a header block (title, captions, publication line) that follows a gap
  // of two or more blank lines, and whose body opens with a dateline ("ALMATY: ...").
  std::vector<std::size_t> starts;  // line indexes
  std::vector<Dateline> datelines;
  std::size_t previous_dateline = 0;
  bool have_previous = false;
  for (std::size_t d = 0; d < lines.size(); ++d) {
    const bool paragraph_start = d == 0 || lines[d - 1].blank();
    if (!paragraph_start) continue;
    Dateline place = dateline_of(lines[d].text);
    if (place.place.empty()) continue;
    // A title that opens like a dateline ("RDC : au moins 28 morts ...") is followed by the
    // story's publication line.
    std::size_t next = d + 1;
    while (next < lines.size() && lines[next].blank()) ++next;
    if (next < lines.size() && is_publication_line(lines[next].text)) continue;
    std::size_t start = 0;
    if (have_previous) {
      start = d;  // without a double gap, the story starts at its dateline
      std::size_t blanks = 0;
      for (std::size_t i = d; i-- > previous_dateline + 1;) {
        if (lines[i].blank()) {
          if (++blanks >= 2) {
            start = i + blanks;
            break;
          }
        } else {
          blanks = 0;
        }
      }
      // Walk forward over the blank lines of the gap.
      while (start < d && lines[start].blank()) ++start;
    }
    if (starts.empty() || start > starts.back()) {
      starts.push_back(starts.empty() ? 0 : start);
      datelines.push_back(std::move(place));
    }
    previous_dateline = d;
    have_previous = true;
  }
  if (starts.empty()) {
    starts.push_back(0);
    datelines.emplace_back();
  }

  std::vector<Story> stories;
  for (std::size_t s = 0; s < starts.size(); ++s) {
    Story story;
    story.index = s;
    story.span.start = lines[starts[s]].start;
    story.span.end = s + 1 < starts.size() ? lines[starts[s + 1]].start : text.size();
    story.dateline = datelines[s].place;
    story.dateline_qualifier = datelines[s].qualifier;
    const std::size_t last = s + 1 < starts.size() ? starts[s + 1] : lines.size();
    for (std::size_t i = starts[s]; i < last; ++i) {
      if (lines[i].blank()) continue;
      if (is_publication_line(lines[i].text)) {
        if (!story.published.known()) story.published = parse_publication_line(lines[i].text);
        continue;
      }
      if (story.title.empty()) story.title = util::squeeze_spaces(lines[i].text);
    }
    stories.push_back(std::move(story));
  }
  return stories;
}

namespace {

// The editors' notes that a figure was checked: "figcheck-ignore: <rule> <figure>: <reason>".
void read_suppressions(Document& doc, std::vector<InputProblem>& problems) {
  for (std::size_t line = 0; line < doc.line_starts.size(); ++line) {
    const std::size_t start = doc.line_starts[line];
    const std::size_t end = line + 1 < doc.line_starts.size() ? doc.line_starts[line + 1] : doc.text.size();
    const std::string_view text = util::trim(std::string_view(doc.text).substr(start, end - start));
    constexpr std::string_view k_marker = "figcheck-ignore:";
    if (!text.starts_with(k_marker)) continue;
    const std::string_view rest = util::trim(text.substr(k_marker.size()));
    const std::size_t space = rest.find(' ');
    const std::size_t colon = space == std::string_view::npos ? space : rest.find(": ", space + 1);
    Suppression suppression;
    suppression.line = locate(doc, start).line;
    if (space != std::string_view::npos && colon != std::string_view::npos && colon > space) {
      suppression.rule = std::string(rest.substr(0, space));
      suppression.figure = std::string(util::trim(rest.substr(space + 1, colon - space - 1)));
      suppression.reason = std::string(util::trim(rest.substr(colon + 2)));
    }
    if (suppression.rule.empty() || suppression.figure.empty() || suppression.reason.empty()) {
      problems.push_back({file_of(doc) + ":" + std::to_string(suppression.line),
                          "figcheck-ignore needs a rule, the figure as written and a reason: "
                          "\"figcheck-ignore: core/sources-disagree 5.800: checked with the presidency\""});
      continue;
    }
    doc.suppressions.push_back(std::move(suppression));
  }
}

// Reports the invalid bytes decoding replaced, if any: `where` and the first one's offset in the
// file (`base`: where the decoded bytes start in it).
void report_invalid(const Decoded& decoded, std::string where, std::size_t base, std::vector<InputProblem>& problems) {
  if (decoded.invalid == 0) return;
  problems.push_back({std::move(where), "invalid UTF-8 at byte " + std::to_string(base + decoded.first_invalid) + " (" +
                                            std::to_string(decoded.invalid) + " invalid sequence(s) replaced by U+FFFD)"});
}

// Decodes the bytes (reporting invalid ones) into the document's text.
void set_text(Document& doc, std::string bytes, std::vector<InputProblem>& problems) {
  Decoded decoded = decode(std::move(bytes));
  report_invalid(decoded, file_of(doc), 0, problems);
  doc.encoding = to_string(decoded.encoding);
  doc.text = std::move(decoded.text);
}

// A date as metadata writes it: ISO 8601 ("2022-01-10", "2022-01-10T16:40:00+06:00",
// "2022/01/10", "20220110"), else as a publication line does ("10 janvier 2022",
// "Mon, 10 Jan 2022 16:40:00 +0600"). The date written, in its own time zone.
Date date_from_metadata(std::string_view value) {
  value = util::trim(value);
  const auto digits = [&](std::size_t from, std::size_t n) {
    if (from + n > value.size()) return -1;
    int out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (std::isdigit(static_cast<unsigned char>(value[i])) == 0) return -1;
      out = out * 10 + (value[i] - '0');
    }
    return out;
  };
  Date date;
  if (value.size() >= 10 && (value[4] == '-' || value[4] == '/') && value[7] == value[4]) {
    date = Date{digits(0, 4), digits(5, 2), digits(8, 2)};
    if (value.size() > 10 && std::isdigit(static_cast<unsigned char>(value[10])) != 0) date = Date{};
  } else if (value.size() >= 8 && (value.size() == 8 || value[8] == 'T')) {
    date = Date{digits(0, 4), digits(4, 2), digits(6, 2)};
  }
  if (date.year >= 1900 && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31) return date;
  return parse_publication_line(value);
}

// Whether `text` opens with `title` (its first line, folded, ignoring a Markdown '#').
bool opens_with(std::string_view text, std::string_view title) {
  std::string_view first = text.substr(0, text.find('\n'));
  while (first.starts_with('#')) first.remove_prefix(1);
  return util::fold(util::trim(first)) == util::fold(util::trim(title));
}

// A title given apart from the text (a record's field, a page's meta tags) opens the text, as in
// a text file, so that the story is read as a whole: its place from the title, figures in the
// title. `title_anchors` map the title's bytes into the source, `anchors` the text's; both are
// rewritten into `anchors` for the new text. Line breaks in the title become spaces.
void put_title_first(std::string& text, Anchors& anchors, std::string title, const Anchors& title_anchors) {
  const std::size_t lead = title.find_first_not_of(" \t\r\n");
  if (lead == std::string::npos || opens_with(text, title)) return;
  title = std::string(util::trim(title));
  for (char& c : title) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  Anchors joined{{0, util::anchored_offset(title_anchors, lead)}};
  for (const auto& [t, s] : title_anchors) {
    if (t > lead && t < lead + title.size()) joined.emplace_back(t - lead, s);
  }
  // The inserted break maps onto the byte after the title in the source.
  joined.emplace_back(title.size(), util::anchored_offset(title_anchors, lead + title.size()));
  const std::size_t shift = title.size() + 2;
  for (const auto& [t, s] : anchors) joined.emplace_back(t + shift, s);
  anchors = std::move(joined);
  text = title + "\n\n" + text;
}

// Metadata read from the file (front matter, meta tags, a record) over what the text says.
void apply_metadata(Document& doc, const std::string& title, const std::string& date, const std::string& outlet,
                    const std::string& url) {
  if (!title.empty()) {
    doc.title = util::squeeze_spaces(title);
    if (!doc.stories.empty() && doc.stories.size() == 1) doc.stories.front().title = doc.title;
  }
  if (const Date published = date_from_metadata(date); published.known()) {
    doc.published = published;
    for (Story& story : doc.stories) {
      if (!story.published.known()) story.published = published;
    }
  }
  doc.outlet = outlet;
  doc.url = url;
}

}  // namespace

std::optional<Language> language_from_tag(std::string_view tag) {
  const std::string folded = util::fold(util::trim(tag));
  const std::string primary = folded.substr(0, folded.find_first_of("-_ "));
  if (primary == "fr" || primary == "fra" || primary == "fre" || primary == "french" || primary == "francais") {
    return Language::fr;
  }
  if (primary == "en" || primary == "eng" || primary == "english" || primary == "anglais") return Language::en;
  return std::nullopt;
}

FrontMatter parse_front_matter(std::string_view text) {
  FrontMatter fm;
  std::size_t at = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const auto line_at = [&](std::size_t from, std::size_t& next) {
    std::size_t end = text.find('\n', from);
    next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(from, end - from);
    if (line.ends_with('\r')) line.remove_suffix(1);
    return line;
  };
  std::size_t next = 0;
  if (util::trim(line_at(at, next)) != "---") return fm;
  for (at = next; at < text.size(); at = next) {
    const std::string_view line = line_at(at, next);
    if (line == "---" || line == "...") {
      fm.end = next;
      return fm;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || line.starts_with(' ') || line.starts_with('#')) continue;
    const std::string key = util::fold(util::trim(line.substr(0, colon)));
    std::string_view value = util::trim(line.substr(colon + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    if (key == "title") fm.title = value;
    else if (key == "date" || key == "published" || key == "publication_date" || key == "pubdate") fm.date = value;
    else if (key == "outlet" || key == "source" || key == "publisher" || key == "site") fm.outlet = value;
    else if (key == "language" || key == "lang" || key == "langue") fm.language = value;
    else if (key == "url" || key == "link" || key == "canonical") fm.url = value;
  }
  return FrontMatter{};  // (no closing line: no front matter, the text is read as it is)
}

void finish_document(Document& doc) {
  if (!doc.unanalysed) return;
  const GivenMetadata given = std::move(*doc.unanalysed);
  doc.unanalysed.reset();
  analyse_document(doc, given.language);
  if (given.markdown) {
    // Markdown headings: "# Title" is the title "Title".
    for (Story& story : doc.stories) {
      std::string_view title = story.title;
      while (title.starts_with('#')) title.remove_prefix(1);
      story.title = std::string(util::trim(title));
    }
    if (!doc.stories.empty()) doc.title = doc.stories.front().title;
  }
  apply_metadata(doc, given.title, given.date, given.outlet, given.url);
}

void analyse_document(Document& doc, std::optional<Language> language) {
  doc.stories = split_stories(doc.text);
  // Each story in its own language (a digest may mix French and English); the document's is
  // its first story's.
  for (Story& story : doc.stories) {
    story.language = language ? *language
                              : detect_language(std::string_view(doc.text).substr(story.span.start,
                                                                                   story.span.end - story.span.start));
  }
  doc.language = language ? *language : doc.stories.empty() ? detect_language(doc.text) : doc.stories.front().language;
  for (const Story& story : doc.stories) {
    if (story.published.known()) {
      doc.published = story.published;
      break;
    }
  }
  // A story without its own publication line has no known date: the file's other stories may be
  // years apart (the seed holds a 2022 story and 2026 ones), so their date is not borrowed.
  doc.title = doc.stories.empty() ? std::string() : doc.stories.front().title;
}

Document make_document(std::string path, std::string bytes, std::vector<InputProblem>& problems, bool analyse,
                       std::string content_hash, std::optional<Language> language) {
  Document doc;
  doc.path = std::move(path);
  doc.content_hash = content_hash.empty() ? util::content_hash(bytes) : std::move(content_hash);
  // A byte order mark stays in the text so that offsets remain offsets into the file; columns
  // skip it (util::position_of) and the tokenizer ignores it.
  set_text(doc, std::move(bytes), problems);
  doc.line_starts = util::line_starts(doc.text);
  read_suppressions(doc, problems);
  if (analyse) analyse_document(doc, language);
  return doc;
}

bool readable_extension(std::string_view extension) {
  return std::find(k_extensions.begin(), k_extensions.end(), extension) != k_extensions.end();
}

namespace {

// One input's documents, each handed to the sink as soon as it is read.
class Reader {
 public:
  Reader(std::vector<InputProblem>& problems, const DocumentSink& sink, const ReadOptions& options)
      : m_problems(problems), m_sink(sink), m_options(options) {}

  void read(const std::string& path, std::string bytes, Kind kind) {
    if (kind == Kind::jsonl) {
      std::istringstream lines(std::move(bytes));
      read_jsonl(path, lines);
      return;
    }
    if (looks_binary(bytes)) {
      m_problems.push_back({path, "binary file, skipped"});
      return;
    }
    Document doc;
    doc.path = path;
    doc.content_hash = util::content_hash(bytes);
    switch (kind) {
      case Kind::html: read_html(doc, std::move(bytes)); break;
      case Kind::markdown: read_markdown(doc, std::move(bytes)); break;
      case Kind::text:
      case Kind::jsonl:
        set_text(doc, std::move(bytes), m_problems);
        doc.line_starts = util::line_starts(doc.text);
        read_suppressions(doc, m_problems);
        analyse(doc, GivenMetadata{{}, {}, {}, {}, m_options.language});
        break;
    }
    add(std::move(doc));
  }

  // One article a line; a bad line is reported with its line number and skipped, never the rest.
  // `offset` and `number`: where `in` starts in the file, and the line before it (a record read
  // again on its own).
  void read_jsonl(const std::string& path, std::istream& in, std::size_t offset = 0, std::size_t number = 0) {
    std::string line;
    std::size_t reported = offset;
    std::set<std::string> ids;
    while (std::getline(in, line)) {
      ++number;
      const std::size_t line_offset = offset;
      offset += line.size() + 1;
      if (m_on_bytes && offset - reported >= (std::size_t{4} << 20)) {
        m_on_bytes(offset);
        reported = offset;
      }
      if (util::trim(line).empty()) continue;
      const std::string where = path + ":" + std::to_string(number);
      if (line.find('\0') != std::string::npos) {
        m_problems.push_back({where, "binary data in a JSON line, skipped"});
        continue;
      }
      std::string hash = util::content_hash(line);
      Decoded decoded = decode(std::move(line));
      report_invalid(decoded, where, line_offset, m_problems);
      auto scanned = scan_jsonl_line(decoded.text, m_options.fields);
      if (auto* error = std::get_if<JsonlError>(&scanned)) {
        m_problems.push_back({where + ":" + std::to_string(error->column), error->message + ", line skipped"});
        continue;
      }
      JsonlRecord& record = std::get<JsonlRecord>(scanned);
      Document doc;
      doc.file = path;
      doc.record = record.id.empty() ? "line-" + std::to_string(number) : record.id;
      // (The database knows a document by its path: a record's is the file and its id, made
      // unique by the line when an id comes back.)
      doc.path = path + "#" + doc.record;
      doc.file_offset = line_offset;
      doc.file_line = number;
      if (!ids.insert(doc.record).second) doc.path += "@" + std::to_string(number);
      doc.content_hash = std::move(hash);
      doc.encoding = to_string(decoded.encoding);
      if (markup_text(record.text)) {
        // HTML in the text field: its article text, mapped through the page onto the line.
        HtmlArticle article = extract_html(record.text);
        record.text_anchors = compose(article.anchors, article.text.size(), record.text_anchors);
        record.text = std::move(article.text);
        if (record.title.empty()) record.title = without_site_name(article.title, article.outlet);
        if (record.published.empty()) record.published = article.published;
        if (record.language.empty()) record.language = article.language;
      }
      doc.text = std::move(record.text);
      put_title_first(doc.text, record.text_anchors, record.title, record.title_anchors);
      doc.line_starts = util::line_starts(doc.text);
      auto map = std::make_shared<SourceMap>();
      map->first_line = number;
      map->raw_line_starts = {0};
      map->anchors = std::move(record.text_anchors);
      map->raw = std::move(decoded.text);
      doc.source = std::move(map);
      read_suppressions(doc, m_problems);
      analyse(doc, GivenMetadata{record.title, record.published, record.outlet, record.url,
                                 m_options.language ? m_options.language : language_from_tag(record.language)});
      add(std::move(doc));
    }
  }

 private:
  void read_html(Document& doc, std::string bytes) {
    set_text(doc, std::move(bytes), m_problems);
    HtmlArticle article = extract_html(doc.text);
    article.title = without_site_name(std::move(article.title), article.outlet);
    // A title the article's text does not open with (the <h1> outside the <article>, only meta
    // tags) opens it, mapped onto where the page writes it.
    std::size_t title_at = doc.text.find(article.title);
    if (title_at == std::string::npos) title_at = lower(doc.text).find("<title");
    if (title_at == std::string::npos) title_at = 0;
    put_title_first(article.text, article.anchors, article.title, {{0, title_at}});
    auto map = std::make_shared<SourceMap>();
    map->raw_line_starts = util::line_starts(doc.text);
    map->anchors = std::move(article.anchors);
    map->raw = std::move(doc.text);
    doc.source = std::move(map);
    doc.text = std::move(article.text);
    doc.line_starts = util::line_starts(doc.text);
    read_suppressions(doc, m_problems);
    analyse(doc, GivenMetadata{article.title, article.published, article.outlet, article.url,
                               m_options.language ? m_options.language : language_from_tag(article.language)});
  }

  void read_markdown(Document& doc, std::string bytes) {
    set_text(doc, std::move(bytes), m_problems);
    const FrontMatter fm = parse_front_matter(doc.text);
    // The front matter is metadata, not article text: blanked (line breaks kept, so every
    // position is still the file's) before the stories are read.
    for (std::size_t i = 0; i < fm.end; ++i) {
      if (doc.text[i] != '\n' && doc.text[i] != '\r') doc.text[i] = ' ';
    }
    doc.line_starts = util::line_starts(doc.text);
    read_suppressions(doc, m_problems);
    analyse(doc, GivenMetadata{fm.title, fm.date, fm.outlet, fm.url,
                               m_options.language ? m_options.language : language_from_tag(fm.language), true});
  }


 public:
  // Called now and then with the bytes read so far of the file being read.
  void on_bytes(std::function<void(std::size_t)> hook) { m_on_bytes = std::move(hook); }

 private:
  // Now, or by whoever the document is handed to (defer_analysis).
  void analyse(Document& doc, GivenMetadata given) const {
    doc.unanalysed = std::move(given);
    if (!m_options.defer_analysis) finish_document(doc);
  }

  void add(Document doc) {
    doc.id = ++m_count;
    m_sink(std::move(doc));
  }

  std::vector<InputProblem>& m_problems;
  const DocumentSink& m_sink;
  std::int64_t m_count = 0;
  std::function<void(std::size_t)> m_on_bytes;
  const ReadOptions& m_options;
};

}  // namespace

std::vector<InputProblem> read_stream(const std::vector<std::string>& paths, const DocumentSink& sink,
                                      const ReadOptions& options, const ReadProgress& progress) {
  std::vector<InputProblem> problems;
  std::vector<std::string> files;
  bool standard_input = false;
  for (const std::string& path : paths) {
    if (path == "-") {
      standard_input = true;
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problems.push_back({path, "no such file or directory"});
    } else if (fs::is_directory(status)) {
      const std::size_t before = files.size();
      collect_files(path, files, problems, options);
      if (files.size() == before) {
        problems.push_back({path, options.include.empty() && options.exclude.empty()
                                            ? "no file to read in this directory (.txt, .md, .html, .jsonl...)"
                                            : "no file to read in this directory matches --include/--exclude"});
      }
    } else {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  // (Progress in bytes: a single dump of gigabytes moves too.)
  std::size_t total = 0;
  for (const std::string& file : files) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (!ec) total += static_cast<std::size_t>(size);
  }
  std::size_t done = 0;
  Reader reader(problems, sink, options);
  if (progress) {
    reader.on_bytes([&](std::size_t bytes) { progress(done + bytes, total); });
    progress(0, total);
  }
  if (standard_input) {
    std::istream& in = options.standard_input != nullptr ? *options.standard_input : std::cin;
    std::ostringstream content;
    content << in.rdbuf();
    std::string bytes = std::move(content).str();
    const Kind kind = sniff(bytes);
    reader.read("<stdin>", std::move(bytes), kind);
  }
  for (const std::string& file : files) {
    const Kind kind = kind_of(file);
    std::ifstream in(file, std::ios::binary);
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (!in) {
      problems.push_back({file, "cannot open file for reading"});
    } else if (kind == Kind::jsonl) {
      // Line by line: a dump is never read whole. (A binary file is one message, not one a line.)
      std::string start(8192, '\0');
      in.read(start.data(), static_cast<std::streamsize>(start.size()));
      start.resize(static_cast<std::size_t>(in.gcount()));
      if (looks_binary(start) && !start.starts_with("\xFF\xFE") && !start.starts_with("\xFE\xFF")) {
        problems.push_back({file, "binary file, skipped"});
      } else {
        in.clear();
        in.seekg(0);
        reader.read_jsonl(file, in);
        if (in.bad()) problems.push_back({file, "read error"});
      }
    } else {
      std::ostringstream content;
      content << in.rdbuf();
      if (in.bad()) {
        problems.push_back({file, "read error"});
      } else {
        reader.read(file, std::move(content).str(), kind);
      }
    }
    if (!ec) done += static_cast<std::size_t>(size);
    if (progress) progress(done, total);
  }
  return problems;
}

Batch read_paths(const std::vector<std::string>& paths, const ReadOptions& options, const ReadProgress& progress) {
  Batch batch;
  batch.problems =
      read_stream(paths, [&](Document&& doc) { batch.documents.push_back(std::move(doc)); }, options, progress);
  return batch;
}

bool reread(Document& doc, const ReadOptions& options) {
  if (!doc.text.empty()) return true;
  if (doc.path == "<stdin>") return false;
  const std::string& file = file_of(doc);
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::vector<InputProblem> ignored;
  std::optional<Document> again;
  const DocumentSink keep = [&](Document&& read) { again = std::move(read); };
  ReadOptions text_only = options;  // (no analysis: only the text is wanted)
  text_only.defer_analysis = true;
  Reader reader(ignored, keep, text_only);
  if (!doc.record.empty()) {
    in.seekg(static_cast<std::streamoff>(doc.file_offset));
    std::string line;
    if (!std::getline(in, line)) return false;
    std::istringstream one(line + "\n");
    reader.read_jsonl(file, one, doc.file_offset, doc.file_line - 1);
  } else {
    std::ostringstream content;
    content << in.rdbuf();
    reader.read(file, std::move(content).str(), kind_of(file));
  }
  if (!again || again->content_hash != doc.content_hash) return false;
  doc.text = std::move(again->text);
  doc.line_starts = std::move(again->line_starts);
  doc.source = std::move(again->source);
  return true;
}

}  // namespace figcheck::ingest
