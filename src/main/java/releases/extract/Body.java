package releases.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns blocks of lines into the release's paragraphs: clutter dropped, hard wraps and page breaks joined. */
final class Body {

  /**
   * Lines that are site furniture wherever they stand: navigation, share buttons, banners, stamps, footers. One
   * alternative each, matched whole, case aside, with trailing spaces.
   */
  static final List<String> CLUTTER_ALTERNATIVES = List.of(
      "skip (?:to )?(?:main )?(?:navigation|content)", "news ?releases?", "news ?room", "press releases?",
      "recent releases", "share(?: this(?: page| article| story)?)?", "print(?: this(?: page)?)?",
      "printer[- ]friendly(?: version)?", "e-?mail(?: this(?: page)?)?", "tweet", "like", "facebook", "twitter",
      "youtube", "flickr", "rss", "linkedin", "google\\+", "digg", "reddit", "stumbleupon", "delicious", "addthis",
      "bookmark(?: and share)?", "(?:text|font) size", "(?:a ?[+-]? ?){2,3}", "back to top", "top of page", "home",
      "contact us", "site ?map", "privacy policy", "accessibility", "foia", "about us",
      "(?:(?:the )?u\\.?s\\.? flag )?(?:an )?official website of .*", "archived content",
      "(?:in an effort to keep current, )?the archive contains content .*", "here's how you know",
      "(?:an )?official (?:u\\.s\\. )?government website.*",
      "(?:sorry, )?(?:you need to |please )?enable javascript.*", ".*javascript (?:is )?(?:disabled|required).*",
      "(?:this (?:site|website) uses|we use) cookies.*", "accept(?: all)?(?: cookies)?",
      "cookie (?:policy|settings).*", "report (?:crimes?|suspicious activity|tips?)\\b.*", ".*1-866-dhs-2-ice.*",
      "(?:page )?(?:last )?(?:updated|reviewed|modified)\\b.{0,60}",
      "(?:source|url|link|originally published at|retrieved from|via|saved from|archived (?:from|at)"
          + "|original(?: url| page)?|web ?page):? https?://\\S+",
      "-+ ?ice ?-+", "#+", "- ?30 ?-", "-?end-?", "\\*+", "(?:u\\.s\\. )?immigration and customs enforcement",
      "(?:u\\.s\\. )?department of homeland security", "i\\.?c\\.?e\\.? news releases?", "ice\\.gov",
      "https?://\\S+", "www\\.\\S+", "posted by .*", "\\d+ comments?", "permalink",
      "(?:labels?|tags?|filed under):? .*", "share (?:on|via|to) .{1,20}", "tweet this", "subscribe(?: to .{1,40})?",
      "rss feeds?", "text only", "espa\u00F1ol", "espanol", "translate", "search", "menu", "main menu", "close",
      "back to (?:news )?releases", "view all (?:news )?releases", "related (?:news|links|releases|stories)",
      "for immediate release", "(?:media |press )?contacts?:.*", "release (?:number|no\\.?|#):? .*", "\\(?more\\)?",
      "\\[(?:image|photo|graphic|logo|icon|banner)[^\\]]{0,80}\\]",
      "(?:image|photo|graphic|logo|icon|banner):.{0,80}",
      "a \\.(?:gov|mil) website belongs to .*", "a lock .{0,40}https:// means .*",
      "there were [\\d,]+ (?:press )?releases posted .*", "(?:story|photo|video|article) by .{1,120}",
      "by (?:pfc|pvt|spc|sgt|staff sgt|master sgt|tech\\.? sgt|cpl|lance cpl|lt|1st lt|2nd lt|capt|maj|col|cmdr"
          + "|petty officer|airman|senior airman|seaman)\\.? .{1,60}",
      "view more in this section", "back to (?:the )?list",
      ".{1,40}\\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?)",
      "exhibit \\d{1,3}(?:\\.\\d{1,3})?",
      "(?:title|name|category|type|published|date|link|url|author|modified|created|summary)"
          + "(?: (?:title|name|category|type|published|date|link|url|author|modified|created|summary)){1,6}", "[\u00BB\u203A] .{1,100}");

  private static final LineAlternatives CLUTTER_LINE =
      new LineAlternatives(CLUTTER_ALTERNATIVES, "\\s*", Pattern.CASE_INSENSITIVE);

  /** Short lines about the flag or seal on the page banner. */
  private static final Pattern BANNER =
      Pattern.compile("(?i)(?:.*\\b(?:flag|seal|logo|banner)|(?:flag|seal|logo) of .*|an official website.*)");

  /** Breadcrumb separators. */
  private static final Pattern CRUMBS = Pattern.compile(".*(?:\\s[»›>|]\\s|\\s::\\s).*");

  /** Whole paragraphs that only point at other channels. */
  private static boolean isClutterParagraph(String p) {
    char c = p.isEmpty() ? ' ' : Character.toLowerCase(p.charAt(0));
    if (p.length() > 600 || (c != 'y' && c != 'f' && !p.contains("obile"))) {
      return false;
    }
    String lower = p.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("you may also visit us on") || lower.startsWith("you can also visit us on")
        || lower.startsWith("follow us on") || lower.startsWith("follow ice on")
        || lower.contains("access this news release on your mobile")
        || (p.length() < 100 && (lower.endsWith("mobile device") || lower.endsWith("mobile device.")));
  }

  /** An attribution still running at the end of a paragraph: a verb after the last quote, and no full stop. */
  private static final Pattern ATTRIBUTION_TAIL = Pattern.compile("\"[ ,]*\\b(?:said|says|added|according to)\\b[^.!?\"]*$");

  /** "... Special Agent in Charge Maria T." : a given name and initials cut from the surname by a page break. */
  private static final Pattern NAME_INITIAL = Pattern.compile("\\b[A-Z][a-z]+ (?:[A-Z]\\. ?)+$");

  private Body() {}

  /** The few forms of clutter that run longer than a label; anything else that long is text. */
  private static final List<String> LONG_CLUTTER = List.of(
      "official", "an official", "us flag", "u.s. flag", "the u.s. flag", "in an effort", "the archive", "report",
      "updated", "last", "page last", "reviewed", "modified", "source", "url",
      "link", "originally", "retrieved", "via", "saved", "archived", "original", "web", "posted by", "label", "tag", "filed under", "[", "image", "photo",
      "graphic", "logo", "icon", "banner", "http", "www", "u.s. immigration", "immigration", "u.s. department",
      "department", "here's", "contact", "media contact", "press contact", "release n", "sorry", "you need", "please enable",
      "enable", "this site", "this website", "we use", "a .", "a lock", "there were", "story by", "photo by",
      "video by", "article by", "by ", "\u00BB", "\u203A");

  /** The first letters of {@link #LONG_CLUTTER}, both cases: most lines open with none of them. */
  private static final String LONG_CLUTTER_FIRST = firstLetters(LONG_CLUTTER);

  private static String firstLetters(List<String> prefixes) {
    StringBuilder sb = new StringBuilder();
    for (String p : prefixes) {
      for (char c : new char[] {p.charAt(0), Character.toUpperCase(p.charAt(0))}) {
        if (sb.indexOf(String.valueOf(c)) < 0) {
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  private static boolean mayBeLongClutter(String line) {
    // Most lines are text: compare in place rather than lower-casing a copy of each, and only when the line opens
    // with a prefix's first letter.
    if (LONG_CLUTTER_FIRST.indexOf(line.charAt(0)) >= 0) {
      for (String prefix : LONG_CLUTTER) {
        if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
          return true;
        }
      }
    }
    return line.indexOf("-866-") >= 0 && line.toLowerCase(java.util.Locale.ROOT).contains("1-866-dhs-2-ice");
  }

  /**
   * The answers for short lines, which are mostly the same furniture on every page of a site ("Skip to main
   * content", "Share", "Newsroom"); emptied when full, so that it follows a corpus from one site to the next.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> SHORT_LINES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int SHORT_LINE = 45;
  private static final int SHORT_LINES_KEPT = 16_384;

  /** True for a line that is page furniture rather than release text. */
  static boolean isClutter(String line) {
    if (line.isEmpty() || line.length() > 160) {
      return false;
    }
    if (line.length() > SHORT_LINE) {
      return isClutterLine(line);
    }
    Boolean known = SHORT_LINES.get(line);
    if (known == null) {
      known = isClutterLine(line);
      if (SHORT_LINES.size() >= SHORT_LINES_KEPT) {
        SHORT_LINES.clear();
      }
      SHORT_LINES.put(line, known);
    }
    return known;
  }

  private static boolean isClutterLine(String line) {
    if (line.length() > 2 && (line.charAt(0) == '\u2022' || line.charAt(0) == '\u00B7') && line.charAt(1) == ' ') {
      line = line.substring(2); // "• For Immediate Release" in a listing is the label without its bullet
    }
    if (line.length() > 2 && line.charAt(0) == '*' && line.charAt(line.length() - 1) == '*') {
      line = line.substring(1, line.length() - 1).strip(); // "*FOR IMMEDIATE RELEASE*" set in bold by a mail
      if (line.isEmpty()) {
        return false;
      }
    }
    if (line.regionMatches(true, 0, "posted by ", 0, 10) && Dates.find(line) != null) {
      return false; // "Posted by newsdesk on April 26, 2011": the only date some reposts give
    }
    if ((line.length() <= 45 || mayBeLongClutter(line)) && CLUTTER_LINE.matches(line)) {
      return true;
    }
    if (line.length() <= 80 && onlyShareWords(line)) {
      return true;
    }
    int words = Text.wordsUpTo(line, 14);
    return (words <= 8 && mentionsBanner(line) && BANNER.matcher(line).matches() && !Text.endsSentence(line))
        || (words <= 14 && hasCrumbSeparator(line) && CRUMBS.matcher(line).matches() && shortFirstCrumb(line)
            && !endsWithDate(line) && !opensWithDate(line));
  }

  /** "Boise, April 7, 2011 | Ann Lee (208-555-0100) | 3 comments": a dated place before the bars is a dateline. */
  private static boolean opensWithDate(String line) {
    Matcher m = CRUMB_SEPARATOR.matcher(line);
    return m.find() && Text.hasDigit(line.substring(0, m.start())) && Dates.find(line.substring(0, m.start())) != null;
  }

  /** "NEWS | July 25, 2023": a section label before the release's date is its date line, not a trail. */
  private static boolean endsWithDate(String line) {
    Matcher m = CRUMB_SEPARATOR.matcher(line);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last >= 0 && Dates.find(line.substring(last)) != null;
  }

  /** A trail opens with a short step ("Home", "News"); "Officers Find ... Toys | Local Release" is a headline. */
  private static boolean shortFirstCrumb(String line) {
    Matcher m = CRUMB_SEPARATOR.matcher(line);
    return !m.find() || Text.words(line.substring(0, m.start())) <= 4;
  }

  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s[\u00BB\u203A>|]\\s|\\s::\\s");

  /** "Facebook Twitter Email Print": a row of share buttons saved as one line. */
  private static final Set<String> SHARE_WORDS = Set.of(
      "facebook", "twitter", "email", "e-mail", "print", "share", "tweet", "linkedin", "google+", "youtube",
      "flickr", "rss", "digg", "reddit", "pinterest", "instagram", "whatsapp", "sms", "more", "|", "-", "\u00B7");

  private static boolean onlyShareWords(String line) {
    if ("ftepslgyrdiwm|-\u00B7".indexOf(Character.toLowerCase(line.charAt(0))) < 0) {
      return false; // no share word starts otherwise; most lines stop here
    }
    int firstEnd = 0;
    while (firstEnd < line.length() && line.charAt(firstEnd) != ' ' && line.charAt(firstEnd) != ',') {
      firstEnd++;
    }
    if (!SHARE_WORDS.contains(line.substring(0, firstEnd).toLowerCase(java.util.Locale.ROOT))) {
      return false; // "The", "Every": the first word settles most lines without splitting the rest
    }
    int n = 0;
    for (String w : line.toLowerCase(java.util.Locale.ROOT).split("[ ,]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (!SHARE_WORDS.contains(w)) {
        return false;
      }
      n++;
    }
    return n >= 2;
  }

  private static boolean mentionsBanner(String line) {
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("flag") || lower.contains("seal") || lower.contains("logo") || lower.contains("banner")
        || lower.contains("official website");
  }

  private static boolean hasCrumbSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\u00BB' || c == '\u203A' || c == '>' || c == '|' || c == ':') {
        return true;
      }
    }
    return false;
  }

  /** The paragraphs of body blocks: lines joined, clutter dropped, page-break splits mended. */
  static List<String> paragraphs(List<List<String>> blocks) {
    List<String> out = new ArrayList<>();
    for (List<String> block : blocks) {
      boolean first = true;
      for (String p : joinLines(block)) {
        if (isClutterParagraph(p)) {
          continue;
        }
        int last = out.size() - 1;
        // Only a block's first paragraph may be the rest of the one above, cut by a page break; the lines of one
        // block were already told apart by joinLines (a list that ended, a long line that ended a sentence).
        if (last >= 0 && first && continuesAcrossBreak(out.get(last), p)) {
          out.set(last, out.get(last) + " " + p);
        } else {
          out.add(p);
        }
        first = false;
      }
    }
    return out;
  }

  /**
   * A block's lines as paragraphs. Short lines are a hard wrap and are joined; a long line that ends a sentence is
   * a paragraph of its own, as in pages saved with one paragraph a line and no blank lines between.
   */
  static List<String> joinLines(List<String> lines) {
    List<String> paragraphs = new ArrayList<>(2);
    StringBuilder sb = new StringBuilder();
    String previous = null;
    for (String line : lines) {
      if (sb.length() > 0 && previous != null && bulleted(previous) && !bulleted(line) && line.length() > 60
          && Character.isUpperCase(line.charAt(0)) && !previous.endsWith(",")) {
        // "- Net income of $9.2 million" then "Dr. Ada Holm, President, commented: ...": the list has ended
        paragraphs.add(sb.toString());
        sb.setLength(0);
      }
      previous = line;
      if (sb.length() > 0) {
        char lastChar = sb.charAt(sb.length() - 1);
        if (lastChar == '-' && sb.length() > 1 && Character.isLetter(sb.charAt(sb.length() - 2))
            && Character.isLowerCase(line.charAt(0))) {
          sb.append(line);
        } else {
          sb.append(' ').append(line);
        }
      } else {
        sb.append(line);
      }
      if (line.length() > 110 && Text.endsSentence(line) && !endsWithInitial(line)) {
        paragraphs.add(sb.toString());
        sb.setLength(0);
      }
    }
    if (sb.length() > 0) {
      paragraphs.add(sb.toString());
    }
    return paragraphs;
  }

  /** "... said Dale R." wrapped before the surname: a middle initial ends the line, not the sentence. */
  private static boolean endsWithInitial(String line) {
    int n = line.length();
    return n > 3 && line.charAt(n - 1) == '.' && Character.isUpperCase(line.charAt(n - 2)) && line.charAt(n - 3) == ' ';
  }

  private static boolean bulleted(String paragraph) {
    char c = paragraph.charAt(0);
    return c == '\u2022' || c == '\u00B7' || c == '\u25AA' || (c == '-' || c == '*') && paragraph.startsWith(" ", 1);
  }

  /** True when {@code next} is the rest of {@code prev}, cut by a page break in the saved page. */
  static boolean continuesAcrossBreak(String prev, String next) {
    if (next.isEmpty() || prev.isEmpty()) {
      return false;
    }
    char first = next.charAt(0);
    if (Quotes.openQuote(prev)) {
      // An open quotation ends at the break; a new paragraph of the quotation would open with a quote mark.
      return first != '"';
    }
    if (Character.isLowerCase(first) && !prev.endsWith(":")) {
      return true; // a paragraph does not open in lower case: this is the rest of a sentence, or its attribution
    }
    if (bulleted(prev)) {
      return false; // a list's items end without a period; the paragraph after the list is a new one
    }
    if (Text.endsSentence(prev)) {
      return prev.length() > 4 && Character.isUpperCase(prev.charAt(prev.length() - 2))
          && NAME_INITIAL.matcher(prev).region(Math.max(0, prev.length() - 40), prev.length()).find()
          && Character.isUpperCase(first) && !next.startsWith("\"");
    }
    if (Character.isLowerCase(first) || prev.endsWith(",")) {
      return true;
    }
    int space = prev.lastIndexOf(' ');
    String lastWord = prev.substring(space + 1);
    if (ATTRIBUTION_TAIL.matcher(prev).region(Math.max(0, prev.length() - 90), prev.length()).find()) {
      return first != '"'; // "... said Acting Director Marc" / "Rapp." : a name cut by the break
    }
    return Text.words(prev) >= 8 && !lastWord.isEmpty() && Character.isLowerCase(lastWord.charAt(0)) && first != '"';
  }
}
