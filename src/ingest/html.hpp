// HTML input: the article inside a news page as plain text, its metadata, and a map from each
// byte of that text back to the page, so that a claim found in the text can be reported at the
// file's line and column.
// Hand-written single-pass tokenizer and element stack: no regex, no exceptions, no DOM.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace figcheck::ingest {

// The article inside an HTML page: its own text, and where each piece of it came from.
struct HtmlArticle {
  // UTF-8. Block elements (p, div, h1-h6, li, blockquote, article, section, tr, figcaption...) are
  // separated by one blank line ("\n\n"), a <br> is "\n" (two in a row make a blank line), table
  // cells by a space; runs of HTML white space (space, tab, CR, LF, FF) inside a paragraph become
  // one space; no-break spaces (U+00A0, U+202F...) are kept as they are. No leading or trailing
  // white space.
  std::string text;
  // <meta property="og:title">, else <title>, else the first <h1> (preferring one inside the
  // article text); entities decoded, spaces squeezed; "" if none.
  std::string title;
  // The value as written (entities decoded, trimmed) of <meta property="article:published_time">,
  // else of the first <meta name="date"|"pubdate"|"publish-date"|"dc.date"|"dc.date.issued"|
  // "parsely-pub-date"> or <meta itemprop="datePublished"> (names case-insensitive), else of the
  // first <time datetime="..."> (preferring one inside the article text); "" if none.
  std::string published;
  std::string language;  // <html lang="fr-FR"> -> "fr-FR" as written (else xml:lang), "" if none
  std::string outlet;    // <meta property="og:site_name">, "" if none
  std::string url;       // <link rel="canonical" href>, else <meta property="og:url">, "" if none
  // (text offset, source offset) pairs in strictly increasing text offset: text[t] came from
  // source[s]; the bytes after an anchor, up to the next anchor, map one to one (text byte t0+k
  // came from source byte s0+k). A new anchor wherever that stops being true, and only there: after
  // a tag, after an entity, after collapsed white space, at an inserted line or paragraph break.
  // The bytes an entity decodes to map onto the entity's own bytes ("&eacute;" -> the '&' and the
  // 'e'); an inserted break onto the tag that caused it (so "fin.</p>" needs no anchor before the
  // break: its "\n\n" maps onto "</"), a collapsed space onto the run's first byte. Empty when the
  // text is.
  std::vector<std::pair<std::size_t, std::size_t>> anchors;
};

// `source` is the page as UTF-8 (already decoded from its encoding by the caller). Never throws
// for bad input; malformed HTML (unclosed tags, stray '<', unterminated comments, attributes
// without quotes) still gives the best text it can: an unterminated comment ends at the next '>',
// a quote never closed at the tag's '>', an unterminated <title> at the next '<' (an unterminated
// script or style runs to the end, as in a browser); "/>" closes any element, not only void ones;
// a stray end tag is ignored, a lone "</p>" is an empty paragraph.
//
// The article's own text: everything but script, style, noscript, template, svg, iframe, nav,
// footer, header (kept inside <article> or <main>), aside, form (kept when it holds most of the
// text: whole-page ASP.NET forms), button, select, textarea, head, video, audio, canvas, object,
// dialog, menu, comments, <!DOCTYPE>, CDATA; and elements marked as boilerplate by role
// (navigation, banner, contentinfo, complementary, search...), by a class or id word (nav, menu,
// footer, cookie, share, social, related, newsletter, breadcrumb, advert, ad(s), promo, comments,
// sidebar...: words of each class split on spaces, '-' and '_', case-insensitive; a class that
// also says has/with/no/show/open/tag/category... does not count), by the `hidden` attribute or an
// inline display:none. <html>, <body>, <article> and <main> are never dropped by these marks
// (CMSs put category and state classes on them). Of what is left: the text of the <article>
// element(s) if there is one, else of <main> (or role="main"), else of <body>, else of the whole
// document; the next one when that has no visible text.
HtmlArticle extract_html(std::string_view source);

}  // namespace figcheck::ingest
