#include "ingest/jsonl.hpp"

#include <algorithm>
#include <array>

#include "util/text.hpp"

namespace figcheck::ingest {
namespace {

using util::Anchors;
using KeyList = std::vector<std::string>;

constexpr std::size_t k_field_count = 7;
constexpr std::size_t k_title_field = 1;
constexpr std::size_t k_text_field = 2;
constexpr std::array<std::string_view, k_field_count> k_field_names{"id",     "title", "text",    "published",
                                                                    "outlet", "url",   "language"};
constexpr std::array<KeyList JsonlFields::*, k_field_count> k_field_keys{
    &JsonlFields::id,     &JsonlFields::title, &JsonlFields::text,    &JsonlFields::published,
    &JsonlFields::outlet, &JsonlFields::url,   &JsonlFields::language};
constexpr std::array<std::string JsonlRecord::*, k_field_count> k_field_values{
    &JsonlRecord::id,     &JsonlRecord::title, &JsonlRecord::text,    &JsonlRecord::published,
    &JsonlRecord::outlet, &JsonlRecord::url,   &JsonlRecord::language};

constexpr std::size_t k_absent = static_cast<std::size_t>(-1);  // no key of a field read yet
constexpr std::size_t k_max_depth = 512;
constexpr char32_t k_replacement = 0xFFFD;
constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// Bytes that end a run of plain string content: the closing quote, a backslash, control characters.
constexpr std::array<bool, 256> k_string_special = [] {
  std::array<bool, 256> table{};
  for (std::size_t c = 0; c < 0x20; ++c) table[c] = true;
  table[static_cast<unsigned char>('"')] = true;
  table[static_cast<unsigned char>('\\')] = true;
  return table;
}();

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads the "\uXXXX" escape starting at `at` (its '\') into `unit`; false when there is none.
bool read_u_escape(std::string_view line, std::size_t at, char32_t& unit) {
  if (at + 6 > line.size() || line[at] != '\\' || line[at + 1] != 'u') return false;
  unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    const int digit = hex_value(line[i]);
    if (digit < 0) return false;
    unit = unit * 16 + static_cast<char32_t>(digit);
  }
  return true;
}

// "text, body or content".
std::string join_keys(const KeyList& keys) {
  if (keys.empty()) return "none configured";
  std::string joined;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) joined += i + 1 == keys.size() ? " or " : ", ";
    joined += keys[i];
  }
  return joined;
}

// Which key of each field was taken so far (its index in the field's key list).
struct FieldState {
  std::array<std::size_t, k_field_count> rank{k_absent, k_absent, k_absent, k_absent, k_absent, k_absent, k_absent};
  bool text_seen = false;  // a key of the text field was present, even with null
};

// A key of the object that names a field: (field index, the key's index in that field's list).
struct Match {
  std::size_t field = 0;
  std::size_t rank = 0;
};

// Recursive-descent scanner over one line. Each parsing function starts at its token (white space
// already skipped), advances past it and returns true, or records the first error and returns false.
class Scanner {
 public:
  explicit Scanner(std::string_view line) : m_line(line) {}

  // Scans the whole line into `record`.
  bool scan(const JsonlFields& fields, JsonlRecord& record) {
    if (m_line.starts_with(k_bom)) m_pos = k_bom.size();
    skip_space();
    if (at_end()) return fail(0, "empty line");
    if (peek() != '{') return fail(m_pos, "not a JSON object");
    FieldState state;
    const auto on_value = [&](std::string_view key) { return field_value(key, fields, record, state); };
    if (!object(1, true, on_value)) return false;
    skip_space();
    if (!at_end()) return fail(m_pos, "unexpected characters after the object");
    if (!state.text_seen) return fail(0, "no text field (" + join_keys(fields.text) + ")");
    return true;
  }

  JsonlError error() && { return std::move(m_error); }

 private:
  bool at_end() const { return m_pos >= m_line.size(); }
  char peek() const { return m_line[m_pos]; }

  void skip_space() {
    while (m_pos < m_line.size() && is_json_space(m_line[m_pos])) ++m_pos;
  }

  bool fail(std::size_t at, std::string message) {
    m_error.column = at + 1;
    m_error.message = std::move(message);
    return false;
  }

  // An object at `depth` (the line's object is 1). `on_value(key)` reads each member's value; the
  // key is decoded only when `decode_keys` (otherwise it is empty), and stays valid during the call.
  template <typename OnValue>
  bool object(std::size_t depth, bool decode_keys, const OnValue& on_value) {
    if (depth > k_max_depth) return fail(m_pos, "nesting deeper than " + std::to_string(k_max_depth) + " levels");
    ++m_pos;  // '{'
    skip_space();
    if (!at_end() && peek() == '}') {
      ++m_pos;
      return true;
    }
    while (true) {
      if (at_end() || peek() != '"') return fail(m_pos, "expected a key (a string in double quotes)");
      std::string_view key;
      if (!(decode_keys ? read_key(key) : string(nullptr, nullptr))) return false;
      skip_space();
      if (at_end() || peek() != ':') return fail(m_pos, "expected ':' after a key");
      ++m_pos;
      skip_space();
      if (!on_value(key)) return false;
      skip_space();
      if (!at_end() && peek() == '}') {
        ++m_pos;
        return true;
      }
      if (at_end() || peek() != ',') return fail(m_pos, "expected ',' or '}' after a value");
      const std::size_t comma = m_pos++;
      skip_space();
      if (!at_end() && peek() == '}') return fail(comma, "trailing comma");
    }
  }

  bool array(std::size_t depth) {
    if (depth > k_max_depth) return fail(m_pos, "nesting deeper than " + std::to_string(k_max_depth) + " levels");
    ++m_pos;  // '['
    skip_space();
    if (!at_end() && peek() == ']') {
      ++m_pos;
      return true;
    }
    while (true) {
      if (!skip_value(depth + 1)) return false;
      skip_space();
      if (!at_end() && peek() == ']') {
        ++m_pos;
        return true;
      }
      if (at_end() || peek() != ',') return fail(m_pos, "expected ',' or ']' after a value");
      const std::size_t comma = m_pos++;
      skip_space();
      if (!at_end() && peek() == ']') return fail(comma, "trailing comma");
    }
  }

  // Checks any value at `depth` and passes over it.
  bool skip_value(std::size_t depth) {
    if (at_end()) return fail(m_pos, "expected a value");
    switch (peek()) {
      case '"':
        return string(nullptr, nullptr);
      case '{':
        return object(depth, false, [&](std::string_view) { return skip_value(depth + 1); });
      case '[':
        return array(depth);
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default:
        if (peek() == '-' || is_digit(peek())) return number();
        return fail(m_pos, "expected a value");
    }
  }

  bool literal(std::string_view word) {
    if (m_line.substr(m_pos, word.size()) != word) return fail(m_pos, "expected a value");
    m_pos += word.size();
    return true;
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  bool number() {
    const std::size_t start = m_pos;
    const auto digits = [&] {
      if (at_end() || !is_digit(peek())) return false;
      while (!at_end() && is_digit(peek())) ++m_pos;
      return true;
    };
    if (peek() == '-') ++m_pos;
    if (!at_end() && peek() == '0') {
      ++m_pos;
    } else if (!digits()) {
      return fail(start, "invalid number");
    }
    if (!at_end() && peek() == '.') {
      ++m_pos;
      if (!digits()) return fail(start, "invalid number");
    }
    if (!at_end() && (peek() == 'e' || peek() == 'E')) {
      ++m_pos;
      if (!at_end() && (peek() == '+' || peek() == '-')) ++m_pos;
      if (!digits()) return fail(start, "invalid number");
    }
    return true;
  }

  // The string at m_pos, decoded and appended to `out` when it is not null; with `anchors` (which
  // requires `out`), records where the decoded bytes came from.
  bool string(std::string* out, Anchors* anchors) {
    const std::size_t open = m_pos++;
    const std::size_t size = m_line.size();
    const char* data = m_line.data();
    if (anchors != nullptr) anchors->emplace_back(out->size(), m_pos);
    while (true) {
      const std::size_t run = m_pos;
      while (m_pos < size && !k_string_special[static_cast<unsigned char>(data[m_pos])]) ++m_pos;
      if (out != nullptr && m_pos > run) out->append(data + run, m_pos - run);
      if (m_pos == size) return fail(open, "unterminated string");
      if (data[m_pos] == '"') {
        ++m_pos;
        return true;
      }
      if (data[m_pos] != '\\') return fail(m_pos, "control character in a string");
      const std::size_t escape = m_pos;
      if (escape + 1 == size) return fail(open, "unterminated string");
      char32_t decoded = 0;
      m_pos = escape + 2;
      switch (data[escape + 1]) {
        case '"':
        case '\\':
        case '/':
          decoded = static_cast<unsigned char>(data[escape + 1]);
          break;
        case 'b':
          decoded = '\b';
          break;
        case 'f':
          decoded = '\f';
          break;
        case 'n':
          decoded = '\n';
          break;
        case 'r':
          decoded = '\r';
          break;
        case 't':
          decoded = '\t';
          break;
        case 'u': {
          if (!read_u_escape(m_line, escape, decoded)) {
            return fail(escape, "invalid \\u escape (four hex digits expected)");
          }
          m_pos = escape + 6;
          char32_t low = 0;
          if (decoded >= 0xD800 && decoded <= 0xDBFF) {
            if (read_u_escape(m_line, m_pos, low) && low >= 0xDC00 && low <= 0xDFFF) {
              decoded = 0x10000 + ((decoded - 0xD800) << 10) + (low - 0xDC00);
              m_pos += 6;
            } else {
              decoded = k_replacement;  // a lone high surrogate; what follows is read on its own
            }
          } else if (decoded >= 0xDC00 && decoded <= 0xDFFF) {
            decoded = k_replacement;
          }
          break;
        }
        default: {
          const char c = data[escape + 1];
          if (c > 0x20 && c < 0x7F) return fail(escape, std::string("invalid escape '\\") + c + "'");
          return fail(escape, "invalid escape sequence");
        }
      }
      if (out != nullptr) util::append_utf8(*out, decoded);
      if (anchors != nullptr) anchors->emplace_back(out->size(), m_pos);
    }
  }

  // The key at m_pos: a view into the line when it has no escapes, else decoded into m_key.
  bool read_key(std::string_view& key) {
    const std::size_t open = m_pos;
    std::size_t end = open + 1;
    while (end < m_line.size() && !k_string_special[static_cast<unsigned char>(m_line[end])]) ++end;
    if (end < m_line.size() && m_line[end] == '"') {
      key = m_line.substr(open + 1, end - open - 1);
      m_pos = end + 1;
      return true;
    }
    m_key.clear();
    if (!string(&m_key, nullptr)) return false;
    key = m_key;
    return true;
  }

  // The value of a member of the line's object, stored when `key` names a field.
  bool field_value(std::string_view key, const JsonlFields& fields, JsonlRecord& record, FieldState& state) {
    std::array<Match, k_field_count> matches;
    std::size_t match_count = 0;
    for (std::size_t field = 0; field < k_field_count; ++field) {
      const KeyList& keys = fields.*k_field_keys[field];
      for (std::size_t rank = 0; rank < keys.size(); ++rank) {
        if (keys[rank] == key) {
          matches[match_count++] = Match{field, rank};
          break;
        }
      }
    }
    if (match_count == 0) return skip_value(2);
    if (at_end()) return fail(m_pos, "expected a value");
    const std::size_t value_start = m_pos;
    const char c = peek();
    for (std::size_t i = 0; i < match_count; ++i) {
      if (matches[i].field == k_text_field) state.text_seen = true;
    }

    if (c == 'n') {  // null: clears the field when it replaces the same key, else changes nothing
      if (!literal("null")) return false;
      for (std::size_t i = 0; i < match_count; ++i) {
        const Match& match = matches[i];
        if (state.rank[match.field] != match.rank) continue;
        state.rank[match.field] = k_absent;
        (record.*k_field_values[match.field]).clear();
        if (match.field == k_text_field) record.text_anchors.clear();
        if (match.field == k_title_field) record.title_anchors.clear();
      }
      return true;
    }

    if (c != '"' && c != '-' && !is_digit(c)) {
      if (!skip_value(2)) return false;
      const char* kind = c == '{' ? "an object" : c == '[' ? "an array" : c == 't' ? "true" : "false";
      return fail(value_start,
                  "key \"" + std::string(key) + "\": expected a string, a number or null, found " + kind);
    }

    // The fields this key takes: those with no key yet, or one of a lower priority, or this one.
    // The value is decoded into one of them (the text when it is among them, for its anchors).
    std::size_t taking = 0;
    std::size_t decoder = k_absent;
    for (std::size_t i = 0; i < match_count; ++i) {
      const Match& match = matches[i];
      if (state.rank[match.field] != k_absent && match.rank > state.rank[match.field]) continue;
      state.rank[match.field] = match.rank;
      matches[taking++] = match;
      if (decoder == k_absent || match.field == k_text_field) decoder = taking - 1;
    }
    if (taking == 0) return c == '"' ? string(nullptr, nullptr) : number();

    const std::size_t field = matches[decoder].field;
    std::string& value = record.*k_field_values[field];
    Anchors* anchors = field == k_text_field ? &record.text_anchors : field == k_title_field ? &record.title_anchors : nullptr;
    value.clear();
    if (anchors != nullptr) anchors->clear();
    if (c == '"') {
      if (!string(&value, anchors)) return false;
    } else {
      if (!number()) return false;
      value.assign(m_line.substr(value_start, m_pos - value_start));
      if (anchors != nullptr) anchors->emplace_back(0, value_start);
    }
    for (std::size_t i = 0; i < taking; ++i) {
      if (i == decoder) continue;
      record.*k_field_values[matches[i].field] = value;
      if (matches[i].field == k_title_field) record.title_anchors = anchors != nullptr ? *anchors : Anchors{};
    }
    return true;
  }

  std::string_view m_line;
  std::size_t m_pos = 0;
  std::string m_key;  // a key with escapes, decoded
  JsonlError m_error;
};

}  // namespace

std::string JsonlFields::map(std::string_view name_equals_key) {
  const std::size_t equals = name_equals_key.find('=');
  if (equals == std::string_view::npos) {
    return "expected NAME=KEY (such as text=article_body), got '" + std::string(name_equals_key) + "'";
  }
  const std::string_view name = name_equals_key.substr(0, equals);
  const std::string_view key = name_equals_key.substr(equals + 1);
  for (std::size_t field = 0; field < k_field_count; ++field) {
    if (k_field_names[field] != name) continue;
    if (key.empty()) return "empty key for the field '" + std::string(name) + "' (expected NAME=KEY)";
    this->*k_field_keys[field] = KeyList{std::string(key)};
    return {};
  }
  return "unknown field '" + std::string(name) + "' (expected id, title, text, published, outlet, url or language)";
}

std::variant<JsonlRecord, JsonlError> scan_jsonl_line(std::string_view line, const JsonlFields& fields) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  Scanner scanner(line);
  JsonlRecord record;
  if (!scanner.scan(fields, record)) return std::move(scanner).error();
  return record;
}

}  // namespace figcheck::ingest
