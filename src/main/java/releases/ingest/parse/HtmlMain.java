package releases.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a page's main content, the release, and strips what is not it: navigation, banners, headers and footers,
 * asides, related-release lists, share bars, forms, scripts and styles. One swappable step, tested by golden pages.
 */
final class HtmlMain {

  /** What the page's main content holds. */
  record Content(Element root, String headline, LocalDate date, LocalDate postDate) {}

  /** Never content, wherever they are. */
  // Not form: ASP.NET pages hold their whole body in one; the small forms (search, sign-up) go in strip().
  private static final String NEVER = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
      + "button, input, select, textarea, nav, aside, dialog, menu, img, picture, video, audio, map, "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog], "
      + "[role=alertdialog], [aria-hidden=true], [hidden]";
  private static final Pattern CLUTTER = Pattern.compile("(?i)(?:^|[\\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|"
      + "skip|skiplinks?|sidebar|side-bar|related|more-news|recent|see-also|share|sharing|social|addthis|sharethis|"
      + "cookies?|consent|gdpr|usa-banner|gov-banner|govbanner|official-banner|alert-banner|site-alert|masthead|"
      + "site-header|site-footer|footer|subscribe|newsletter|signup|promo|advert|ads|comments?|pagination|pager|"
      + "toolbar|tags|topics|disclaimer|modal|popup|widget|rss|print-link|back-to-top)(?:$|[\\s_-])");
  private static final Pattern BYLINE = Pattern.compile("(?i)(?:^|[\\s_-])(?:byline|post-?meta|entry-?meta|"
      + "post-?date|entry-?date|posted-?on|post-?info|entry-?info|meta-?info)(?:$|[\\s_-])");
  private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern RELATED_HEADING = Pattern.compile(
      "(?i)^(?:related|more (?:news|releases|stories|from)|recent (?:news|releases|posts)|see also|other news|"
      + "latest (?:news|releases)|you may also|popular|archives?|categories|tags|share( this)?)\\b.{0,40}$");
  private static final int SUBSTANTIAL = 400;

  private HtmlMain() {}

  static Content of(Document doc) {
    Element body = doc.body();
    body.select(NEVER).remove();
    for (Element e : body.select("[style]")) {
      if (DISPLAY_NONE.matcher(e.attr("style")).find()) {
        e.remove();
      }
    }
    Element root = choose(body);
    LocalDate above = dateAbove(body, root);
    // The headline and the dates are read before headers and bylines are dropped: an article's header holds them.
    Element h1 = root.selectFirst("h1");
    if (h1 == null) {
      h1 = leadingHeading(root);
    }
    if (h1 == null) {
      h1 = outsideHeadline(body, doc.title());
    }
    String headline = h1 == null ? null : clean(h1.text());
    if (h1 != null && isDescendant(h1, root)) {
      h1.remove(); // it opens the text as its headline
    }
    LocalDate postDate = null;
    for (Element e : root.select("*")) {
      if (e != root && e.parent() != null && BYLINE.matcher(e.className() + " " + e.id()).find()) {
        postDate = postDate != null ? postDate : timeIn(e);
        e.remove();
      }
    }
    LocalDate date = null;
    for (Element t : root.select("time[datetime]")) {
      if (date == null) {
        date = HtmlReader.isoDate(t.attr("datetime"));
      }
    }
    // A repost quotes the release whole ("The city sent this out today:" above a blockquote): the quote is the release.
    Element quoted = root.selectFirst("blockquote");
    if (quoted != null && text(quoted) >= 0.6 * text(root)) {
      root = quoted;
    }
    strip(root);
    return new Content(root, headline == null || headline.isBlank() ? null : headline, date,
        postDate != null ? postDate : above);
  }

  /** "November 13, 2023" or "Monday, Nov. 13, 2023" as the whole text of an element. */
  private static final Pattern DATE_ALONE = Pattern.compile("(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
      + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /**
   * The last element before the content whose whole text is a date: a release's date line in a letterhead that
   * the content block leaves out. The extractor takes it only when the text itself dates nothing.
   */
  private static LocalDate dateAbove(Element body, Element root) {
    if (root == body) {
      return null;
    }
    LocalDate found = null;
    for (Element e : body.getAllElements()) {
      if (e == root) {
        return found;
      }
      String own = e.ownText().strip();
      java.util.regex.Matcher m = own.length() <= 40 ? DATE_ALONE.matcher(own) : null;
      if (m != null && m.matches()) {
        try {
          found = LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 1,
              Integer.parseInt(m.group(2)));
        } catch (java.time.DateTimeException ex) {
          found = null;
        }
      }
    }
    return null; // the content is not in the body's order: nothing stands "before" it
  }

  /** The element holding the release: a marked-up article body, the one substantial article, main, or the densest block. */
  private static Element choose(Element body) {
    Element marked = body.selectFirst("[itemprop=articleBody], [property=articleBody]");
    if (marked != null && text(marked) >= 200) {
      return marked;
    }
    List<Element> articles = new ArrayList<>();
    for (Element a : body.select("article")) {
      if (text(a) >= SUBSTANTIAL && a.parents().select("article").isEmpty()) {
        articles.add(a);
      }
    }
    if (articles.size() == 1) {
      return articles.get(0);
    }
    if (articles.size() > 1) {
      return commonAncestor(articles); // a listing: every release on it, split later by the extractor
    }
    Element main = body.selectFirst("main, [role=main], #main-content, #maincontent, #content-main, #main, #content");
    if (main != null && text(main) >= SUBSTANTIAL) {
      return main;
    }
    Element densest = densest(body);
    return densest != null ? densest : body;
  }

  /** Readability's idea in little: each paragraph's length counts for its parent, half of it for the grandparent. */
  private static Element densest(Element body) {
    Map<Element, Integer> score = new HashMap<>();
    for (Element p : body.select("p, pre, td, div:not(:has(p, div, td))")) {
      int n = p.ownText().length() + p.select("> a, > b, > strong, > i, > em, > span, > font, > br").text().length();
      if (n < 25) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, n, Integer::sum);
        if (parent.parent() != null) {
          score.merge(parent.parent(), n / 2, Integer::sum);
        }
      }
    }
    return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** A heading (h2-h4, or a bold first line) that opens the content before any paragraph: the headline. */
  private static Element leadingHeading(Element root) {
    for (Element e : root.select("h2, h3, h4, p, div")) {
      if (e.normalName().startsWith("h")) {
        return RELATED_HEADING.matcher(e.text().strip()).matches() ? null : e;
      }
      if (text(e) >= 80) {
        return null;
      }
    }
    return null;
  }

  /** An {@code <h1>} outside the content that is more than the site's name: the page title must hold it. */
  private static Element outsideHeadline(Element body, String title) {
    for (Element h : body.select("h1")) {
      String t = clean(h.text());
      if (t.split(" ").length >= 4 && title != null && title.contains(t)) {
        return h;
      }
    }
    return null;
  }

  /** Drops clutter inside the content: marked-up headers, footers, share bars, banners and lists of links. */
  private static void strip(Element root) {
    root.select("header, footer").remove();
    for (Element form : root.select("form")) {
      if (form.parent() != null && text(form) < 300) {
        form.remove();
      }
    }
    for (Element e : root.select("*")) {
      if (e.parent() != null && CLUTTER.matcher(e.className() + " " + e.id()).find()) {
        e.remove();
      }
    }
    for (Element h : root.select("h2, h3, h4, h5, h6, strong, b")) {
      if (h.parent() != null && RELATED_HEADING.matcher(h.text().strip()).matches()) {
        Element next = h.nextElementSibling();
        if (next != null && (next.is("ul, ol, div, dl, table") && linkShare(next) > 0.5)) {
          next.remove();
        }
        h.remove();
      }
    }
    for (Element list : root.select("ul, ol")) {
      if (list.parent() != null && list.children().size() >= 3 && linkShare(list) > 0.6) {
        list.remove();
      }
    }
  }

  private static double linkShare(Element e) {
    int all = e.text().length();
    return all == 0 ? 0 : e.select("a").text().length() / (double) all;
  }

  private static LocalDate timeIn(Element e) {
    Elements times = e.select("time[datetime]");
    return times.isEmpty() ? null : HtmlReader.isoDate(times.first().attr("datetime"));
  }

  private static Element commonAncestor(List<Element> elements) {
    Element a = elements.get(0).parent();
    while (a != null) {
      Element candidate = a;
      if (elements.stream().allMatch(e -> isDescendant(e, candidate))) {
        return a;
      }
      a = a.parent();
    }
    return elements.get(0).ownerDocument().body();
  }

  private static boolean isDescendant(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static int text(Element e) {
    return e.text().length();
  }

  static String clean(String s) {
    return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }
}
