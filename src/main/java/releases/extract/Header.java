package releases.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lines above the first paragraph say: headline, subtitle, date and the issuing office's city. ALL CAPS
 * headlines are kept as written (a user searching them sees what the agency published).
 *
 * @param city  the header's city in title case ("JEFFERSON CITY, MO"), or null
 * @param state the header's state, or null
 */
record Header(String title, String subtitle, LocalDate date, String city, States.State state) {

  /** After the date on a header line: "JEFFERSON CITY, MO" or "Charlotte, NC, United StatesEnforcement...". */
  private static final Pattern PLACE = Pattern.compile("^[\\s,]*([A-Za-z][A-Za-z.' -]{1,40}?),\\s*([A-Z]{2})\\b");
  private static final Pattern DATE_CLOSING = Pattern.compile("\\s*\\(([^()]{6,40})\\)\\s*$");
  private static final Pattern SUBTITLE = Pattern.compile("^(.*?)\\s*\\*([^*]{2,400})\\*\\s*$");
  private static final Pattern MARKUP = Pattern.compile("^#+\\s*|^[\u2022\u00B7-]\\s+|\\*+");
  /** Topic labels that head a page of the later site layout; never a headline. */
  private static final Set<String> TOPICS = Set.of(
      "secure communities", "enforcement and removal", "enforcement and removal operations", "287(g)",
      "homeland security investigations", "worksite enforcement", "human trafficking", "gang enforcement",
      "child exploitation", "counter-proliferation", "document and benefit fraud", "intellectual property rights",
      "narcotics", "human smuggling", "fugitive operations", "criminal alien program", "cultural property",
      "financial crimes", "identity and benefit fraud", "mission support", "management and administration",
      "national security", "public safety", "visa security", "student and exchange visitor program", "detention",
      "removal", "immigration enforcement", "operation predator", "operation community shield", "topics", "topic");

  /** Words a headline line cannot end with unless the headline goes on to the next line. */
  private static final Set<String> DANGLING = Set.of(
      "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "and", "or", "from", "as", "into");

  static final Header NONE = new Header(null, null, null, null, null);

  /**
   * Reads the header blocks; {@code wrapped} says whether the page hard-wraps its lines (then headlines are joined),
   * {@code hintYear} places a date written without a year.
   */
  static Header parse(List<List<String>> blocks, boolean wrapped, int hintYear) {
    LocalDate date = null;
    String city = null;
    States.State state = null;
    List<List<String>> beforeDate = new ArrayList<>();
    List<List<String>> afterDate = new ArrayList<>();
    List<List<String>> contacts = new ArrayList<>();
    for (List<String> block : blocks) {
      List<String> current = new ArrayList<>();
      boolean contact = isContactBlock(block);
      for (String line : block) {
        if (Dates.isStamp(line)) {
          line = Dates.beforeStamp(line); // "06/03/2010 Updated: 01/08/2021" keeps its first date
        }
        if (line.isEmpty() || Body.isClutter(line)) {
          continue;
        }
        if (city == null && !contact && line.length() <= 40 && !Text.hasDigit(line)) {
          Dateline place = Dateline.placeOnly(line); // "Washington D.C." under the date of a letterhead
          if (place != null && place.date() == null) {
            city = place.city();
            state = place.state() != null ? place.state() : Places.stateOf(place.city(), null);
            continue;
          }
        }
        Dates.Found found = Dates.first(line, hintYear);
        if (found == null && Text.words(line) <= 4) {
          found = Dates.shortYear(line); // "FOR RELEASE: 2/27/03"
        }
        if (found != null && isDateLine(line, found)) {
          flush(current, date == null ? beforeDate : afterDate);
          current = new ArrayList<>();
          if (date == null) {
            date = found.date();
            Matcher place = PLACE.matcher(line.substring(found.end()));
            if (place.find() && States.byCode(place.group(2)) != null) {
              city = Text.titleCase(place.group(1).strip());
              state = States.byCode(place.group(2));
            }
          }
          continue;
        }
        current.add(line);
      }
      if (contact && !current.isEmpty()) {
        contacts.add(current);
      }
      flush(current, date == null ? beforeDate : afterDate);
    }
    // A press officer's name over an office and a phone is no headline, when the header holds anything else.
    java.util.function.Predicate<List<String>> contactOnly = b -> contacts.stream().anyMatch(c -> c == b);
    if (afterDate.stream().anyMatch(contactOnly.negate())) {
      afterDate.removeIf(contactOnly);
    }
    if (beforeDate.stream().anyMatch(contactOnly.negate())) {
      beforeDate.removeIf(contactOnly);
    }
    afterDate.removeIf(b -> isByline(b) || !mayBeHeadline(b));
    List<List<String>> candidates = afterDate;
    if (afterDate.isEmpty()) {
      candidates = dropLabels(beforeDate);
      candidates.removeIf(b -> isByline(b) || !mayBeHeadline(b));
    }
    while (candidates.size() > 1 && isMasthead(candidates.get(0))) {
      candidates.remove(0); // "Office of the Attorney General" over the headline
    }
    if (candidates.isEmpty()) {
      return new Header(null, null, date, city, state);
    }
    List<String> first = candidates.get(0);
    String title;
    String subtitle = null;
    if (first.size() > 1 && !joinAsOne(first, wrapped)) {
      title = first.get(0);
      subtitle = String.join(" ", first.subList(1, first.size()));
    } else {
      title = String.join(" ", first);
    }
    int stamp = Dates.listStampAt(title);
    if (stamp > 0) {
      title = title.substring(0, stamp); // "... Eastern Wards Public Transit9/21/2015 11:00:00 AMhttps://..."
    }
    Matcher dated = DATE_CLOSING.matcher(title);
    if (title.indexOf(')') >= 0 && dated.find() && dated.start() > 0) {
      Dates.Found found = Dates.first(dated.group(1), 0);
      if (found != null && found.start() == 0 && found.end() == dated.group(1).length()) {
        // "... on free Open House Day (May 27, 2008)": the page closes its headline with the release's date.
        title = title.substring(0, dated.start());
        date = date == null ? found.date() : date;
      }
    }
    Matcher sub = SUBTITLE.matcher(title);
    if (title.indexOf('*') >= 0 && sub.matches() && !sub.group(1).isBlank()) {
      title = sub.group(1);
      subtitle = sub.group(2);
    }
    if (subtitle == null && candidates.size() > 1) {
      subtitle = String.join(" ", candidates.get(1));
    }
    return new Header(clean(title), subtitle == null ? null : clean(subtitle), date, city, state);
  }

  private static void flush(List<String> current, List<List<String>> into) {
    if (!current.isEmpty()) {
      into.add(current);
    }
  }

  /** A line that is a date, with at most a weekday, a time, a place or a topic around it. */
  private static boolean isDateLine(String line, Dates.Found found) {
    String rest = (line.substring(0, found.start()) + " " + line.substring(found.end())).strip();
    return found.start() <= 40 && Text.words(rest) <= 10 && !rest.endsWith(".") && !rest.endsWith("?")
        || isFieldsThenDate(line, found);
  }

  /**
   * "Washington | Ada Holm, Press Secretary (555-010-4477), March 3, 2021": a letterhead's fields between bars, the
   * last a press contact's phone or address and then the release's date, which ends the line.
   */
  private static boolean isFieldsThenDate(String line, Dates.Found found) {
    int bar = line.lastIndexOf(" | ", found.start());
    if (bar < 0 || line.length() > 200 || !line.substring(found.end()).isBlank()) {
      return false;
    }
    String contact = line.substring(bar + 3, found.start());
    return contact.indexOf('@') > 0 && EMAIL.matcher(contact).find() || mayHoldPhone(contact) && PHONE.matcher(contact).find();
  }

  /** The first short paragraph that is a date line (a repost's "Posted: ..." footer), or null. */
  static LocalDate dateLine(List<String> paragraphs, int hintYear) {
    for (String p : paragraphs) {
      if (p.length() <= 80 && !Dates.isStamp(p) && p.indexOf('"') < 0) {
        Dates.Found found = Dates.first(p, hintYear);
        if (found != null && isDateLine(p, found)) {
          return found.date();
        }
      }
    }
    return null;
  }

  /** "By Jane Doe, Staff Writer" or "Posted by Gulf Watch at 9:14 AM" on a repost: neither headline nor subtitle. */
  private static boolean isByline(List<String> block) {
    String first = block.get(0);
    return block.size() == 1 && Text.words(first) <= 8
        && (first.startsWith("By ") || first.startsWith("BY ") || first.regionMatches(true, 0, "posted by ", 0, 10));
  }

  /** Labels that open page furniture, not a headline: "Contact Information: ...", "Photo description: ...". */
  private static final Pattern FIELD_LABEL = Pattern.compile(
      "(?i)^(?:media |press |news )?(?:contacts?|contact information|phone|tel|fax|e-?mail|release (?:date|number|no\\.?|#)"
          + "|for release|date|source|photos?|photo (?:description|credit|caption)|image|caption|category|upload|posted"
          + "|filed under|tags?|author|link|location|subject|from|to|sent|categories|topics?)\\s*[:#]");
  private static final Pattern CRUMB = Pattern.compile("\\S (?:/|>|\u00BB|\u203A|\\|) \\S.* (?:/|>|\u00BB|\u203A|\\|) \\S");
  private static final Pattern PHONE = Pattern.compile("\\(?\\b\\d{3}\\)?[ ./-]?\\d{3}[ .-]\\d{4}\\b");

  /**
   * A contact's block: a person's name on a line of its own, and a phone number or an e-mail address. The office or
   * city in it ("Headquarters, Washington DC" under a press officer's name) is where that person sits, not the
   * dateline; a letterhead's place over the office's name and phone ("Washington D.C." / "FBI National Press
   * Office" / "(202) ...") names no person and stays the header's place.
   */
  /** A phone number has ten digits: a line with fewer is let go before {@link #PHONE} tries each of its places. */
  private static boolean mayHoldPhone(String line) {
    int digits = 0;
    for (int i = 0, n = line.length(); i < n && digits < 10; i++) {
      digits += (char) (line.charAt(i) - '0') < 10 ? 1 : 0;
    }
    return digits >= 10;
  }

  static boolean isContactBlock(List<String> block) {
    boolean reach = false;
    for (String line : block) {
      reach |= line.indexOf('@') > 0 && EMAIL.matcher(line).find() || mayHoldPhone(line) && PHONE.matcher(line).find();
    }
    if (!reach) {
      return false; // most blocks: no phone, no address, no name looked for
    }
    for (String line : block) {
      if (line.length() <= 40 && !Text.hasDigit(line) && isPersonName(line)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

  private static boolean isPersonName(String line) {
    int words = Text.words(line);
    if (words < 2 || words > 4 || !Sentences.capitalised(line)) {
      return false;
    }
    Names.Person p = Names.parse(line);
    return p != null && !p.surnameOnly() && p.role() == null && p.organization() == null && p.name().equals(line.strip());
  }

  /** Site labels: "All News Releases By Date", "News Releases and Statements", "Featured News", "Pressroom". */
  private static final Pattern SITE_LABEL = Pattern.compile(
      "(?i).*\\b(?:news ?releases?|press releases?|news ?room|press ?room|featured news|latest news|all news|in the news"
          + "|news (?:&|and) (?:events|media|updates)|media (?:center|centre|room)|press office|news center"
          + "|statements? and releases?|releases? and statements?"
          + "|pr ?newswire|business ?wire|globe ?newswire|marketwired?|accesswire|ein presswire|prweb|newsfile)\\b.*");
  private static final List<String> PICTURE_STARTS = List.of(
      "link to ", "photo by ", "courtesy photo", "courtesy of ", "skip to ", "click here", "download ", "view full",
      "view the full", "view pdf", "view the pdf", "view print", "view the print");
  private static final Pattern PICTURE_WORD = Pattern.compile("\\b(?:logo|header image|banner image|seal|read more)\\b");

  /** How a photo's caption opens: "Pictured from left to right: ...", "Photo: ...", "(Photo courtesy ...)". */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)^[(\\[]?(?:pictured|photo(?:graph)?s?\\b|photo (?:by|courtesy|credit|caption)|courtesy photo"
          + "|(?:from )?left to right|l to r\\b|l-r\\b|above:|top:|file photo)");

  /** A photo caption: it may be long, but it is not the prose of a release. */
  static boolean isCaption(String line) {
    return CAPTION.matcher(line).lookingAt();
  }

  /** Picture and link residue: "Department of Justice Logo and ... Header", "Link to Newsroom home page". */
  private static boolean isPicture(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String start : PICTURE_STARTS) {
      if (lower.startsWith(start)) {
        return true;
      }
    }
    boolean mayHold = lower.contains("logo") || lower.contains("image") || lower.contains("seal")
        || lower.contains("read more");
    return mayHold && PICTURE_WORD.matcher(lower).find();
  }

  /**
   * Whether a header block can be the headline: not a field label, a phone line, a site label, an image's
   * alternative text, or a word or two of navigation.
   */
  static boolean mayBeHeadline(List<String> block) {
    String first = block.get(0).strip();
    String all = String.join(" ", block);
    int words = Text.words(all);
    if (words < 3 || all.endsWith(":") || FIELD_LABEL.matcher(first).lookingAt() || isPicture(first)) {
      return false;
    }
    if (words > 20 && (all.endsWith("...") || all.endsWith("\u2026"))) {
      return false; // a photo caption or a teaser cut off by the page, not a headline
    }
    if (Text.words(first) <= 10 && (first.contains(" / ") || first.contains(" > ") || first.contains(" | ")
        || first.contains(" \u00BB ") || first.contains(" \u203A ")) && CRUMB.matcher(first).find()) {
      return false; // "Home / News / Press Releases"
    }
    if (words <= 8 && mayHoldPhone(all) && PHONE.matcher(all).find()) {
      return false;
    }
    int colon = all.indexOf(':');
    boolean labelled = colon > 0 && Text.words(all.substring(colon + 1)) >= 3; // "ICE NEWS RELEASE: Jail joins"
    return labelled || !(words <= 7 && SITE_LABEL.matcher(all).matches());
  }

  /** Words that make a short capitalised line a publisher's name: "Office of the Attorney General", "Acme Corp.". */
  private static final Pattern MASTHEAD_WORD = Pattern.compile(
      "(?i).*\\b(?:office|department|dept\\.?|ministry|agency|bureau|administration|commission|council|university"
          + "|college|school|institute|center|centre|foundation|association|union|corporation|corp\\.?|inc\\.?|llc|llp"
          + "|ltd\\.?|company|group|police|sheriff'?s?|county|government|district|court|services?|authority|board"
          + "|committee|congressman|congresswoman|senator|representative|governor|mayor|news from|newsroom|city of"
          + "|state of|partners|laboratory|hospital|church|society|institution|museum|library|port of)\\b.*");
  private static final Set<String> LOWER_OK = Set.of("of", "the", "and", "for", "&", "on", "in", "at", "de", "from");

  /** A short line in title case that names a publisher rather than its news, with no verb-like lower-case word. */
  private static boolean isMasthead(List<String> block) {
    if (block.size() > 1) {
      return false;
    }
    String line = block.get(0).strip();
    int words = Text.words(line);
    if (words > 7 || line.chars().anyMatch(Character::isDigit) || !MASTHEAD_WORD.matcher(line).matches()) {
      return false;
    }
    for (String w : line.split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !LOWER_OK.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Drops topic labels that stand before the headline on pages without a date line. */
  private static List<List<String>> dropLabels(List<List<String>> blocks) {
    List<List<String>> out = new ArrayList<>(blocks);
    if (!out.isEmpty()) {
      // A page saved without blank lines has the topic as the first line of the headline's block.
      List<String> head = out.get(0);
      int k = 0;
      while (k < head.size() - 1 && isTopic(head.get(k))) {
        k++;
      }
      out.set(0, head.subList(k, head.size()));
    }
    while (out.size() > 1) {
      String first = String.join(" ", out.get(0));
      String next = String.join(" ", out.get(1));
      boolean topic = isTopic(first);
      boolean label = Text.words(first) <= 4 && Text.words(next) > Text.words(first) && out.size() > 2;
      if (topic || label) {
        out.remove(0);
      } else {
        break;
      }
    }
    return out;
  }

  private static boolean isTopic(String line) {
    return TOPICS.contains(line.toLowerCase(Locale.ROOT).strip());
  }

  /** Whether the lines of the headline block are one wrapped headline rather than a headline and a subtitle. */
  private static boolean joinAsOne(List<String> lines, boolean wrapped) {
    String first = lines.get(0);
    String second = lines.get(1);
    if (Character.isLowerCase(second.charAt(0)) || second.startsWith("*")) {
      return true;
    }
    boolean caps = first.equals(first.toUpperCase(Locale.ROOT)) && second.equals(second.toUpperCase(Locale.ROOT));
    String lastWord = first.substring(first.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (caps || DANGLING.contains(lastWord)) {
      return true; // an ALL CAPS headline goes on in capitals; "... sentenced for" goes on, whatever the case
    }
    return wrapped && lines.get(0).length() >= 40;
  }

  private static String clean(String s) {
    // The markup opens the line, but for asterisks: a line without either has nothing for the pattern.
    boolean markup = s.indexOf('*') >= 0 || !s.isEmpty() && "#\u2022\u00B7-".indexOf(s.charAt(0)) >= 0;
    String t = (markup ? MARKUP.matcher(s).replaceAll("") : s).strip();
    return t.isEmpty() ? null : t;
  }

}
