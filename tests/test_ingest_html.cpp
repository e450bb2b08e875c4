#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/html.hpp"
#include "util/text.hpp"

using namespace figcheck;
using figcheck::ingest::HtmlArticle;

namespace {

// The properties every extraction has, whatever the input: anchors in strictly increasing text
// offset, inside the source, the first at text offset 0; each visible ASCII byte of the text is
// the source byte it maps to, or comes from an entity ('&...') a few bytes before.
void check_anchors(std::string_view source, const HtmlArticle& article) {
  const auto& anchors = article.anchors;
  CHECK(anchors.empty() == article.text.empty());
  if (anchors.empty()) return;
  CHECK(anchors.front().first == 0);
  std::size_t bad_anchors = 0;
  for (std::size_t i = 0; i < anchors.size(); ++i) {
    const bool ordered = i == 0 || anchors[i - 1].first < anchors[i].first;
    if (!ordered || anchors[i].first >= article.text.size() || anchors[i].second >= source.size()) ++bad_anchors;
  }
  CHECK(bad_anchors == 0);
  std::size_t mismatches = 0;
  for (std::size_t t = 0; t < article.text.size(); ++t) {
    const char c = article.text[t];
    if (c == ' ' || c == '\n') continue;
    const std::size_t s = util::anchored_offset(anchors, t);
    if (s >= source.size()) {
      ++mismatches;
      continue;
    }
    if (source[s] == c) continue;
    const std::size_t back = s >= 4 ? s - 4 : 0;
    if (source.substr(back, s - back + 1).find('&') == std::string_view::npos) ++mismatches;
  }
  CHECK(mismatches == 0);
}

HtmlArticle extract(std::string_view source) {
  HtmlArticle article = ingest::extract_html(source);
  check_anchors(source, article);
  return article;
}

// Whether the text at the first occurrence of `needle` maps back to that same string in the source.
bool maps_back(std::string_view source, const HtmlArticle& article, std::string_view needle) {
  const std::size_t t = article.text.find(needle);
  if (t == std::string::npos) return false;
  const std::size_t s = util::anchored_offset(article.anchors, t);
  return source.substr(s, needle.size()) == needle;
}

struct Case {
  const char* html;
  const char* text;
};

void check_cases(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    CAPTURE(c->html);
    CHECK(extract(c->html).text == c->text);
  }
}

}  // namespace

TEST_SUITE("ingest") {
  TEST_CASE("html: blocks, breaks and white space") {
    const Case cases[] = {
        {"<p>a</p><p>b</p>", "a\n\nb"},
        {"<div>a<br>b</div>", "a\nb"},
        {"<div>a<br/>b<br />c</div>", "a\nb\nc"},
        {"a<br><br>b", "a\n\nb"},
        {"a<br><br><br><br>b", "a\n\nb"},
        {"<p>a<br></p><p>b</p>", "a\n\nb"},
        {"<p>  lots \n\t of   space\r\n </p>", "lots of space"},
        {"\n\n  <p>\n  lead and trail  \n</p>\n\n", "lead and trail"},
        {"<P>Upper</P><DIV>Case</DIV><H2 CLASS=\"x\">Head</H2>", "Upper\n\nCase\n\nHead"},
        {"<p>one<p>two<div>three</div>four", "one\n\ntwo\n\nthree\n\nfour"},
        {"<ul><li>a<li>b</ul><ol><li>c</li><li>d<ul><li>e</ul></ol>", "a\n\nb\n\nc\n\nd\n\ne"},
        {"<h1>T</h1><h2>S</h2><blockquote>q</blockquote><section>s</section>", "T\n\nS\n\nq\n\ns"},
        {"<dl><dt>term<dd>definition</dl>", "term\n\ndefinition"},
        {"<table><tr><td>a</td><td>b</td></tr><tr><td>c<td>d</table>", "a b\n\nc d"},
        {"<p>a <b>bold</b> word, <i>x</i><span>y</span>z</p>", "a bold word, xyz"},
        {"<p>a <a href=\"/x\"> link </a> b</p>", "a link b"},
        {"<figure><img src=a.jpg alt='x'><figcaption>Cap</figcaption></figure><p>t</p>", "Cap\n\nt"},
        {"<p>a<img src=x>b<hr>c<input value=v>d<wbr>e</p>", "ab\n\ncde"},
        {"<p title=\"a > b\" data-x='c > d' class=plain>text</p>", "text"},
        {"<p data-json='{\"a\": \"<b>\"}' hidden-not=1>text</p>", "text"},
        {"<p>7<span class=\"unit\">&nbsp;</span>989</p>", "7\u00A0989"},
        {"<p>a</p>\n\n<p>b</p>\n<div>\n<p>c</p>\n</div>", "a\n\nb\n\nc"},
        {"<div>a<div>b</div>c</div>", "a\n\nb\n\nc"},
        {"<p>a</p></p><p>b</p>", "a\n\nb"},
        {"<pre>x   y</pre>", "x y"},
        {"<p>7\u00A0989 et 12\u202F000</p>", "7\u00A0989 et 12\u202F000"},  // no-break spaces are not white space
    };
    check_cases(std::begin(cases), std::end(cases));
  }

  TEST_CASE("html: raw text, comments and declarations yield no text") {
    const Case cases[] = {
        {"<p>a</p><script>if (a < b) { x = \"</div>\"; }</script><p>b</p>", "a\n\nb"},
        {"<SCRIPT type=\"x\">var s = \"<p>no</p>\";</ScRiPt>ok", "ok"},
        {"<script>document.write('</scripty>')</script >ok", "ok"},
        {"<style>p > a { color: red }</style>ok", "ok"},
        {"a<!-- <p>hidden</p> -->b", "ab"},
        {"a<!---->b<!-->c<!--->d", "abcd"},
        {"<!DOCTYPE html><p>a<![CDATA[ x < y ]]>b</p>", "ab"},
        {"<?xml version='1.0'?><p>a</p>", "a"},
        {"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script>alert(1)</script>"},
        {"<textarea><p>typed</p></textarea>ok", "ok"},
        {"<title>T</title><p>ok</p>", "ok"},
    };
    check_cases(std::begin(cases), std::end(cases));
  }

  TEST_CASE("html: entities") {
    const Case cases[] = {
        {"&amp;&lt;&gt;&quot;&apos;", "&<>\"'"},
        {"caf&eacute; &#233; &#xE9; &#XE9; &#233x", "café é é é éx"},
        {"&#0;|&#x110000;|&#xD800;|&#99999999999;|&#1;", "\uFFFD|\uFFFD|\uFFFD|\uFFFD|\uFFFD"},
        {"&#150;&#146;&#128;", "\u2013\u2019\u20AC"},
        {"7&nbsp;989 personnes", "7\u00A0989 personnes"},
        {"7&#8239;989 et 12&thinsp;000", "7\u202F989 et 12\u2009000"},
        {"a&ensp;b&emsp;c&ndash;d&mdash;e&hellip;", "a\u2002b\u2003c\u2013d\u2014e\u2026"},
        {"&laquo;&nbsp;x&nbsp;&raquo; &lsquo;y&rsquo; &sbquo;&ldquo;z&rdquo;&bdquo;",
         "\u00AB\u00A0x\u00A0\u00BB \u2018y\u2019 \u201A\u201Cz\u201D\u201E"},
        {"&euro;&pound;&yen;&cent;&copy;&reg;&trade;&deg;&middot;&times;&divide;&bull;", "€£¥¢©®™°·×÷•"},
        {"&Agrave;&Eacute;&Ccedil;&Ntilde;&Ouml;&Oslash;&Uuml;&THORN;&szlig;&yuml;&OElig;&oelig;&AElig;&aring;",
         "ÀÉÇÑÖØÜÞßÿŒœÆå"},
        {"&unknown; AT&T a & b &amp x &#; &#x; &", "&unknown; AT&T a & b &amp x &#; &#x; &"},
        {"a&#32;&#32;b&#10;c", "a b c"},
    };
    for (const Case& c : cases) {
      const std::string html = std::string("<p>") + c.html + "</p>";
      CAPTURE(html);
      CHECK(extract(html).text == c.text);
    }
  }

  TEST_CASE("html: boilerplate elements are dropped with their content") {
    const char* const boilerplate[] = {
        "<script>x()</script>",
        "<style>.x{}</style>",
        "<noscript>Enable JavaScript</noscript>",
        "<template><p>tpl</p></template>",
        "<svg viewBox=\"0 0 1 1\"><title>icon</title><text>svg</text></svg>",
        "<iframe src=\"x\">frame</iframe>",
        "<nav><a href=/>Accueil</a></nav>",
        "<footer>© 2022</footer>",
        "<header><a href=/>Site</a></header>",
        "<aside>Lire aussi</aside>",
        "<form><label>Email</label><input name=e></form>",
        "<button>Partager</button>",
        "<select><option>fr</option></select>",
        "<div role=\"navigation\">nav</div>",
        "<div role=\"banner\">banner</div>",
        "<div role=\"contentinfo\">info</div>",
        "<div role=\"complementary\">more</div>",
        "<div class=\"nav\">x</div>",
        "<ul class=\"main-menu\"><li>x</ul>",
        "<div class=\"site_footer\">x</div>",
        "<div class=\"cookie-banner\">x</div>",
        "<div class=\"share\">x</div>",
        "<div class=\"c-share__button\">x</div>",
        "<div class=\"SOCIAL-links\">x</div>",
        "<section class=\"related\">x</section>",
        "<div class=\"Related_Posts\">x</div>",
        "<div class=\"newsletter-signup\">x</div>",
        "<ol class=\"breadcrumb\"><li>x</ol>",
        "<div class=\"advert\">x</div>",
        "<div class=\"wrapper ad\">x</div>",
        "<div class=\"ad-slot\">x</div>",
        "<div class=\"promo\">x</div>",
        "<div class=\"comments\">x</div>",
        "<div id=\"comments\">x</div>",
        "<div id=\"cookie_notice\">x</div>",
        "<div class=\"sidebar\">x</div>",
        "<p hidden>x</p>",
        "<p style=\"color: red; display : none\">x</p>",
        "<span class=\"share\">x</span>",
    };
    for (const char* b : boilerplate) {
      const std::string html = std::string("<body><p>keep</p>") + b + "<p>this</p></body>";
      CAPTURE(html);
      CHECK(extract(html).text == "keep\n\nthis");
    }
  }

  TEST_CASE("html: class words match whole words only, and not when they say has/no/with") {
    const char* const kept[] = {
        "<div class=\"shadow\">x</div>",         "<div class=\"download\">x</div>",
        "<div class=\"loaded head\">x</div>",    "<div class=\"has-sidebar\">x</div>",
        "<div class=\"no-ads\">x</div>",         "<div class=\"content with-comments\">x</div>",
        "<div class=\"menu-open page\">x</div>", "<div class=\"tag-social\">x</div>",
        "<div class=\"article-header\">x</div>", "<div class=\"navigator\">x</div>",
        "<div class=\"shared\">x</div>",
    };
    for (const char* k : kept) {
      const std::string html = std::string("<body><p>keep</p>") + k + "<p>this</p></body>";
      CAPTURE(html);
      CHECK(extract(html).text == "keep\n\nx\n\nthis");
    }
    // A CMS's classes on the body or the article never drop them.
    CHECK(extract("<body class=\"single tag-ad category-social\"><p>text</p></body>").text == "text");
    CHECK(extract("<article class=\"post tag-cookie share\" hidden><p>text</p></article>").text == "text");
  }

  TEST_CASE("html: the article, else main, else body, else the document") {
    const Case cases[] = {
        {"<body><p>outside</p><article><p>inside</p></article><p>after</p></body>", "inside"},
        {"<body><article><p>one</p></article><div>x</div><article><p>two</p></article></body>", "one\n\ntwo"},
        {"<body><p>outside</p><main><p>main</p></main></body>", "main"},
        {"<body><div role=\"main\"><p>main</p></div><p>outside</p></body>", "main"},
        {"<body><main><p>main</p><article><p>art</p></article></main></body>", "art"},
        {"<html><head><title>t</title></head><body><p>body</p></body></html>", "body"},
        {"<html><head><title>t</title></head><p>no body tag</p></html>", "no body tag"},
        {"<p>fragment</p>", "fragment"},
        {"<head><title>t</title></head>text before body<body><p>body</p></body>", "body"},
        {"<body><p>in</p></body><p>after the body is still the body</p>", "in\n\nafter the body is still the body"},
        // An article inside dropped content does not count; nor does an empty one.
        {"<body><p>story</p><aside><article><p>teaser</p></article></aside></body>", "story"},
        {"<body><article></article><p>story</p></body>", "story"},
        // The page's header is dropped; the article's (or main's) header holds the headline.
        {"<body><header>Site</header><article><header><h1>Headline</h1></header><p>p</p></article></body>",
         "Headline\n\np"},
        {"<body><header>Site</header><main><header><h1>Headline</h1></header><p>p</p></main></body>", "Headline\n\np"},
        // A form holding the whole page (ASP.NET) is kept; a small one is not.
        {"<body><form id=\"aspnetForm\"><div><p>The whole story is inside the form.</p></div></form></body>",
         "The whole story is inside the form."},
        {"<body><p>The story is long enough.</p><form><p>Sign up</p></form></body>", "The story is long enough."},
    };
    check_cases(std::begin(cases), std::end(cases));
  }

  TEST_CASE("html: metadata") {
    SUBCASE("all present") {
      const HtmlArticle a = extract(
          "<!DOCTYPE html><html lang=\"fr-FR\"><head><meta charset=\"utf-8\">"
          "<title>Titre &amp; sous-titre | Le Site</title>"
          "<meta property=\"og:title\" content=\"  Titre   &eacute;l&eacute;gant \">"
          "<meta property=\"og:site_name\" content=\"Le Site\">"
          "<meta property=\"og:url\" content=\"https://example.fr/og\">"
          "<link rel=\"canonical\" href=\"https://example.fr/a?b=1&amp;c=2\">"
          "<meta name=\"date\" content=\"2022-01-09\">"
          "<meta property=\"article:published_time\" content=\"2022-01-10T08:00:00+01:00\">"
          "</head><body><article><h1>H1</h1><time datetime=\"2022-01-08\">8</time><p>x</p></article></body></html>");
      CHECK(a.title == "Titre élégant");
      CHECK(a.published == "2022-01-10T08:00:00+01:00");
      CHECK(a.language == "fr-FR");
      CHECK(a.outlet == "Le Site");
      CHECK(a.url == "https://example.fr/a?b=1&c=2");
    }
    SUBCASE("fallbacks") {
      const HtmlArticle a = extract(
          "<HTML LANG=en><head><TITLE>\n  A  &quot;title&quot;\n</TITLE>"
          "<meta property=\"og:url\" content=\"https://example.com/og\">"
          "<meta name=\"DC.date.issued\" content=\"2021-05-04\"></head><body><p>x</p></body></HTML>");
      CHECK(a.title == "A \"title\"");
      CHECK(a.published == "2021-05-04");
      CHECK(a.language == "en");
      CHECK(a.outlet == "");
      CHECK(a.url == "https://example.com/og");
    }
    SUBCASE("meta names for the date") {
      const char* const names[] = {"date", "pubdate", "publish-date", "dc.date", "DC.date.issued", "parsely-pub-date"};
      for (const char* name : names) {
        CAPTURE(name);
        const std::string html = std::string("<meta name=\"") + name + "\" content=\"2020-02-02\"><time datetime=x>";
        CHECK(extract(html).published == "2020-02-02");
      }
    }
    SUBCASE("the first h1 and the first time, preferring the article's") {
      const HtmlArticle a = extract(
          "<body><header><h1 class=\"logo\">Site</h1><time datetime=\"2099-01-01\">today</time></header>"
          "<article><h1> The   <em>real</em> headline</h1><time datetime=\" 2022-01-10 \">10 Jan</time>"
          "<p>x</p></article></body>");
      CHECK(a.title == "The real headline");
      CHECK(a.published == "2022-01-10");
      CHECK(extract("<body><h1>First</h1><p>x</p><h1>Second</h1></body>").title == "First");
      CHECK(extract("<h1>Line one<br>line two</h1>").title == "Line one line two");
    }
    SUBCASE("an svg title is no page title; an empty og:title is none") {
      const HtmlArticle a = extract(
          "<meta property=\"og:title\" content=\"\"><body><svg><title>Icon</title></svg><h1>Headline</h1></body>");
      CHECK(a.title == "Headline");
    }
    SUBCASE("none") {
      const HtmlArticle a = extract("<p>just text</p>");
      CHECK(a.title == "");
      CHECK(a.published == "");
      CHECK(a.language == "");
      CHECK(a.outlet == "");
      CHECK(a.url == "");
    }
  }

  TEST_CASE("html: each piece of text maps back to its place in the page") {
    const std::string source =
        "<html><body>\n"
        "<p>Caf&eacute; au lait, <b>gras</b> et   \n    fin.</p>\n"
        "<p>Second    paragraphe &amp; suite: 7&nbsp;989 morts.</p>\n"
        "<ul><li>un</li><li>deux<br>trois</li></ul>\n"
        "</body></html>\n";
    const HtmlArticle a = extract(source);
    CHECK(a.text == "Café au lait, gras et fin.\n\nSecond paragraphe & suite: 7\u00A0989 morts.\n\nun\n\ndeux\ntrois");
    for (const std::string_view needle : {"Caf", " au lait, ", "gras", " et", "fin.", "Second", "paragraphe ",
                                          " suite: 7", "989 morts.", "un", "deux", "trois"}) {
      CAPTURE(needle);
      CHECK(maps_back(source, a, needle));
    }
    // The bytes an entity decodes to map onto the entity; a break onto the tag that made it.
    const std::size_t e_acute = a.text.find("é");
    CHECK(source.substr(util::anchored_offset(a.anchors, e_acute), 8) == "&eacute;");
    const std::size_t amp = a.text.find('&');
    CHECK(source.substr(util::anchored_offset(a.anchors, amp), 5) == "&amp;");
    const std::size_t nbsp = a.text.find("\u00A0");
    CHECK(source.substr(util::anchored_offset(a.anchors, nbsp), 6) == "&nbsp;");
    const std::size_t blank = a.text.find("\n\n");
    CHECK(source.substr(util::anchored_offset(a.anchors, blank), 4) == "</p>");
    const std::size_t line = a.text.find("\ntrois");
    CHECK(source.substr(util::anchored_offset(a.anchors, line), 4) == "<br>");
    // The collapsed run maps onto its first byte; the end of the text onto the end of "trois".
    const std::size_t run = a.text.find(" fin.");
    CHECK(source.substr(util::anchored_offset(a.anchors, run), 4) == "   \n");
    CHECK(source.substr(util::anchored_offset(a.anchors, a.text.size()), 5) == "</li>");
    // Every anchor but the first starts where the one-to-one mapping stopped.
    for (std::size_t i = 1; i < a.anchors.size(); ++i) {
      const auto [t0, s0] = a.anchors[i - 1];
      const auto [t1, s1] = a.anchors[i];
      CHECK(s1 != s0 + (t1 - t0));
    }
  }

  TEST_CASE("html: a French news page") {
    const std::string page = R"(<!DOCTYPE html>
<html lang="fr-FR" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Kazakhstan : près de 8 000 personnes arrêtées - Le Quotidien</title>
  <meta property="og:title" content="Kazakhstan&nbsp;: pr&egrave;s de 8&#8239;000 personnes arr&ecirc;t&eacute;es">
  <meta property="og:site_name" content="Le Quotidien">
  <meta property="article:published_time" content="2022-01-10T09:12:00+01:00">
  <link rel="canonical" href="https://www.lequotidien.fr/monde/kazakhstan-arrestations">
  <script>window.dataLayer = [{"page": "<div>article</div>"}];</script>
  <style>.share > a { display: inline-block; }</style>
</head>
<body class="article-page has-ads">
  <header class="site-header">
    <a href="/" class="logo">Le Quotidien</a>
    <nav class="main-nav"><ul><li><a href="/monde">Monde</a></li><li><a href="/france">France</a></li></ul></nav>
  </header>
  <div id="cookie-consent" class="cookie-banner">
    <p>Nous utilisons des cookies pour am&eacute;liorer votre exp&eacute;rience.</p>
    <button>Accepter</button>
  </div>
  <div class="page">
    <article class="article">
      <header>
        <h1 class="article__title">Kazakhstan&nbsp;: pr&egrave;s de 8&#8239;000 personnes arr&ecirc;t&eacute;es</h1>
        <p class="article__meta">Publi&eacute; le
          <time datetime="2022-01-10T09:12:00+01:00">lundi 10 janvier 2022</time></p>
      </header>
      <div class="article__body">
        <p>ALMATY&nbsp;: Pr&egrave;s de 7&nbsp;989 personnes ont &eacute;t&eacute; interpell&eacute;es
           au Kazakhstan, a annonc&eacute; lundi le minist&egrave;re de l&#8217;Int&eacute;rieur.
        <p>Selon les autorit&eacute;s, 164 personnes sont mortes lors des &laquo;&nbsp;&eacute;meutes&nbsp;&raquo;.</p>
        <script type="text/javascript">
          if (window.innerWidth < 768) { document.write("</div><div class='ad'>pub</div>"); }
        </script>
        <div class="ad ad-inread"><span>Publicit&eacute;</span></div>
        <p>Le pr&eacute;sident a d&eacute;nonc&eacute; une
          <em>&laquo;&nbsp;tentative de coup d&#8217;&Eacute;tat&nbsp;&raquo;</em>.</p>
        <aside class="related"><h2>Lire aussi</h2><ul><li><a href="/x">Un autre article</a></li></ul></aside>
      </div>
      <div class="share-buttons">
        <a href="https://twitter.com/share">Partager sur Twitter</a>
        <button>Copier le lien</button>
      </div>
    </article>
    <section id="comments"><h2>Commentaires</h2><p>Premier&nbsp;!</p></section>
  </div>
  <footer class="site-footer"><p>&copy; 2022 Le Quotidien &ndash; Tous droits r&eacute;serv&eacute;s</p></footer>
  <script>(function(){ var s = "<p>tracking</p>"; })();</script>
</body>
</html>
)";
    const HtmlArticle a = extract(page);
    CHECK(a.text ==
          "Kazakhstan\u00A0: près de 8\u202F000 personnes arrêtées\n\n"
          "Publié le lundi 10 janvier 2022\n\n"
          "ALMATY\u00A0: Près de 7\u00A0989 personnes ont été interpellées au Kazakhstan, a annoncé lundi le "
          "ministère de l\u2019Intérieur.\n\n"
          "Selon les autorités, 164 personnes sont mortes lors des \u00AB\u00A0émeutes\u00A0\u00BB.\n\n"
          "Le président a dénoncé une \u00AB\u00A0tentative de coup d\u2019État\u00A0\u00BB.");
    CHECK(a.title == "Kazakhstan : près de 8 000 personnes arrêtées");  // (spaces squeezed)
    CHECK(a.published == "2022-01-10T09:12:00+01:00");
    CHECK(a.language == "fr-FR");
    CHECK(a.outlet == "Le Quotidien");
    CHECK(a.url == "https://www.lequotidien.fr/monde/kazakhstan-arrestations");
    CHECK(a.text.find('<') == std::string::npos);
    CHECK(a.text.find("cookie") == std::string::npos);
    CHECK(a.text.find("Partager") == std::string::npos);
    CHECK(a.text.find("Publicit") == std::string::npos);
    CHECK(maps_back(page, a, "989 personnes ont "));
    CHECK(maps_back(page, a, "au Kazakhstan, a annonc"));  // after a collapsed line break and indent
    CHECK(maps_back(page, a, "Selon les autorit"));
    CHECK(maps_back(page, a, "164 personnes sont mortes"));
    CHECK(maps_back(page, a, "tentative de coup d"));
    CHECK(maps_back(page, a, "lundi 10 janvier 2022"));
    const std::size_t figure = a.text.find("7\u00A0989");
    CHECK(page.substr(util::anchored_offset(a.anchors, figure), 11) == "7&nbsp;989 ");
  }

  TEST_CASE("html: an English news page") {
    const std::string page = R"(<!doctype html>
<html lang='en-GB'>
<head>
<meta name="viewport" content="width=device-width">
<title>Floods: 1,200 evacuated | The Daily</title>
<meta property="og:site_name" content="The Daily" />
<meta property="og:url" content="https://thedaily.example/news/floods" />
<meta name="parsely-pub-date" content="2023-03-05T10:00:00Z" />
</head>
<body>
<div id="top-menu" role="navigation"><a href=/>Home</a> | <a href=/news>News</a></div>
<div class="breadcrumbs"><a href=/news>News</a> &rsaquo; World</div>
<main id=content>
  <h1>Floods force 1,200 people from their homes</h1>
  <div class=byline>By A. Reporter, <time datetime=2023-03-05>March 5, 2023</time></div>
  <p>More than 1,200 people were evacuated on Sunday after the river burst its banks,
  officials said.</p>
  <P>"We have never seen anything like it," said the mayor &mdash; adding that 3 people were missing.
  <table class="data"><tr><th>Town<th>Evacuated<tr><td>Riverton<td>800<tr><td>Lakeside<td>400</table>
  <div class="social-share"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
  <p>Rescue teams worked through the night.<br>More rain is expected.</p>
  <div class="newsletter"><form><input type=email placeholder="Email"><button>Sign up</button></form></div>
  <div class="related-stories"><h3>Related</h3><a href="/a">Storm hits coast</a></div>
</main>
<div class="comments"><h3>12 comments</h3></div>
<footer><p>&copy; The Daily</p></footer>
</body>
</html>)";
    const HtmlArticle a = extract(page);
    CHECK(a.text ==
          "Floods force 1,200 people from their homes\n\n"
          "By A. Reporter, March 5, 2023\n\n"
          "More than 1,200 people were evacuated on Sunday after the river burst its banks, officials said.\n\n"
          "\"We have never seen anything like it,\" said the mayor \u2014 adding that 3 people were missing.\n\n"
          "Town Evacuated\n\nRiverton 800\n\nLakeside 400\n\n"
          "Rescue teams worked through the night.\nMore rain is expected.");
    CHECK(a.title == "Floods: 1,200 evacuated | The Daily");
    CHECK(a.published == "2023-03-05T10:00:00Z");
    CHECK(a.language == "en-GB");
    CHECK(a.outlet == "The Daily");
    CHECK(a.url == "https://thedaily.example/news/floods");
    CHECK(maps_back(page, a, "officials said."));
    CHECK(maps_back(page, a, "More rain is expected."));
    CHECK(maps_back(page, a, "Lakeside"));
  }

  TEST_CASE("html: malformed input still gives sensible text") {
    const Case cases[] = {
        {"<p>unclosed <b>bold <i>italic", "unclosed bold italic"},
        {"<div><p>a</div>b", "a\n\nb"},
        {"<p>3 < 5, a<-b and x <= y</p>", "3 < 5, a<-b and x <= y"},
        {"<p>a</p><!-- unterminated comment <p>b</p>", "a\n\nb"},
        {"<p>a</p><!-- never closed", "a"},
        {"<p class=\"unclosed>text</p><p>next</p>", "text\n\nnext"},
        {"<p class='x>text</p>", "text"},
        {"<p class=a\"b c=d'>text</p>", "text"},
        {"<p>a</p><script>never closed <p>b</p>", "a"},
        {"<p>a</p><title>never closed <p>b</p>", "a\n\nb"},
        {"<p>text</p><div class=\"x", "text"},
        {"<p>text</p></div", "text"},
        {"<p>text<", "text<"},
        {"<p>text</>more", "textmore"},
        {"</p></div></span><p>a</p>", "a"},
        {"<div<p>a</p>", "a"},
        {"<p>a</b></i></article>b</p>", "ab"},
        {"<svg/><p>after a self-closed svg</p>", "after a self-closed svg"},
        {"<script src=x /><p>after a self-closed script</p>", "after a self-closed script"},
        {"<div class=\"ad\"/><p>after a self-closed ad</p>", "after a self-closed ad"},
        {"<p>a\xC3\xA9\xFF b</p>", "a\xC3\xA9\xFF b"},
        {"\xEF\xBB\xBF<p>bom</p>", "bom"},
        {"<h1>a<h2>b</h1>c", "a\n\nb\n\nc"},
        {"<table><td>a<td>b<tr><td>c</table>", "a b\n\nc"},
        {"<p class=\"share\">Partager<div>kept</div>", "kept"},  // the next block ends the <p> and its dropping
        {"<html><head><noscript>Activez JavaScript</noscript><title>t</title></head><p>body</p>", "body"},
        {"<html><head><title>t</title>Stray text starts the body<p>body</p>", "Stray text starts the body\n\nbody"},
    };
    check_cases(std::begin(cases), std::end(cases));
  }

  TEST_CASE("html: pathological inputs stay linear and do not crash") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<div><span class=x>";
    deep += "bottom";
    CHECK(extract(deep).text == "bottom");
    std::string unclosed;
    for (int i = 0; i < 20000; ++i) unclosed += "<b>w</i></p>";
    const std::string words = extract(unclosed).text;  // (each lone "</p>" is an empty paragraph)
    CHECK(std::count(words.begin(), words.end(), 'w') == 20000);
    CHECK(words.size() == 20000 + 2 * 19999);
    std::string quotes;
    for (int i = 0; i < 20000; ++i) quotes += "<a href=\"x>w<!--";
    CHECK_NOTHROW(extract(quotes));
    std::string titles;
    for (int i = 0; i < 20000; ++i) titles += "<title>t";
    CHECK_NOTHROW(extract(titles));

    // Random mixes of the pieces of markup.
    // clang-format off
    const char* const parts[] = {"<p>", "</p>", "<div class=\"", "ad", "\">", "<", ">", "&", "&amp;", "&#x", ";",
                                 "<!--", "-->", "<script>", "</script>", "<article>", "</article>", " ", "\n", "text",
                                 "é", "<br>", "'", "\"", "=", "/", "<![CDATA[", "]]>", "<title>", "</", "<h1>", "<td>",
                                 "<head>", "<body>", "<main>", "<nav>", "<header>", "<form>", "\xF0\x9F"};
    // clang-format on
    std::uint32_t state = 12345;
    for (int round = 0; round < 300; ++round) {
      std::string html;
      const int count = 1 + round % 60;
      for (int i = 0; i < count; ++i) {
        state = state * 1664525u + 1013904223u;
        html += parts[(state >> 8) % std::size(parts)];
      }
      CAPTURE(html);
      const HtmlArticle a = extract(html);
      CHECK(util::anchored_offset(a.anchors, a.text.size()) <= html.size());
    }
  }

  TEST_CASE("html: empty and blank input") {
    for (const char* html : {"", "   \n\t ", "<html></html>", "<!-- -->", "<script>x</script>", "<p> </p><br>"}) {
      CAPTURE(html);
      const HtmlArticle a = extract(html);
      CHECK(a.text == "");
      CHECK(a.anchors.empty());
      CHECK(a.title == "");
      CHECK(util::anchored_offset(a.anchors, 0) == 0);
    }
  }
}
