#include "ingest/ingest.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "util/text.hpp"

namespace figcheck::ingest {
namespace fs = std::filesystem;
namespace {

constexpr std::array<std::string_view, 2> k_extensions{".txt", ".md"};

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
  const std::string folded = util::fold(util::trim(line));
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

void collect_files(const fs::path& dir, std::vector<std::string>& out,
                   std::vector<InputProblem>& problems) {
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
    const std::string ext = it->path().extension().string();
    if (std::find(k_extensions.begin(), k_extensions.end(), ext) != k_extensions.end()) {
      out.push_back(it->path().string());
    }
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

Document make_document(std::string path, std::string bytes, std::vector<InputProblem>& problems, bool analyse,
                       std::string content_hash) {
  Document doc;
  doc.path = std::move(path);
  doc.content_hash = content_hash.empty() ? util::content_hash(bytes) : std::move(content_hash);
  // A byte order mark stays in the text so that offsets remain offsets into the file; columns
  // skip it (util::position_of) and the tokenizer ignores it.
  if (const std::size_t bad = util::find_invalid_utf8(bytes); bad != std::string::npos) {
    const std::size_t replaced = util::repair_utf8(bytes);
    problems.push_back({doc.path, "invalid UTF-8 at byte " + std::to_string(bad) + " (" +
                                      std::to_string(replaced) +
                                      " invalid sequence(s) replaced by U+FFFD)"});
  }
  doc.text = std::move(bytes);
  doc.line_starts = util::line_starts(doc.text);
  // Editors' notes that a figure was checked: "figcheck-ignore: <rule> <figure>: <reason>".
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
    suppression.line = line + 1;
    if (space != std::string_view::npos && colon != std::string_view::npos && colon > space) {
      suppression.rule = std::string(rest.substr(0, space));
      suppression.figure = std::string(util::trim(rest.substr(space + 1, colon - space - 1)));
      suppression.reason = std::string(util::trim(rest.substr(colon + 2)));
    }
    if (suppression.rule.empty() || suppression.figure.empty() || suppression.reason.empty()) {
      problems.push_back({doc.path + ":" + std::to_string(line + 1),
                          "figcheck-ignore needs a rule, the figure as written and a reason: "
                          "\"figcheck-ignore: core/sources-disagree 5.800: checked with the presidency\""});
      continue;
    }
    doc.suppressions.push_back(std::move(suppression));
  }
  if (!analyse) return doc;
  doc.language = detect_language(doc.text);
  doc.stories = split_stories(doc.text);
  for (const Story& story : doc.stories) {
    if (story.published.known()) {
      doc.published = story.published;
      break;
    }
  }
  // A story without its own publication line has no known date: the file's other stories may be
  // years apart (the seed holds a 2022 story and 2026 ones), so their date is not borrowed.
  doc.title = doc.stories.empty() ? std::string() : doc.stories.front().title;
  return doc;
}

Batch read_paths(const std::vector<std::string>& paths, const KnownFile& known, const ReadProgress& progress) {
  Batch batch;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      batch.problems.push_back({path, "no such file or directory"});
    } else if (fs::is_directory(status)) {
      const std::size_t before = files.size();
      collect_files(path, files, batch.problems);
      if (files.size() == before) batch.problems.push_back({path, "no .txt or .md file in this directory"});
    } else {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::size_t done = 0;
  for (const std::string& file : files) {
    if (progress) progress(done++, files.size());
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      batch.problems.push_back({file, "cannot open file for reading"});
      continue;
    }
    std::ostringstream content;
    content << in.rdbuf();
    std::string bytes = std::move(content).str();
    if (bytes.find('\0') != std::string::npos) {
      batch.problems.push_back({file, "binary file (contains NUL bytes), skipped"});
      continue;
    }
    std::string hash = util::content_hash(bytes);
    const bool is_known = known && known(file, hash);
    Document doc = make_document(file, std::move(bytes), batch.problems, !is_known, std::move(hash));
    doc.id = static_cast<std::int64_t>(batch.documents.size()) + 1;
    batch.documents.push_back(std::move(doc));
  }
  return batch;
}

}  // namespace figcheck::ingest
