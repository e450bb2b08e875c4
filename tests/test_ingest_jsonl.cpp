#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <variant>

#include "ingest/jsonl.hpp"
#include "util/text.hpp"

using namespace figcheck;
using figcheck::ingest::JsonlError;
using figcheck::ingest::JsonlFields;
using figcheck::ingest::JsonlRecord;

namespace {

// The record of a line that must scan; fails the test otherwise.
JsonlRecord scan_ok(std::string_view line, const JsonlFields& fields = {}) {
  auto result = ingest::scan_jsonl_line(line, fields);
  if (const auto* error = std::get_if<JsonlError>(&result)) {
    FAIL("unexpected error at column " << error->column << ": " << error->message << " in " << line);
  }
  return std::get<JsonlRecord>(std::move(result));
}

// The error of a line that must not scan.
JsonlError scan_error(std::string_view line, const JsonlFields& fields = {}) {
  auto result = ingest::scan_jsonl_line(line, fields);
  if (std::holds_alternative<JsonlRecord>(result)) FAIL("expected an error for " << line);
  return std::get<JsonlError>(std::move(result));
}

// Checks that each piece (text without escapes) maps back onto the same bytes of the line.
void check_pieces(std::string_view line, const JsonlRecord& record, std::initializer_list<std::string_view> pieces) {
  for (const std::string_view piece : pieces) {
    CAPTURE(piece);
    const std::size_t t = record.text.find(piece);
    REQUIRE(t != std::string::npos);
    const std::size_t s = util::anchored_offset(record.text_anchors, t);
    CHECK(line.substr(s, piece.size()) == piece);
  }
}

// Whether the anchors increase strictly in both offsets (one assertion for the whole text).
bool anchors_increase(const JsonlRecord& record) {
  for (std::size_t i = 1; i < record.text_anchors.size(); ++i) {
    if (record.text_anchors[i - 1].first >= record.text_anchors[i].first) return false;
    if (record.text_anchors[i - 1].second >= record.text_anchors[i].second) return false;
  }
  return true;
}

}  // namespace

TEST_SUITE("ingest") {
  TEST_CASE("jsonl: all fields, other keys passed over") {
    const std::string_view line =
        R"({"id":"a-1","title":"Floods in Niger","text":"12 dead.","published":"2022-01-10",)"
        R"("outlet":"AFP","url":"https://x.org/a","language":"fr","extra":1})";
    const JsonlRecord r = scan_ok(line);
    CHECK(r.id == "a-1");
    CHECK(r.title == "Floods in Niger");
    CHECK(r.text == "12 dead.");
    CHECK(r.published == "2022-01-10");
    CHECK(r.outlet == "AFP");
    CHECK(r.url == "https://x.org/a");
    CHECK(r.language == "fr");
    REQUIRE(r.text_anchors.size() == 1);
    CHECK(r.text_anchors[0] == std::pair<std::size_t, std::size_t>{0, line.find("12 dead")});
  }

  TEST_CASE("jsonl: the title maps back onto the line too") {
    const std::string_view line = R"({"text":"x","title":"Niger : 12 morts \u00e0 Niamey","id":7})";
    const JsonlRecord r = scan_ok(line);
    CHECK(r.title == "Niger : 12 morts \u00e0 Niamey");
    for (const std::string_view piece : {"Niger : 12 morts ", "Niamey"}) {
      CAPTURE(piece);
      const std::size_t t = r.title.find(piece);
      REQUIRE(t != std::string::npos);
      CHECK(line.substr(util::anchored_offset(r.title_anchors, t), piece.size()) == piece);
    }
    // The same key read as the title and the text: both keep their map.
    JsonlFields fields;
    REQUIRE(fields.map("title=headline").empty());
    REQUIRE(fields.map("text=headline").empty());
    const std::string_view both = R"({"headline":"Niger : 12 morts"})";
    const JsonlRecord h = scan_ok(both, fields);
    CHECK(h.title == h.text);
    CHECK(h.title_anchors == h.text_anchors);
    CHECK(both.substr(util::anchored_offset(h.title_anchors, 0), 5) == "Niger");
    // A null title has no map.
    CHECK(scan_ok(R"({"title":"a","title":null,"text":"x"})").title_anchors.empty());
  }

  TEST_CASE("jsonl: absent fields are empty") {
    const JsonlRecord r = scan_ok(R"({"text":"x"})");
    CHECK(r.id.empty());
    CHECK(r.title.empty());
    CHECK(r.published.empty());
    CHECK(r.outlet.empty());
    CHECK(r.url.empty());
    CHECK(r.language.empty());
  }

  TEST_CASE("jsonl: text aliases and duplicate keys") {
    struct Case {
      const char* line;
      const char* text;
    };
    const Case cases[] = {
        {R"({"body":"b"})", "b"},
        {R"({"content":"c"})", "c"},
        {R"({"content":"c","body":"b"})", "b"},
        {R"({"body":"b","content":"c"})", "b"},
        {R"({"text":"t","body":"b"})", "t"},
        {R"({"body":"b","text":"t"})", "t"},
        {R"({"content":"c","body":"b","text":"t"})", "t"},
        {R"({"text":null,"body":"b"})", "b"},
        {R"({"body":"b","text":null})", "b"},
        {R"({"text":null})", ""},
        {R"({"text":"a","text":"b"})", "b"},
        {R"({"text":"a","text":null})", ""},
        {R"({"body":"a","body":"bb","content":"c"})", "bb"},
        {R"({"t\u0065xt":"escaped key"})", "escaped key"},
        {R"({"Text":"no","body":"case-sensitive"})", "case-sensitive"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      const JsonlRecord r = scan_ok(c.line);
      CHECK(r.text == c.text);
      if (!r.text.empty()) {
        REQUIRE(!r.text_anchors.empty());
        check_pieces(c.line, r, {r.text});
      }
    }
    const JsonlRecord r = scan_ok(R"({"title":"x","text":"t","title":"y"})");
    CHECK(r.title == "y");
  }

  TEST_CASE("jsonl: --field mappings") {
    JsonlFields fields;
    CHECK(fields.map("text=article_body") == "");
    CHECK(fields.map("id=doc_id") == "");
    CHECK(fields.map("published=date=utc") == "");  // split at the first '='
    const JsonlRecord r = scan_ok(R"({"text":"t","article_body":"a","doc_id":42,"id":"x","date=utc":"d"})", fields);
    CHECK(r.text == "a");
    CHECK(r.id == "42");
    CHECK(r.published == "d");

    const JsonlError missing = scan_error(R"({"text":"t","body":"b"})", fields);
    CHECK(missing.message == "no text field (article_body)");
    CHECK(missing.column == 1);

    // The same key may feed two fields.
    JsonlFields shared;
    CHECK(shared.map("title=text") == "");
    const std::string_view line = R"({"text":"caf\u00e9 one"})";
    const JsonlRecord both = scan_ok(line, shared);
    CHECK(both.title == "caf\xC3\xA9 one");
    CHECK(both.text == "caf\xC3\xA9 one");
    check_pieces(line, both, {"caf", " one"});

    struct Bad {
      const char* mapping;
      const char* mentions;
    };
    const Bad bad[] = {
        {"foo=bar", "unknown field 'foo'"},
        {"text", "NAME=KEY"},
        {"text=", "empty key"},
        {"=body", "unknown field ''"},
        {"Text=body", "unknown field 'Text'"},
    };
    for (const Bad& b : bad) {
      CAPTURE(b.mapping);
      JsonlFields f;
      const std::string message = f.map(b.mapping);
      CHECK(message.find(b.mentions) != std::string::npos);
      CHECK(f.text == std::vector<std::string>{"text", "body", "content"});  // unchanged
    }
  }

  TEST_CASE("jsonl: numbers keep their text, null is empty") {
    struct Case {
      const char* line;
      const char* id;
    };
    const Case cases[] = {
        {R"({"id":17,"text":"x"})", "17"},
        {R"({"id":0,"text":"x"})", "0"},
        {R"({"id":-3,"text":"x"})", "-3"},
        {R"({"id":1.5e3,"text":"x"})", "1.5e3"},
        {R"({"id":2E-7,"text":"x"})", "2E-7"},
        {R"({"id" : 17 ,"text":"x"})", "17"},
        {R"({"id":"abc","text":"x"})", "abc"},
        {R"({"id":null,"text":"x"})", ""},
        {R"({"id":5,"id":null,"text":"x"})", ""},
        {R"({"text":"x","id":99})", "99"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      CHECK(scan_ok(c.line).id == c.id);
    }
    const JsonlRecord r = scan_ok(R"({"title":null,"outlet":null,"text":"x"})");
    CHECK(r.title.empty());
    CHECK(r.outlet.empty());

    const std::string_view number_text = R"({"text": 12345})";
    const JsonlRecord n = scan_ok(number_text);
    CHECK(n.text == "12345");
    REQUIRE(n.text_anchors.size() == 1);
    CHECK(n.text_anchors[0].second == number_text.find("12345"));
  }

  TEST_CASE("jsonl: escapes decode to UTF-8") {
    struct Case {
      const char* line;
      std::string text;
    };
    const Case cases[] = {
        {R"({"text":"a\nb"})", "a\nb"},
        {R"({"text":"\"q\""})", "\"q\""},
        {R"({"text":"back\\slash"})", "back\\slash"},
        {R"({"text":"a\/b"})", "a/b"},
        {R"({"text":"\b\f\r\t"})", "\b\f\r\t"},
        {R"({"text":"caf\u00e9"})", "caf\xC3\xA9"},
        {R"({"text":"caf\u00E9"})", "caf\xC3\xA9"},
        {R"({"text":"\u20ac5"})", "\xE2\x82\xAC" "5"},
        {R"({"text":"\ud83d\ude00"})", "\xF0\x9F\x98\x80"},
        {R"({"text":"\ud83d"})", "\xEF\xBF\xBD"},
        {R"({"text":"\ude00"})", "\xEF\xBF\xBD"},
        {R"({"text":"\ud83dx"})", "\xEF\xBF\xBDx"},
        {R"({"text":"\ud83d\u0041"})", "\xEF\xBF\xBD" "A"},
        {R"({"text":"\ud83d\ud83d\ude00"})", "\xEF\xBF\xBD\xF0\x9F\x98\x80"},
        {R"({"text":"\u0000"})", std::string("\0", 1)},
        {"{\"text\":\"raw caf\xC3\xA9 and bad \xFF byte\"}", "raw caf\xC3\xA9 and bad \xFF byte"},
        {"{\"text\":\"del \x7F ok\"}", "del \x7F ok"},
        {R"({"text":""})", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      CHECK(scan_ok(c.line).text == c.text);
    }
  }

  TEST_CASE("jsonl: anchors map text back to the line") {
    const char* lines[] = {
        R"({"id":1,"text":"He said \"forty\" dead\nin Almaty, caf\u00e9 open \ud83d\ude00 then 12 killed"})",
        R"({"title":"t\"x\"","text":"\"start\" and end\\"})",
        R"({"text":"\u00e9\u00e9 after two, \ud83d\ude00\ud83d\ude00 after two emoji, \ud83d lone, \n\n\n three"})",
        "{\"text\":\"raw caf\xC3\xA9 stays \\u00e9 \xF0\x9F\x98\x80 raw emoji \\\" quote\"}",
    };
    for (const char* raw : lines) {
      const std::string_view line = raw;
      CAPTURE(line);
      const JsonlRecord r = scan_ok(line);
      REQUIRE(!r.text_anchors.empty());
      const std::size_t open = line.find("\"text\":\"") + 8;
      CHECK(r.text_anchors[0] == std::pair<std::size_t, std::size_t>{0, open});
      CHECK(anchors_increase(r));
    }
    {
      const std::string_view line = lines[0];
      const JsonlRecord r = scan_ok(line);
      check_pieces(line, r, {"He said ", "forty", " dead", "in Almaty, caf", " open ", " then 12 killed"});
      // The bytes an escape decodes to point into the escape.
      const std::size_t e_acute = r.text.find("\xC3\xA9");
      CHECK(line.substr(util::anchored_offset(r.text_anchors, e_acute), 6) == "\\u00e9");
      const std::size_t emoji = r.text.find("\xF0\x9F\x98\x80");
      CHECK(line.substr(util::anchored_offset(r.text_anchors, emoji), 6) == "\\ud83d");
      // The end of the text maps to the closing quote.
      CHECK(line[util::anchored_offset(r.text_anchors, r.text.size())] == '"');
    }
    {
      const std::string_view line = lines[1];
      const JsonlRecord r = scan_ok(line);
      CHECK(r.text == "\"start\" and end\\");
      check_pieces(line, r, {"start", " and end"});
    }
    {
      const std::string_view line = lines[2];
      const JsonlRecord r = scan_ok(line);
      check_pieces(line, r, {" after two, ", " after two emoji, ", " lone, ", " three"});
    }
    {
      const std::string_view line = lines[3];
      const JsonlRecord r = scan_ok(line);
      check_pieces(line, r, {"raw caf\xC3\xA9 stays ", " \xF0\x9F\x98\x80 raw emoji ", " quote"});
    }
  }

  TEST_CASE("jsonl: nested values of other keys are passed over") {
    const char* lines[] = {
        R"({"meta":{"a":"}{\"","b":[1,{"c":"]"}],"d":{},"e":[]},"text":"ok"})",
        R"({"tags":["x","y",[],[[1,2],{"z":null}]],"text":"ok","n":-1.5e-3,"t":true,"f":false,"z":null})",
        R"({"text":"ok","deep":{"a":{"b":{"c":[{"d":"\"}]\\"}]}}},"after":"x"})",
        R"({"s":"text","text":"ok","o":{"text":"inner, not read"}})",
        R"({ "a" : [ 1 , 2 ] , "b" : { "c" : "d" } , "text" : "ok" })",
    };
    for (const char* line : lines) {
      CAPTURE(line);
      CHECK(scan_ok(line).text == "ok");
    }
  }

  TEST_CASE("jsonl: errors with their column") {
    struct Case {
      std::string line;
      std::size_t column;
      const char* message;  // a part of the message
    };
    const Case cases[] = {
        {R"({"text":"abc)", 9, "unterminated string"},
        {R"({"text":"abc\)", 9, "unterminated string"},
        {R"({"text" "abc"})", 9, "expected ':' after a key"},
        {R"({"text")", 8, "expected ':' after a key"},
        {R"({"text":"a",})", 12, "trailing comma"},
        {R"({"text":"a" , })", 13, "trailing comma"},
        {R"({"a":[1,2,],"text":"a"})", 10, "trailing comma"},
        {R"({"a":{"b":1,},"text":"a"})", 12, "trailing comma"},
        {R"({"text":"a"} x)", 14, "unexpected characters after the object"},
        {R"({"text":"a"}})", 13, "unexpected characters after the object"},
        {R"({"text":"a"}{"text":"b"})", 13, "unexpected characters after the object"},
        {R"(["text"])", 1, "not a JSON object"},
        {R"(  "text")", 3, "not a JSON object"},
        {"42", 1, "not a JSON object"},
        {R"({"text":"a","title":["x"]})", 21, "key \"title\": expected a string, a number or null, found an array"},
        {R"({"text":{"p":"a"}})", 9, "key \"text\": expected a string, a number or null, found an object"},
        {R"({"text":"a","id":true})", 18, "key \"id\": expected a string, a number or null, found true"},
        {R"({"text":"a","body":false})", 20, "key \"body\""},
        {"{\"text\":\"a\tb\"}", 11, "control character in a string"},
        {"{\"x\":\"\x01\",\"text\":\"a\"}", 7, "control character in a string"},
        {R"({"text":"a\xb"})", 11, "invalid escape '\\x'"},
        {R"({"other":"\q","text":"a"})", 11, "invalid escape '\\q'"},
        {R"({"text":"\u12"})", 10, "invalid \\u escape"},
        {R"({"text":"\u12)", 10, "invalid \\u escape"},
        {R"({"text":"\uZZZZ"})", 10, "invalid \\u escape"},
        {R"({"text":"a")", 12, "expected ',' or '}'"},
        {R"({"text":"a" "b":1})", 13, "expected ',' or '}'"},
        {R"({"a":[1 2],"text":"a"})", 9, "expected ',' or ']'"},
        {R"({text:"a"})", 2, "expected a key"},
        {R"({"text":"a",,"b":1})", 13, "expected a key"},
        {R"({"a":tru,"text":"a"})", 6, "expected a value"},
        {R"({"a":,"text":"a"})", 6, "expected a value"},
        {R"({"text":})", 9, "expected a value"},
        {R"({"a":01,"text":"a"})", 7, "expected ',' or '}'"},
        {R"({"a":-,"text":"a"})", 6, "invalid number"},
        {R"({"a":1.,"text":"a"})", 6, "invalid number"},
        {R"({"a":1e+,"text":"a"})", 6, "invalid number"},
        {R"({"a":+1,"text":"a"})", 6, "expected a value"},
        {R"({"a":"x"})", 1, "no text field (text, body or content)"},
        {R"({})", 1, "no text field"},
        {"", 1, "empty line"},
        {" \t ", 1, "empty line"},
        {"\r", 1, "empty line"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      const JsonlError e = scan_error(c.line);
      CHECK(e.column == c.column);
      CHECK(e.message.find(c.message) != std::string::npos);
    }
    // The exact wording the callers and users see.
    CHECK(scan_error(R"({"text" 1})").message == "expected ':' after a key");
    CHECK(scan_error(R"({"text":"a)").message == "unterminated string");
    CHECK(scan_error(R"(["a"])").message == "not a JSON object");
    CHECK(scan_error(R"({"x":1})").message == "no text field (text, body or content)");
    CHECK(scan_error("   ").message == "empty line");
  }

  TEST_CASE("jsonl: nesting too deep is an error, not a crash") {
    const std::string deep = R"({"text":"a","x":)" + std::string(100000, '[') + std::string(100000, ']') + "}";
    const JsonlError e = scan_error(deep);
    CHECK(e.message.find("nesting deeper") != std::string::npos);
    const std::string fine = R"({"text":"a","x":)" + std::string(500, '[') + std::string(500, ']') + "}";
    CHECK(scan_ok(fine).text == "a");
  }

  TEST_CASE("jsonl: CRLF lines, white space, byte order mark") {
    CHECK(scan_ok("{\"text\":\"a\"}\r").text == "a");
    CHECK(scan_ok("{\"text\":\"a\"} \t\r").text == "a");
    const std::string_view spaced = " \t{ \"text\" :\t\"a b\" , \"id\" : 5 ,\"title\"\n:\r\"t\" }  ";
    const JsonlRecord r = scan_ok(spaced);
    CHECK(r.text == "a b");
    CHECK(r.id == "5");
    CHECK(r.title == "t");
    check_pieces(spaced, r, {"a b"});
    const std::string_view bom = "\xEF\xBB\xBF{\"text\":\"a\"}";
    const JsonlRecord b = scan_ok(bom);
    CHECK(b.text == "a");
    CHECK(b.text_anchors[0].second == 12);
    // An unterminated string at the end of a CRLF line is reported at its quote, not at the '\r'.
    const JsonlError e = scan_error("{\"text\":\"abc\r");
    CHECK(e.message == "unterminated string");
    CHECK(e.column == 9);
  }

  TEST_CASE("jsonl: a 1 MB text scans in one pass") {
    std::string raw;
    std::string expected;
    raw.reserve(1 << 21);
    std::size_t paragraph = 0;
    while (expected.size() < (1u << 20)) {
      const std::string words = "Paragraph " + std::to_string(paragraph++) + " says 12 people died in floods";
      raw += words + " \\\"quoted\\\" caf\\u00e9\\n";
      expected += words + " \"quoted\" caf\xC3\xA9\n";
    }
    const std::string line = R"({"id":1,"meta":{"k":[1,2,3]},"text":")" + raw + R"(","title":"big"})";
    const JsonlRecord r = scan_ok(line);
    CHECK(r.text == expected);
    CHECK(r.title == "big");
    CHECK(anchors_increase(r));
    CHECK(r.text_anchors.size() == 1 + 4 * paragraph);
    const std::string last = "Paragraph " + std::to_string(paragraph - 1) + " says 12 people died in floods";
    const std::size_t t = r.text.rfind(last);
    REQUIRE(t != std::string::npos);
    CHECK(std::string_view(line).substr(util::anchored_offset(r.text_anchors, t), last.size()) == last);
  }
}
