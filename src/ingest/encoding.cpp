#include "ingest/encoding.hpp"

#include <algorithm>
#include <array>

#include "util/text.hpp"

namespace figcheck::ingest {
namespace {

// Windows-1252's 0x80-0x9F; 0 where it defines nothing.
constexpr std::array<char32_t, 32> k_cp1252_high{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool has_utf16_bom(std::string_view bytes) {
  return bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

std::string from_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  const auto unit = [&](std::size_t i) {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(little_endian ? (b << 8 | a) : (a << 8 | b));
  };
  for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    util::append_utf8(out, cp);
  }
  return out;
}

}  // namespace

std::string_view to_string(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::windows_1252: return "Windows-1252";
    case Encoding::latin1: return "Latin-1";
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
  }
  return "UTF-8";
}

bool looks_binary(std::string_view bytes) {
  if (has_utf16_bom(bytes)) return false;
  const std::string_view head = bytes.substr(0, 8192);
  std::size_t control = 0;
  for (const char c : head) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) return true;
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) ++control;
  }
  if (bytes.find('\0') != std::string_view::npos) return true;
  return control * 10 > head.size();
}

Decoded decode(std::string bytes) {
  Decoded out;
  if (has_utf16_bom(bytes)) {
    out.encoding = bytes[0] == '\xFF' ? Encoding::utf16le : Encoding::utf16be;
    out.text = from_utf16(bytes, out.encoding == Encoding::utf16le);
    return out;
  }
  // Count what reads as UTF-8 and what does not.
  std::size_t invalid = 0;
  std::size_t multibyte = 0;
  std::size_t first_invalid = std::string::npos;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t bad = util::find_invalid_utf8(std::string_view(bytes).substr(pos));
    const std::size_t end = bad == std::string_view::npos ? bytes.size() : pos + bad;
    for (std::size_t i = pos; i < end; ++i) multibyte += (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0xC0 ? 1 : 0;
    if (bad == std::string_view::npos) break;
    if (first_invalid == std::string::npos) first_invalid = end;
    ++invalid;
    pos = end + 1;
  }
  if (invalid == 0) {
    out.text = std::move(bytes);
    return out;
  }
  if (multibyte < invalid) {
    bool undefined_in_1252 = false;
    bool uses_1252 = false;
    for (const char c : bytes) {
      const auto b = static_cast<unsigned char>(c);
      if (b >= 0x80 && b <= 0x9F) {
        if (k_cp1252_high[b - 0x80] == 0) undefined_in_1252 = true;
        else uses_1252 = true;
      }
    }
    out.encoding = uses_1252 && !undefined_in_1252 ? Encoding::windows_1252 : Encoding::latin1;
    out.text.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
      const auto b = static_cast<unsigned char>(c);
      if (b < 0x80) {
        out.text += c;
      } else if (b <= 0x9F && out.encoding == Encoding::windows_1252) {
        util::append_utf8(out.text, k_cp1252_high[b - 0x80]);
      } else {
        util::append_utf8(out.text, b);
      }
    }
    return out;
  }
  out.first_invalid = first_invalid;
  out.invalid = util::repair_utf8(bytes);
  out.text = std::move(bytes);
  return out;
}

}  // namespace figcheck::ingest
