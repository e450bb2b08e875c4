// Encodings: what newsroom files arrive in, turned into the UTF-8 every later stage reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace figcheck::ingest {

enum class Encoding { utf8, windows_1252, latin1, utf16le, utf16be };
std::string_view to_string(Encoding);  // "UTF-8", "Windows-1252", "Latin-1", "UTF-16LE", "UTF-16BE"

// Bytes decoded to UTF-8. A UTF-8 byte order mark is kept (offsets stay offsets into the file;
// columns and the tokenizer skip it); line breaks are never changed, so line numbers are the
// file's, and so are columns (counted in characters) for every encoding.
struct Decoded {
  std::string text;
  Encoding encoding = Encoding::utf8;
  // UTF-8 with invalid sequences: the first one's byte offset in the file, and how many were
  // replaced by U+FFFD. npos and 0 when none.
  std::size_t first_invalid = std::string::npos;
  std::size_t invalid = 0;
};

// Detects the encoding and decodes:
// - a UTF-16 byte order mark (FF FE, FE FF): UTF-16, unpaired surrogates replaced;
// - valid UTF-8 (with or without a BOM): as it is;
// - bytes that are not UTF-8 and hold no more valid multi-byte UTF-8 sequences than invalid
//   ones: a single-byte encoding, Windows-1252 when it uses the typographic characters of
//   0x80-0x9F ("’", "€", "œ", "…"), Latin-1 when it uses a byte Windows-1252 leaves undefined
//   (0x81, 0x8D, 0x8F, 0x90, 0x9D) or none of that range (the two agree everywhere else);
// - otherwise UTF-8 with a few bad bytes: each invalid byte replaced by U+FFFD, and reported.
Decoded decode(std::string bytes);

// A file that is no text at all: NUL bytes (outside a UTF-16 file), or more than one byte in
// ten of its first 8 KiB a control character other than tab, line feed, carriage return, form
// feed and escape.
bool looks_binary(std::string_view bytes);

}  // namespace figcheck::ingest
