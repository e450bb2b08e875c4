#include "ingest/html.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "util/text.hpp"

namespace figcheck::ingest {
namespace {

using util::Anchors;
constexpr std::size_t k_npos = std::string_view::npos;

// ---------------------------------------------------------------------------------------------
// Characters

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// Whether `text` is `lower` (lower case ASCII) in any case.
bool iequals(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (lower_ascii(text[i]) != lower[i]) return false;
  }
  return true;
}

bool istarts_with(std::string_view text, std::size_t at, std::string_view lower) {
  return at <= text.size() && text.size() - at >= lower.size() && iequals(text.substr(at, lower.size()), lower);
}

// Calls `visit` with each run of `text` between separators (empty runs skipped); stops early and
// returns true when `visit` does.
template <class IsSeparator, class Visit>
bool any_part(std::string_view text, IsSeparator is_separator, Visit visit) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && !is_separator(text[i])) continue;
    if (i > start && visit(text.substr(start, i - start))) return true;
    start = i + 1;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Character references

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// HTML5 names, without the ';' every one of them requires here; sorted (byte order).
// clang-format off
constexpr NamedEntity k_entities[] = {
    {"AElig", 0x00C6}, {"AMP", 0x0026}, {"Aacute", 0x00C1}, {"Acirc", 0x00C2}, {"Agrave", 0x00C0}, {"Aring", 0x00C5},
    {"Atilde", 0x00C3}, {"Auml", 0x00C4}, {"COPY", 0x00A9}, {"Ccedil", 0x00C7}, {"Dagger", 0x2021}, {"ETH", 0x00D0},
    {"Eacute", 0x00C9}, {"Ecirc", 0x00CA}, {"Egrave", 0x00C8}, {"Euml", 0x00CB}, {"GT", 0x003E}, {"Iacute", 0x00CD},
    {"Icirc", 0x00CE}, {"Igrave", 0x00CC}, {"Iuml", 0x00CF}, {"LT", 0x003C}, {"Ntilde", 0x00D1}, {"OElig", 0x0152},
    {"Oacute", 0x00D3}, {"Ocirc", 0x00D4}, {"Ograve", 0x00D2}, {"Oslash", 0x00D8}, {"Otilde", 0x00D5},
    {"Ouml", 0x00D6}, {"Prime", 0x2033}, {"QUOT", 0x0022}, {"REG", 0x00AE}, {"Scaron", 0x0160}, {"THORN", 0x00DE},
    {"TRADE", 0x2122}, {"ThinSpace", 0x2009}, {"Uacute", 0x00DA}, {"Ucirc", 0x00DB}, {"Ugrave", 0x00D9},
    {"Uuml", 0x00DC}, {"Yacute", 0x00DD}, {"Yuml", 0x0178}, {"aacute", 0x00E1}, {"acirc", 0x00E2}, {"acute", 0x00B4},
    {"aelig", 0x00E6}, {"agrave", 0x00E0}, {"amp", 0x0026}, {"apos", 0x0027}, {"aring", 0x00E5}, {"ast", 0x002A},
    {"asymp", 0x2248}, {"atilde", 0x00E3}, {"auml", 0x00E4}, {"bdquo", 0x201E}, {"brvbar", 0x00A6}, {"bsol", 0x005C},
    {"bull", 0x2022}, {"ccedil", 0x00E7}, {"cedil", 0x00B8}, {"cent", 0x00A2}, {"circ", 0x02C6}, {"colon", 0x003A},
    {"commat", 0x0040}, {"copy", 0x00A9}, {"curren", 0x00A4}, {"dagger", 0x2020}, {"darr", 0x2193}, {"dash", 0x2010},
    {"deg", 0x00B0}, {"divide", 0x00F7}, {"dollar", 0x0024}, {"eacute", 0x00E9}, {"ecirc", 0x00EA},
    {"egrave", 0x00E8}, {"emsp", 0x2003}, {"emsp13", 0x2004}, {"emsp14", 0x2005}, {"ensp", 0x2002},
    {"equals", 0x003D}, {"eth", 0x00F0}, {"euml", 0x00EB}, {"euro", 0x20AC}, {"excl", 0x0021}, {"fnof", 0x0192},
    {"frac12", 0x00BD}, {"frac14", 0x00BC}, {"frac34", 0x00BE}, {"ge", 0x2265}, {"gt", 0x003E}, {"hairsp", 0x200A},
    {"harr", 0x2194}, {"hellip", 0x2026}, {"horbar", 0x2015}, {"hyphen", 0x2010}, {"iacute", 0x00ED},
    {"icirc", 0x00EE}, {"iexcl", 0x00A1}, {"igrave", 0x00EC}, {"infin", 0x221E}, {"iquest", 0x00BF},
    {"iuml", 0x00EF}, {"laquo", 0x00AB}, {"larr", 0x2190}, {"ldquo", 0x201C}, {"le", 0x2264}, {"lowbar", 0x005F},
    {"lpar", 0x0028}, {"lrm", 0x200E}, {"lsaquo", 0x2039}, {"lsquo", 0x2018}, {"lt", 0x003C}, {"macr", 0x00AF},
    {"mdash", 0x2014}, {"micro", 0x00B5}, {"middot", 0x00B7}, {"minus", 0x2212}, {"nbsp", 0x00A0}, {"ndash", 0x2013},
    {"ne", 0x2260}, {"not", 0x00AC}, {"ntilde", 0x00F1}, {"num", 0x0023}, {"numsp", 0x2007}, {"oacute", 0x00F3},
    {"ocirc", 0x00F4}, {"oelig", 0x0153}, {"ograve", 0x00F2}, {"ordf", 0x00AA}, {"ordm", 0x00BA}, {"oslash", 0x00F8},
    {"otilde", 0x00F5}, {"ouml", 0x00F6}, {"para", 0x00B6}, {"percnt", 0x0025}, {"permil", 0x2030}, {"plus", 0x002B},
    {"plusmn", 0x00B1}, {"pound", 0x00A3}, {"prime", 0x2032}, {"puncsp", 0x2008}, {"quest", 0x003F},
    {"quot", 0x0022}, {"raquo", 0x00BB}, {"rarr", 0x2192}, {"rdquo", 0x201D}, {"reg", 0x00AE}, {"rlm", 0x200F},
    {"rpar", 0x0029}, {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"scaron", 0x0161}, {"sect", 0x00A7},
    {"semi", 0x003B}, {"shy", 0x00AD}, {"sol", 0x002F}, {"sup1", 0x00B9}, {"sup2", 0x00B2}, {"sup3", 0x00B3},
    {"szlig", 0x00DF}, {"thinsp", 0x2009}, {"thorn", 0x00FE}, {"tilde", 0x02DC}, {"times", 0x00D7},
    {"trade", 0x2122}, {"uacute", 0x00FA}, {"uarr", 0x2191}, {"ucirc", 0x00FB}, {"ugrave", 0x00F9}, {"uml", 0x00A8},
    {"uuml", 0x00FC}, {"yacute", 0x00FD}, {"yen", 0x00A5}, {"yuml", 0x00FF}, {"zwj", 0x200D}, {"zwnj", 0x200C},
};
// clang-format on
static_assert(std::ranges::is_sorted(k_entities, {}, &NamedEntity::name));

// &#128; to &#159; name Windows-1252 characters, as browsers read them (0: none, U+FFFD).
// clang-format off
constexpr std::array<char32_t, 32> k_windows_1252{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
// clang-format on

constexpr char32_t k_replacement = 0xFFFD;
constexpr std::size_t k_longest_entity_name = 32;

struct Entity {
  std::size_t length = 0;  // bytes of the reference in the source; 0: not a reference
  char32_t code_point = 0;
};

char32_t numeric_code_point(std::uint32_t value) {
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return k_replacement;
  if (value >= 0x80 && value <= 0x9F) {
    const char32_t mapped = k_windows_1252[value - 0x80];
    return mapped == 0 ? k_replacement : mapped;
  }
  if ((value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != '\f') || value == 0x7F) {
    return k_replacement;
  }
  return value;
}

// The character reference starting at text[pos] (a '&') and ending by `end`: numeric ("&#233;",
// "&#xE9;", the ';' optional) or named (the ';' required).
Entity decode_entity(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t at = pos + 1;
  if (at < end && text[at] == '#') {
    ++at;
    const bool hex = at < end && (text[at] == 'x' || text[at] == 'X');
    if (hex) ++at;
    const std::size_t digits_begin = at;
    std::uint32_t value = 0;
    for (; at < end; ++at) {
      const char c = text[at];
      std::uint32_t digit = 0;
      if (is_ascii_digit(c)) {
        digit = static_cast<std::uint32_t>(c - '0');
      } else if (hex && lower_ascii(c) >= 'a' && lower_ascii(c) <= 'f') {
        digit = static_cast<std::uint32_t>(lower_ascii(c) - 'a' + 10);
      } else {
        break;
      }
      value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + digit, 0x110000);  // saturates: no overflow
    }
    if (at == digits_begin) return {};
    if (at < end && text[at] == ';') ++at;
    return {at - pos, numeric_code_point(value)};
  }
  const std::size_t name_begin = at;
  while (at < end && at - name_begin <= k_longest_entity_name &&
         (is_ascii_alpha(text[at]) || is_ascii_digit(text[at]))) {
    ++at;
  }
  if (at == name_begin || at >= end || text[at] != ';') return {};
  const std::string_view name = text.substr(name_begin, at - name_begin);
  const auto* found = std::ranges::lower_bound(k_entities, name, {}, &NamedEntity::name);
  if (found == std::end(k_entities) || found->name != name) return {};
  return {at + 1 - pos, found->code_point};
}

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t amp = text.find('&', pos);
    if (amp == k_npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, amp - pos));
    const Entity entity = decode_entity(text, amp, text.size());
    if (entity.length == 0) {
      out += '&';
      pos = amp + 1;
    } else {
      util::append_utf8(out, entity.code_point);
      pos = amp + entity.length;
    }
  }
  return out;
}

// An attribute value for the metadata: entities decoded, trimmed.
std::string clean_value(std::string_view raw) { return std::string(util::trim(decode_entities(raw))); }

// A title: entities decoded, white space squeezed.
std::string clean_title(std::string_view raw) { return util::squeeze_spaces(decode_entities(raw)); }

// ---------------------------------------------------------------------------------------------
// Elements

// clang-format off
enum class Special : std::uint8_t {
  none, html, head, body, article, main, header, form, svg, math, h1, time, meta, link, title, p, li, dd_dt, tr,
  cell, table, br
};
// clang-format on

constexpr std::uint16_t k_block = 1;          // a paragraph break before and after
constexpr std::uint16_t k_void = 2;           // no content, no end tag
constexpr std::uint16_t k_raw = 4;            // content is text up to the end tag, not markup
constexpr std::uint16_t k_drop = 8;           // content is not the article's
constexpr std::uint16_t k_closes_p = 16;      // its start tag ends an open <p>
constexpr std::uint16_t k_head_content = 32;  // may stand in <head> (anything else closes it)
constexpr std::uint16_t k_heading = 64;       // h1-h6
constexpr std::uint16_t k_scope = 128;        // an open <p> is not looked for below it

struct TagInfo {
  std::string_view name;
  std::uint16_t flags = 0;
  Special special = Special::none;
};

constexpr std::uint16_t k_para = k_block | k_closes_p;

// Elements that matter here (any other is inline text); sorted by name.
constexpr TagInfo k_tags[] = {
    {"address", k_para},
    {"area", k_void},
    {"article", k_para, Special::article},
    {"aside", k_para | k_drop},
    {"audio", k_drop},
    {"base", k_void | k_head_content},
    {"basefont", k_void | k_head_content},
    {"bgsound", k_void | k_head_content},
    {"blockquote", k_para},
    {"body", k_block, Special::body},
    {"br", k_void, Special::br},
    {"button", k_drop | k_scope},
    {"canvas", k_drop},
    {"caption", k_block | k_scope},
    {"center", k_para},
    {"col", k_void},
    {"datalist", k_drop},
    {"dd", k_para, Special::dd_dt},
    {"details", k_para},
    {"dialog", k_para | k_drop},
    {"dir", k_para},
    {"div", k_para},
    {"dl", k_para},
    {"dt", k_para, Special::dd_dt},
    {"embed", k_void},
    {"fieldset", k_para},
    {"figcaption", k_para},
    {"figure", k_para},
    {"footer", k_para | k_drop},
    {"form", k_para, Special::form},
    {"frame", k_void},
    {"h1", k_para | k_heading, Special::h1},
    {"h2", k_para | k_heading},
    {"h3", k_para | k_heading},
    {"h4", k_para | k_heading},
    {"h5", k_para | k_heading},
    {"h6", k_para | k_heading},
    {"head", k_drop, Special::head},
    {"header", k_para, Special::header},
    {"hgroup", k_para},
    {"hr", k_para | k_void},
    {"html", k_block | k_scope, Special::html},
    {"iframe", k_raw | k_drop},
    {"img", k_void},
    {"input", k_void},
    {"keygen", k_void},
    {"legend", k_block},
    {"li", k_para, Special::li},
    {"link", k_void | k_head_content, Special::link},
    {"listing", k_para},
    {"main", k_para, Special::main},
    {"marquee", k_scope},
    {"math", 0, Special::math},
    {"menu", k_para | k_drop},
    {"meta", k_void | k_head_content, Special::meta},
    {"nav", k_para | k_drop},
    {"noembed", k_raw | k_drop},
    {"noframes", k_raw | k_drop | k_head_content},
    {"noscript", k_drop | k_head_content},
    {"object", k_drop | k_scope},
    {"ol", k_para},
    {"p", k_para, Special::p},
    {"param", k_void},
    {"pre", k_para},
    {"script", k_raw | k_drop | k_head_content},
    {"search", k_para | k_drop},
    {"section", k_para},
    {"select", k_drop},
    {"source", k_void},
    {"style", k_raw | k_drop | k_head_content},
    {"summary", k_para},
    {"svg", k_drop, Special::svg},
    {"table", k_para | k_scope, Special::table},
    {"tbody", k_block},
    {"td", k_scope, Special::cell},
    {"template", k_drop | k_head_content | k_scope},
    {"textarea", k_raw | k_drop},
    {"tfoot", k_block},
    {"th", k_scope, Special::cell},
    {"thead", k_block},
    {"time", 0, Special::time},
    {"title", k_raw | k_drop | k_head_content, Special::title},
    {"tr", k_block, Special::tr},
    {"track", k_void},
    {"ul", k_para},
    {"video", k_drop},
    {"wbr", k_void},
};
static_assert(std::ranges::is_sorted(k_tags, {}, &TagInfo::name));

const TagInfo k_unknown_tag{};
constexpr std::size_t k_tag_count = std::size(k_tags);  // (the unknown tag's index)

constexpr std::size_t tag_index(std::string_view lower_name) {
  std::size_t i = 0;
  while (i < k_tag_count && k_tags[i].name != lower_name) ++i;
  return i;
}

constexpr std::size_t k_p_index = tag_index("p");
constexpr std::size_t k_li_index = tag_index("li");
constexpr std::size_t k_dd_index = tag_index("dd");
constexpr std::size_t k_dt_index = tag_index("dt");
constexpr std::size_t k_tr_index = tag_index("tr");
constexpr std::size_t k_td_index = tag_index("td");
constexpr std::size_t k_th_index = tag_index("th");

std::size_t tag_index(const TagInfo& info) {
  return &info == &k_unknown_tag ? k_tag_count : static_cast<std::size_t>(&info - std::begin(k_tags));
}

const TagInfo& find_tag(std::string_view lower_name) {
  const auto* found = std::ranges::lower_bound(k_tags, lower_name, {}, &TagInfo::name);
  return found != std::end(k_tags) && found->name == lower_name ? *found : k_unknown_tag;
}

// Words of a class or id that mark boilerplate, and words that say the element only has, shows
// or is tagged with such a thing ("has-sidebar", "no-ads", "menu-open", "tag-social").
// clang-format off
constexpr std::array<std::string_view, 30> k_boilerplate_words{
    "ad",       "ads",      "advert",    "advertisement", "adverts",  "breadcrumb", "breadcrumbs", "comments",
    "consent",  "cookie",   "cookies",   "footer",        "gdpr",     "menu",       "nav",         "navbar",
    "navigation", "newsletter", "outbrain", "promo",     "promos",   "related",    "share",       "sharing",
    "sidebar",  "social",   "sponsored", "subscribe",     "taboola",  "toolbar"};
// clang-format on
constexpr std::array<std::string_view, 13> k_guard_words{
    "active", "category", "enabled", "free", "has", "is", "no", "not", "open", "show", "tag", "with", "without"};
constexpr std::array<std::string_view, 8> k_boilerplate_roles{"banner", "complementary", "contentinfo", "dialog",
                                                              "menu",   "menubar",       "navigation",  "search"};

template <std::size_t N>
bool contains_word(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::ranges::any_of(words, [&](std::string_view w) { return iequals(word, w); });
}

// Whether one class of a class (or id) attribute is a boilerplate word, whole-word, not guarded.
bool has_boilerplate_class(std::string_view value) {
  return any_part(value, is_html_space, [](std::string_view token) {
    bool hit = false;
    bool guarded = false;
    any_part(
        token, [](char c) { return c == '-' || c == '_'; },
        [&](std::string_view word) {
          hit = hit || contains_word(k_boilerplate_words, word);
          guarded = guarded || contains_word(k_guard_words, word);
          return false;
        });
    return hit && !guarded;
  });
}

// Whether an inline style says "display: none".
bool is_display_none(std::string_view style) {
  for (std::size_t at = 0; (at = style.find_first_of("dD", at)) != k_npos; ++at) {
    if (!istarts_with(style, at, "display")) continue;
    std::size_t next = at + 7;
    while (next < style.size() && is_html_space(style[next])) ++next;
    if (next >= style.size() || style[next] != ':') continue;
    ++next;
    while (next < style.size() && is_html_space(style[next])) ++next;
    if (istarts_with(style, next, "none")) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Parsing

// Which content a piece of text is in.
constexpr std::uint8_t k_in_article = 1;
constexpr std::uint8_t k_in_main = 2;
constexpr std::uint8_t k_in_body = 4;
constexpr std::uint8_t k_in_form = 8;

enum class PieceKind : std::uint8_t { text, space, line, paragraph };

// A run of source text (entities and white space as written), or a break at a source offset.
struct Piece {
  std::size_t begin = 0;
  std::size_t end = 0;
  PieceKind kind = PieceKind::text;
  std::uint8_t mask = 0;
};

// A metadata value found in the page, with where it stood.
struct Candidate {
  std::string value;
  std::uint8_t mask = 0;
  bool dropped = false;
};

struct OpenElement {
  std::string name;
  const TagInfo* info = &k_unknown_tag;
  bool drops = false;
  bool article = false;
  bool main = false;
  bool body = false;
  bool form = false;
  bool svg = false;
  bool head = false;
  bool captures_h1 = false;
};

struct Attribute {
  std::string_view name;   // as written
  std::string_view value;  // as written, quotes removed
};

// The scopes, narrowest first: <article>, <main>, <body>, the whole document.
constexpr std::array<std::uint8_t, 4> k_scope_masks{k_in_article, k_in_main, k_in_body, 0};

// How far down the stack an end tag looks for its element: deeper is malformed beyond repair,
// and the bound keeps a page of ten thousand unclosed tags linear.
constexpr std::size_t k_search_limit = 512;

// Appends the article text and its anchors, collapsing white space and placing breaks.
class TextBuilder {
 public:
  TextBuilder(std::string& text, Anchors& anchors) : m_text(text), m_anchors(anchors) {}

  void byte(char c, std::size_t source) {
    flush();
    put(c, source);
  }

  void space(std::size_t source) {
    if (m_space_pending) return;
    m_space_pending = true;
    m_space_source = source;
  }

  // `count` 1 for a <br> (they add up, to a blank line at most, with `add`), 2 for a paragraph.
  void newlines(int count, bool add, std::size_t source) {
    if (m_newlines_pending == 0) m_break_source = source;
    m_newlines_pending = std::min(2, add ? m_newlines_pending + count : std::max(m_newlines_pending, count));
  }

 private:
  void put(char c, std::size_t source) {
    if (source != m_expected) m_anchors.emplace_back(m_text.size(), source);
    m_text += c;
    m_expected = source + 1;
  }

  void flush() {
    if (!m_text.empty()) {
      if (m_newlines_pending > 0) {
        for (int i = 0; i < m_newlines_pending; ++i) put('\n', m_break_source + static_cast<std::size_t>(i));
      } else if (m_space_pending) {
        put(' ', m_space_source);
      }
    }
    m_newlines_pending = 0;
    m_space_pending = false;
  }

  std::string& m_text;
  Anchors& m_anchors;
  std::size_t m_expected = k_npos;
  int m_newlines_pending = 0;
  std::size_t m_break_source = 0;
  bool m_space_pending = false;
  std::size_t m_space_source = 0;
};

// A cached search: the result of the last find of one needle, reused while it still answers.
struct FindMemo {
  std::size_t from = k_npos;
  std::size_t at = k_npos;
};

class Parser {
 public:
  explicit Parser(std::string_view source) : m_source(source) {}

  HtmlArticle run() {
    std::size_t pos = m_source.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    const std::size_t size = m_source.size();
    while (pos < size) {
      if (m_source[pos] == '<' && starts_markup(pos)) {
        pos = markup(pos);
        continue;
      }
      std::size_t end = pos + 1;
      while ((end = m_source.find('<', end)) != k_npos && !starts_markup(end)) ++end;
      if (end == k_npos) end = size;
      on_text(pos, end);
      pos = end;
    }
    if (m_h1_capturing) finish_h1();
    return result();
  }

 private:
  // ----- tokenizer

  bool starts_markup(std::size_t pos) const {
    if (pos + 1 >= m_source.size()) return false;
    const char next = m_source[pos + 1];
    if (is_ascii_alpha(next) || next == '!' || next == '?') return true;
    return next == '/' && pos + 2 < m_source.size() && (is_ascii_alpha(m_source[pos + 2]) || m_source[pos + 2] == '>');
  }

  std::size_t find(FindMemo& memo, std::string_view needle, std::size_t from) const {
    if (memo.from != k_npos && memo.from <= from && memo.at >= from) return memo.at;
    memo.from = from;
    memo.at = m_source.find(needle, from);
    return memo.at;
  }

  // The offset just past the '>' found from `from`, or the end of the source.
  std::size_t past_gt(std::size_t from) {
    const std::size_t gt = find(m_gt_memo, ">", from);
    return gt == k_npos ? m_source.size() : gt + 1;
  }

  // Consumes the markup at `pos` (starts_markup holds); returns the offset after it.
  std::size_t markup(std::size_t pos) {
    const char next = m_source[pos + 1];
    if (next == '!') {
      if (m_source.compare(pos, 4, "<!--") == 0) {
        if (m_source.compare(pos + 4, 1, ">") == 0) return pos + 5;   // "<!-->"
        if (m_source.compare(pos + 4, 2, "->") == 0) return pos + 6;  // "<!--->"
        const std::size_t close = find(m_comment_memo, "-->", pos + 4);
        // Unterminated: it ends at the next '>' rather than swallowing the page.
        return close == k_npos ? past_gt(pos + 4) : close + 3;
      }
      if (m_source.compare(pos, 9, "<![CDATA[") == 0) {
        const std::size_t close = find(m_cdata_memo, "]]>", pos + 9);
        return close == k_npos ? past_gt(pos + 9) : close + 3;
      }
      return past_gt(pos + 2);  // <!DOCTYPE ...> and other declarations
    }
    if (next == '?') return past_gt(pos + 2);  // <?xml ...?>
    if (next == '/') {
      if (m_source[pos + 2] == '>') return pos + 3;  // "</>"
      std::size_t at = pos + 2;
      while (at < m_source.size() && !is_html_space(m_source[at]) && m_source[at] != '/' && m_source[at] != '>') ++at;
      const std::size_t gt = find(m_gt_memo, ">", at);
      if (gt == k_npos) return m_source.size();  // unfinished at the end: dropped
      set_name(m_source.substr(pos + 2, at - pos - 2));
      on_end_tag(pos);
      return gt + 1;
    }
    return start_tag(pos);
  }

  void set_name(std::string_view raw) {
    m_name.assign(raw);
    for (char& c : m_name) c = lower_ascii(c);
  }

  std::size_t skip_spaces(std::size_t at) const {
    while (at < m_source.size() && is_html_space(m_source[at])) ++at;
    return at;
  }

  std::size_t start_tag(std::size_t pos) {
    const std::size_t size = m_source.size();
    std::size_t at = pos + 1;
    while (at < size && !is_html_space(m_source[at]) && m_source[at] != '/' && m_source[at] != '>') ++at;
    set_name(m_source.substr(pos + 1, at - pos - 1));
    m_attributes.clear();
    bool self_closing = false;
    while (true) {
      while (at < size && (is_html_space(m_source[at]) || m_source[at] == '/')) {
        if (m_source[at] == '/' && at + 1 < size && m_source[at + 1] == '>') self_closing = true;
        ++at;
      }
      if (at >= size) return size;  // unfinished at the end: dropped
      if (m_source[at] == '>') break;
      const std::size_t name_begin = at++;
      while (at < size && !is_html_space(m_source[at]) && m_source[at] != '/' && m_source[at] != '>' &&
             m_source[at] != '=') {
        ++at;
      }
      Attribute attribute{m_source.substr(name_begin, at - name_begin), {}};
      const std::size_t after_name = skip_spaces(at);
      if (after_name < size && m_source[after_name] == '=') {
        at = skip_spaces(after_name + 1);
        if (at < size && (m_source[at] == '"' || m_source[at] == '\'')) {
          const char quote = m_source[at];
          std::size_t close = find(quote == '"' ? m_double_quote_memo : m_single_quote_memo, {&quote, 1}, at + 1);
          // Never closed: the value ends at the tag's end instead of swallowing the page.
          const bool closed = close != k_npos;
          if (!closed) close = std::min(find(m_gt_memo, ">", at + 1), size);
          attribute.value = m_source.substr(at + 1, close - at - 1);
          at = closed ? close + 1 : close;
        } else {
          const std::size_t value_begin = at;
          while (at < size && !is_html_space(m_source[at]) && m_source[at] != '>') ++at;
          attribute.value = m_source.substr(value_begin, at - value_begin);
        }
      }
      m_attributes.push_back(attribute);
    }
    return on_start_tag(pos, at + 1, self_closing);
  }

  const Attribute* attribute(std::string_view lower_name) const {
    for (const Attribute& a : m_attributes) {
      if (iequals(a.name, lower_name)) return &a;
    }
    return nullptr;
  }

  std::string_view attribute_value(std::string_view lower_name) const {
    const Attribute* a = attribute(lower_name);
    return a == nullptr ? std::string_view{} : a->value;
  }

  // ----- tree

  std::uint8_t mask() const {
    return static_cast<std::uint8_t>((m_article_depth > 0 ? k_in_article : 0) | (m_main_depth > 0 ? k_in_main : 0) |
                                     (m_body_depth > 0 ? k_in_body : 0) | (m_form_depth > 0 ? k_in_form : 0));
  }

  int open_count(std::size_t tag) const { return m_open_counts[tag]; }

  // Index of the nearest open element `matches` accepts, looking down from the top and giving up
  // at one `stops` accepts, at <body>, or past the search limit; npos when none.

  template <class Matches, class Stops>
  std::size_t find_open(Matches matches, Stops stops) const {
    const std::size_t lowest = m_stack.size() > k_search_limit ? m_stack.size() - k_search_limit : 0;
    for (std::size_t i = m_stack.size(); i-- > lowest;) {
      const OpenElement& element = m_stack[i];
      if (matches(element)) return i;
      if (element.body || stops(element)) return k_npos;
    }
    return k_npos;
  }

  void pop_to(std::size_t index, std::size_t source) {
    while (m_stack.size() > index) pop(source);
  }

  void pop(std::size_t source) {
    const OpenElement element = std::move(m_stack.back());
    m_stack.pop_back();
    m_drop_depth -= element.drops ? 1 : 0;
    m_article_depth -= element.article ? 1 : 0;
    m_main_depth -= element.main ? 1 : 0;
    m_body_depth -= element.body ? 1 : 0;
    m_form_depth -= element.form ? 1 : 0;
    m_svg_depth -= element.svg ? 1 : 0;
    m_head_open = m_head_open && !element.head;
    --m_open_counts[tag_index(*element.info)];
    m_open_headings -= (element.info->flags & k_heading) != 0 ? 1 : 0;
    if (element.captures_h1) finish_h1();
    if ((element.info->flags & k_block) != 0) {
      emit_break(PieceKind::paragraph, source);
    } else if (element.info->special == Special::cell) {
      emit_break(PieceKind::space, source);
    }
  }

  void emit_break(PieceKind kind, std::size_t source) {
    if (m_h1_capturing && m_drop_depth == m_h1_drop_depth) m_h1_text += ' ';
    if (m_drop_depth > 0) return;
    if (!m_pieces.empty() && m_pieces.back().kind == kind && kind != PieceKind::line) return;
    m_pieces.push_back({source, source, kind, 0});
  }

  // Ends an open <p> (in button scope); whether there was one.
  bool close_p(std::size_t source) {
    if (open_count(k_p_index) == 0) return false;
    const std::size_t at = find_open([](const OpenElement& e) { return e.info->special == Special::p; },
                                     [](const OpenElement& e) { return (e.info->flags & k_scope) != 0; });
    if (at == k_npos) return false;
    pop_to(at, source);
    return true;
  }

  // Ends an open <li> (or <dd>/<dt>) before a new one, not looking past another block.
  void close_item(Special special, std::size_t source) {
    const int open = special == Special::li ? open_count(k_li_index) : open_count(k_dd_index) + open_count(k_dt_index);
    if (open == 0) return;
    const std::size_t at =
        find_open([&](const OpenElement& e) { return e.info->special == special; },
                  [](const OpenElement& e) {
                    return (e.info->flags & k_block) != 0 && e.name != "div" && e.name != "p" && e.name != "address";
                  });
    if (at != k_npos) pop_to(at, source);
  }

  // Ends an open row (for <tr>) or cell (for <td>/<th>) of the current table.
  void close_table_part(Special special, std::size_t source) {
    const int open = special == Special::tr ? open_count(k_tr_index) : open_count(k_td_index) + open_count(k_th_index);
    if (open == 0) return;
    const std::size_t at = find_open([&](const OpenElement& e) { return e.info->special == special; },
                                     [&](const OpenElement& e) {
                                       return e.info->special == Special::table ||
                                              (special == Special::cell && e.info->special == Special::tr);
                                     });
    if (at != k_npos) pop_to(at, source);
  }

  void close_head(std::size_t source) {
    const std::size_t at =
        find_open([](const OpenElement& e) { return e.head; }, [](const OpenElement&) { return false; });
    if (at != k_npos) pop_to(at, source);
    m_head_open = false;
  }

  // Whether the start tag's attributes mark its element as boilerplate.
  bool marked_as_boilerplate() const {
    for (const Attribute& a : m_attributes) {
      if (iequals(a.name, "class") || iequals(a.name, "id")) {
        if (has_boilerplate_class(a.value)) return true;
      } else if (iequals(a.name, "role")) {
        if (any_part(a.value, is_html_space,
                     [](std::string_view role) { return contains_word(k_boilerplate_roles, role); })) {
          return true;
        }
      } else if (iequals(a.name, "hidden")) {
        return true;
      } else if (iequals(a.name, "style")) {
        if (is_display_none(a.value)) return true;
      }
    }
    return false;
  }

  std::size_t on_start_tag(std::size_t tag_begin, std::size_t tag_end, bool self_closing) {
    const TagInfo& info = find_tag(m_name);
    const Special special = info.special;
    if (special == Special::html) {
      if (!m_seen_html) {
        m_seen_html = true;
        const Attribute* lang = attribute("lang");
        if (lang == nullptr) lang = attribute("xml:lang");
        if (lang != nullptr) m_language = clean_value(lang->value);
      }
      return tag_end;
    }
    if (special == Special::head && (m_seen_head || m_saw_body)) return tag_end;
    if (m_head_open && (info.flags & k_head_content) == 0) close_head(tag_begin);
    if (special == Special::body) {
      if (m_saw_body) return tag_end;
      m_saw_body = true;
    }

    // Start tags that end open elements.
    if ((info.flags & k_closes_p) != 0) close_p(tag_begin);
    if (special == Special::li || special == Special::dd_dt) close_item(special, tag_begin);
    if (special == Special::tr) close_table_part(Special::tr, tag_begin);
    if (special == Special::cell) close_table_part(Special::cell, tag_begin);
    if ((info.flags & k_heading) != 0 && !m_stack.empty() && (m_stack.back().info->flags & k_heading) != 0) {
      pop(tag_begin);
    }

    if (special == Special::meta) on_meta();
    if (special == Special::link) on_link();

    bool drops = (info.flags & k_drop) != 0;
    if (special == Special::header) drops = m_article_depth == 0 && m_main_depth == 0;
    const bool exempt = special == Special::body || special == Special::article || special == Special::main;
    if (!drops && !exempt) drops = marked_as_boilerplate();
    const bool is_main =
        special == Special::main || (!drops && any_part(attribute_value("role"), is_html_space,
                                                        [](std::string_view role) { return iequals(role, "main"); }));

    if (special == Special::time) {
      if (const Attribute* datetime = attribute("datetime"); datetime != nullptr) {
        std::string value = clean_value(datetime->value);
        if (!value.empty()) m_times.push_back({std::move(value), mask(), m_drop_depth > 0 || drops});
      }
    }

    if ((info.flags & k_block) != 0) {
      emit_break(PieceKind::paragraph, tag_begin);
    } else if (special == Special::br) {
      emit_break(PieceKind::line, tag_begin);
    } else if (special == Special::cell) {
      emit_break(PieceKind::space, tag_begin);
    }
    if ((info.flags & k_void) != 0 || self_closing) return tag_end;

    OpenElement element;
    element.name = m_name;
    element.info = &info;
    element.drops = drops;
    element.article = special == Special::article;
    element.main = is_main;
    element.body = special == Special::body;
    element.form = special == Special::form;
    element.svg = special == Special::svg;
    element.head = special == Special::head;
    m_drop_depth += drops ? 1 : 0;
    m_article_depth += element.article ? 1 : 0;
    m_main_depth += is_main ? 1 : 0;
    m_body_depth += element.body ? 1 : 0;
    m_form_depth += element.form ? 1 : 0;
    m_svg_depth += element.svg ? 1 : 0;
    ++m_open_counts[tag_index(info)];
    m_open_headings += (info.flags & k_heading) != 0 ? 1 : 0;
    if (element.head) {
      m_head_open = true;
      m_seen_head = true;
    }
    if (m_drop_depth == 0) {
      m_saw_article = m_saw_article || element.article;
      m_saw_main = m_saw_main || is_main;
    }
    if (special == Special::h1 && !m_h1_capturing) {
      element.captures_h1 = true;
      m_h1_capturing = true;
      m_h1_text.clear();
      m_h1_drop_depth = m_drop_depth;
      m_h1_mask = mask();
    }
    m_stack.push_back(std::move(element));
    if ((info.flags & k_raw) != 0) return raw_text(tag_end, special == Special::title || m_name == "textarea");
    return tag_end;
  }

  // The content of a raw text element (script, style, title...), which ends only at its own end
  // tag, in any case; returns the offset after that end tag. An unterminated <title> or
  // <textarea> ends at the next '<'; an unterminated script or style at the end of the page.
  std::size_t raw_text(std::size_t content_begin, bool escapable) {
    const std::string name = m_stack.back().name;
    std::size_t close = k_npos;
    if (!(escapable && m_missing_end_name == name && m_missing_end_from <= content_begin)) {
      for (std::size_t at = content_begin; (at = m_source.find("</", at)) != k_npos; at += 2) {
        const std::size_t after = at + 2 + name.size();
        if (istarts_with(m_source, at + 2, name) && (after >= m_source.size() || is_html_space(m_source[after]) ||
                                                     m_source[after] == '/' || m_source[after] == '>')) {
          close = at;
          break;
        }
      }
    }
    std::size_t content_end = close;
    std::size_t next = close == k_npos ? m_source.size() : past_gt(close + 2 + name.size());
    if (close == k_npos) {
      if (escapable) {
        m_missing_end_name = name;
        m_missing_end_from = content_begin;
        next = std::min(m_source.find('<', content_begin), m_source.size());
      }
      content_end = next;
    }
    if (name == "title" && m_title.empty() && m_svg_depth == 0) {
      m_title = clean_title(m_source.substr(content_begin, content_end - content_begin));
    }
    pop(content_end);
    return next;
  }

  void on_end_tag(std::size_t tag_begin) {
    const TagInfo& info = find_tag(m_name);
    switch (info.special) {
      case Special::html:
      case Special::body:
        return;  // text after them is still the body's
      case Special::br:
        emit_break(PieceKind::line, tag_begin);
        return;
      case Special::head:
        if (m_head_open) close_head(tag_begin);
        return;
      case Special::p:
        if (!close_p(tag_begin)) emit_break(PieceKind::paragraph, tag_begin);  // "</p>" alone: an empty paragraph
        return;
      default:
        break;
    }
    const bool heading = (info.flags & k_heading) != 0;
    // (An element that is not open needs no search: most stray end tags.)
    if (&info != &k_unknown_tag && (heading ? m_open_headings : m_open_counts[tag_index(info)]) == 0) return;
    const std::size_t at = find_open(
        [&](const OpenElement& e) { return e.name == m_name || (heading && (e.info->flags & k_heading) != 0); },
        [](const OpenElement&) { return false; });
    if (at != k_npos) pop_to(at, tag_begin);
  }

  void on_text(std::size_t begin, std::size_t end) {
    std::size_t visible = 0;
    for (std::size_t i = begin; i < end; ++i) visible += is_html_space(m_source[i]) ? 0 : 1;
    if (m_head_open) {
      // Text cannot stand in <head> itself: the body has begun (inside a <noscript> there, it is dropped).
      if (visible == 0 || !m_stack.back().head) return;
      close_head(begin);
    }
    if (m_h1_capturing && m_drop_depth == m_h1_drop_depth) {
      m_h1_text += decode_entities(m_source.substr(begin, end - begin));
    }
    if (m_drop_depth > 0) return;
    const std::uint8_t where = mask();
    m_pieces.push_back({begin, end, PieceKind::text, where});
    if (visible == 0) return;
    const bool in_form = (where & k_in_form) != 0;
    for (std::size_t s = 0; s < k_scope_masks.size(); ++s) {
      if (k_scope_masks[s] == 0 || (where & k_scope_masks[s]) != 0) m_visible[s][in_form ? 1 : 0] += visible;
    }
  }

  void finish_h1() {
    m_h1_capturing = false;
    std::string text = clean_title(m_h1_text);
    if (!text.empty()) m_h1s.push_back({std::move(text), m_h1_mask, m_h1_drop_depth > 0});
  }

  // ----- metadata

  void on_meta() {
    std::string_view key = attribute_value("property");
    if (key.empty()) key = attribute_value("name");
    const std::string_view itemprop = attribute_value("itemprop");
    if (key.empty() && itemprop.empty()) return;
    const std::string_view content = attribute_value("content");
    const auto set = [&](std::string& field, bool title) {
      if (field.empty()) field = title ? clean_title(content) : clean_value(content);
    };
    if (iequals(key, "og:title")) {
      set(m_og_title, true);
    } else if (iequals(key, "og:site_name")) {
      set(m_outlet, false);
    } else if (iequals(key, "og:url")) {
      set(m_og_url, false);
    } else if (iequals(key, "article:published_time")) {
      set(m_published_time, false);
    } else if (iequals(key, "date") || iequals(key, "pubdate") || iequals(key, "publish-date") ||
               iequals(key, "dc.date") || iequals(key, "dc.date.issued") || iequals(key, "parsely-pub-date") ||
               iequals(itemprop, "datepublished")) {
      set(m_published_name, false);
    }
  }

  void on_link() {
    const bool canonical =
        any_part(attribute_value("rel"), is_html_space, [](std::string_view rel) { return iequals(rel, "canonical"); });
    if (canonical && m_canonical.empty()) m_canonical = clean_value(attribute_value("href"));
  }

  // ----- result

  HtmlArticle result() const {
    HtmlArticle article;
    std::size_t scope = k_scope_masks.size() - 1;
    const std::array<bool, 4> seen{m_saw_article, m_saw_main, m_saw_body, true};
    for (std::size_t s = 0; s < k_scope_masks.size(); ++s) {
      if (seen[s] && m_visible[s][0] + m_visible[s][1] > 0) {
        scope = s;
        break;
      }
    }
    const std::uint8_t scope_mask = k_scope_masks[scope];
    // A form holding most of the text is the page's frame (ASP.NET), not a form to fill in.
    const bool keep_forms = m_visible[scope][1] > m_visible[scope][0];
    const auto included = [&](std::uint8_t where) {
      return (scope_mask == 0 || (where & scope_mask) != 0) && (keep_forms || (where & k_in_form) == 0);
    };

    article.text.reserve(static_cast<std::size_t>(m_visible[scope][0] + m_visible[scope][1]) * 11 / 10 + 16);
    TextBuilder out(article.text, article.anchors);
    for (const Piece& piece : m_pieces) {
      switch (piece.kind) {
        case PieceKind::paragraph:
          out.newlines(2, false, piece.begin);
          break;
        case PieceKind::line:
          out.newlines(1, true, piece.begin);
          break;
        case PieceKind::space:
          out.space(piece.begin);
          break;
        case PieceKind::text:
          if (included(piece.mask)) append_text(out, piece.begin, piece.end);
          break;
      }
    }

    const auto pick = [&](const std::vector<Candidate>& candidates) -> std::string {
      for (const Candidate& c : candidates) {
        if (!c.dropped && included(c.mask)) return c.value;
      }
      for (const Candidate& c : candidates) {
        if (!c.dropped) return c.value;
      }
      return candidates.empty() ? std::string() : candidates.front().value;
    };
    article.title = !m_og_title.empty() ? m_og_title : !m_title.empty() ? m_title : pick(m_h1s);
    article.published = !m_published_time.empty()   ? m_published_time
                        : !m_published_name.empty() ? m_published_name
                                                    : pick(m_times);
    article.language = m_language;
    article.outlet = m_outlet;
    article.url = !m_canonical.empty() ? m_canonical : m_og_url;
    return article;
  }

  void append_text(TextBuilder& out, std::size_t begin, std::size_t end) const {
    for (std::size_t at = begin; at < end;) {
      const char c = m_source[at];
      if (is_html_space(c)) {
        out.space(at++);
        continue;
      }
      if (c == '&') {
        const Entity entity = decode_entity(m_source, at, end);
        if (entity.length > 0) {
          const char32_t cp = entity.code_point;
          if (cp < 0x80 && is_html_space(static_cast<char>(cp))) {
            out.space(at);
          } else {
            std::string bytes;
            util::append_utf8(bytes, cp);
            for (std::size_t k = 0; k < bytes.size(); ++k) out.byte(bytes[k], at + k);
          }
          at += entity.length;
          continue;
        }
      }
      out.byte(c, at++);
    }
  }

  std::string_view m_source;
  std::string m_name;  // of the tag being read, lower case
  std::vector<Attribute> m_attributes;
  std::vector<OpenElement> m_stack;
  std::vector<Piece> m_pieces;
  std::array<std::array<std::uint64_t, 2>, 4> m_visible{};  // visible bytes by scope, outside/inside forms

  std::array<int, k_tag_count + 1> m_open_counts{};  // open elements by tag (the last: unknown tags)
  int m_open_headings = 0;
  int m_drop_depth = 0;
  int m_article_depth = 0;
  int m_main_depth = 0;
  int m_body_depth = 0;
  int m_form_depth = 0;
  int m_svg_depth = 0;
  bool m_head_open = false;
  bool m_seen_head = false;
  bool m_seen_html = false;
  bool m_saw_body = false;
  bool m_saw_article = false;
  bool m_saw_main = false;

  bool m_h1_capturing = false;
  int m_h1_drop_depth = 0;
  std::uint8_t m_h1_mask = 0;
  std::string m_h1_text;
  std::vector<Candidate> m_h1s;
  std::vector<Candidate> m_times;

  std::string m_title, m_og_title, m_published_time, m_published_name, m_language, m_outlet, m_canonical, m_og_url;

  FindMemo m_gt_memo, m_comment_memo, m_cdata_memo, m_double_quote_memo, m_single_quote_memo;
  std::string m_missing_end_name;      // a raw text element whose end tag is nowhere after...
  std::size_t m_missing_end_from = 0;  // ...this offset
};

}  // namespace

HtmlArticle extract_html(std::string_view source) { return Parser(source).run(); }

}  // namespace figcheck::ingest
