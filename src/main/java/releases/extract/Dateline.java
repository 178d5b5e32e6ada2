package releases.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place (and, on press-wire reposts, the date) that opens a release's first paragraph: {@code CITY, St. - }.
 *
 * @param city  the city in title case
 * @param state its state, or null when the dateline names none and the city is not an AP stand-alone city
 * @param date  a date written in the dateline itself, or null
 * @param yearless a month and day written without a year ("PETALUMA, Calif., Jan. 30 /PRNewswire/"), or null
 * @param abroad   the dateline names a country, not a state ("TEL AVIV, Israel"): no state is to be looked for
 */
record Dateline(String city, States.State state, LocalDate date, MonthDay yearless, boolean abroad) {

  Dateline(String city, States.State state, LocalDate date) {
    this(city, state, date, null, false);
  }

  Dateline(String city, States.State state, LocalDate date, MonthDay yearless) {
    this(city, state, date, yearless, false);
  }

  /** "Jan. 30" ending a wire's dateline, the year left to the page around it. */
  private static final Pattern YEARLESS = Pattern.compile(
      "(?i),?\\s*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})$");

  /** At most this far into a paragraph the separator must come; datelines are short. */
  private static final int MAX_HEAD = 110;

  /** A press-wire source or a date in parentheses between the place and the separator. */
  private static final Pattern PAREN = Pattern.compile("\\s*\\(([^()]{1,60})\\)\\s*$");
  private static final Pattern WIRE =
      Pattern.compile("([A-Z][A-Za-z.' -]{1,38}), ([A-Z][A-Za-z. ]{1,24}?) \\(([^()]{1,60})\\)\\s*");
  /** A press wire's tag inside or after a dateline: "/PRNewswire/", "(GLOBE NEWSWIRE)", "--(BUSINESS WIRE)--". */
  private static final Pattern WIRE_TAG = Pattern.compile(
      "\\s*(?:/[A-Za-z][\\w .&'-]{1,40}(?:/|$)|\\((?=[^()]*(?i:wire|prweb|vocus|press|marketwired|accesswire|newsfile))"
          + "[^()]{1,40}\\))\\s*");
  /** What may follow a dateline's separator before the text: a wire tag, then a date and another separator. */
  private static final Pattern AFTER_SEPARATOR = Pattern.compile(
      "^[\\s\\-\u2013\u2014]*(?:\\((?=[^()]*(?i:wire))[^()]{1,40}\\)[\\s\\-\u2013\u2014]*)?");
  private static final Pattern CITY = Pattern.compile("\\p{L}[\\p{L}.' -]{0,38}[\\p{L}.]");
  private static final Pattern UPPER_CITY = Pattern.compile("\\p{Lu}[\\p{Lu}.' -]{0,38}[\\p{Lu}.]");

  /** Upper-case words that head a line without being a place. */
  private static final Pattern NOT_CITIES = Pattern.compile(
      "\\b(?:NEWS|RELEASE|RELEASES|UPDATE|ICE|DHS|FBI|CBP|HSI|ERO|USCIS|ALERT|NOTE|EDITORS?|MEDIA|ADVISORY|PHOTO|VIDEO"
          + "|IMMEDIATE|CONTACT|BREAKING|UPDATED?)\\b");

  Dateline {
    if (city == null || city.isBlank()) {
      throw new IllegalArgumentException("a dateline needs a city");
    }
  }

  /** The dateline at the start of {@code paragraph}, or null when it does not open with one. */
  static Dateline parse(String paragraph) {
    int glued = gluedPrefix(paragraph);
    if (glued > 0) {
      paragraph = paragraph.substring(glued); // "stateseal1Wilmington - ...": an image's name run into the place
    }
    if (paragraph.startsWith("*")) {
      paragraph = EMPHASIZED.matcher(paragraph).replaceFirst("$1"); // "*MOREHEAD, Ky. (Aug. 21, 2023)* - Today"
    }
    if (paragraph.startsWith("(")) {
      Dateline d = parenthesized(paragraph);
      if (d != null) {
        return d;
      }
    }
    Dateline slashed = slashedWire(paragraph);
    if (slashed != null) {
      return slashed;
    }
    Dateline dated = dateFirst(paragraph);
    if (dated != null) {
      return dated;
    }
    int limit = Math.min(paragraph.length(), MAX_HEAD);
    for (int i = 1; i < limit; i++) {
      char c = paragraph.charAt(i);
      if (c == ':' && i + 2 < limit && paragraph.charAt(i + 1) == ' ' && Character.isUpperCase(paragraph.charAt(i + 2))) {
        // "Lake Charles, La.: United States Attorney ...": a colon after a place that names its state
        int comma = paragraph.indexOf(',');
        Dateline d = comma > 0 && comma < i ? head(paragraph.substring(0, i).strip(), true) : null;
        if (d != null && d.state() != null) {
          return d.date() != null ? d : d.withDate(dateAfter(paragraph, i));
        }
        continue;
      }
      if (c == '?' && paragraph.charAt(i - 1) == ' ' && i + 1 < limit && paragraph.charAt(i + 1) == ' ') {
        c = '\u2014'; // " ? ": a dash the saving lost to a question mark
      }
      if (c != '-' && c != '\u2013' && c != '\u2014') {
        continue;
      }
      boolean spaced = paragraph.charAt(i - 1) == ' ';
      boolean bareHyphen = c == '-' && !spaced && i + 1 < paragraph.length() && paragraph.charAt(i + 1) != ' '
          && paragraph.charAt(i + 1) != '-';
      if (bareHyphen) {
        // WASHINGTON-U.S. ... : a hyphen glued to both words separates only before a capital or a quote.
        char next = paragraph.charAt(i + 1);
        if (!Character.isUpperCase(next) && next != '"') {
          continue;
        }
      }
      Dateline d = head(paragraph.substring(0, i).strip(), !bareHyphen);
      if (d != null && (d.state() != null || hasLowerCase(paragraph, i, i + 200))) {
        return d.date() != null ? d : d.withDate(dateAfter(paragraph, i)); // a stateless city needs prose after it
      }
      if (c == '-' && i + 1 < limit && paragraph.charAt(i + 1) == '-') {
        i++;
      }
    }
    Dateline w = wire(paragraph);
    return w != null ? w : glued(paragraph);
  }

  private static final Pattern EMPHASIZED = Pattern.compile("^\\*{1,2}([^*\\n]{3,100}?)\\*{1,2}");

  /** "RANCHO CUCAMONGA, CA / ACCESSWIRE / November 8, 2023 / Amphastar ...": a wire that writes slashes. */
  private static final Pattern SLASHED_WIRE = Pattern.compile(
      "^([^/]{3,60}?) / (?=[^/]*(?i:wire|newsfile|prweb))[^/]{3,30} / ([^/]{6,30}?) / (?=\\S)");

  private static Dateline slashedWire(String paragraph) {
    if (paragraph.indexOf(" / ") < 0) {
      return null;
    }
    Matcher m = SLASHED_WIRE.matcher(paragraph);
    if (!m.lookingAt()) {
      return null;
    }
    LocalDate date = Dates.find(m.group(2));
    Dateline d = head(m.group(1).strip(), true);
    return d == null || date == null ? null : d.withDate(date);
  }

  /** "September 9, 2004, Wayland, Massachusetts. David Schell ...": the date first, then the place. */
  private static final Pattern PLACE_AFTER_DATE =
      Pattern.compile("^,?\\s+(\\p{Lu}[^.:;\\n]{2,50}?)(?:\\.|\\s+(?:--|-|\u2013|\u2014))\\s+(?=\\p{Lu})");

  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private static boolean startsWithMonth(String s) {
    if (!Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    for (int m = 0; m < MONTHS.length(); m += 3) {
      if (s.regionMatches(true, 0, MONTHS, m, 3)) {
        return true;
      }
    }
    return false;
  }

  /** "Friday, " before a date that opens a paragraph. */
  private static final Pattern WEEKDAY_FIRST =
      Pattern.compile("^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE);
  /** "Friday, August 26, 2011 –SAN FRANCISCO, CA--The ...": a dash after the date, then the place and its dash. */
  private static final Pattern DASH_PLACE_AFTER_DATE =
      Pattern.compile("^,?\\s*(?:--|-|\u2013|\u2014)\\s*(\\p{Lu}[^.:;\\n]{2,50}?)\\s*(?:--|-|\u2013|\u2014)\\s*(?=\\p{Lu})");

  private static Dateline dateFirst(String paragraph) {
    Matcher weekday = paragraph.length() > 12 && Character.isLetter(paragraph.charAt(0)) ? WEEKDAY_FIRST.matcher(paragraph) : null;
    if (weekday != null && weekday.lookingAt()) {
      paragraph = paragraph.substring(weekday.end());
    }
    if (paragraph.length() < 12 || !(Character.isDigit(paragraph.charAt(0)) || startsWithMonth(paragraph))) {
      return null; // a date opens with its day or its month
    }
    String opening = paragraph.length() > 40 ? paragraph.substring(0, 40) : paragraph;
    Dates.Found f = Dates.hasYear(opening) ? Dates.first(opening, 0) : null;
    if (f == null || f.start() != 0) {
      return null;
    }
    int to = Math.min(paragraph.length(), f.end() + 70);
    Matcher m = PLACE_AFTER_DATE.matcher(paragraph).region(f.end(), to);
    if (!m.lookingAt() && !(m = DASH_PLACE_AFTER_DATE.matcher(paragraph).region(f.end(), to)).lookingAt()) {
      return null;
    }
    String place = m.group(1).strip();
    Dateline d = place.indexOf(',') > 0 ? head(place, true) : null;
    return d == null || d.state() == null && !d.abroad() ? null : d.withDate(f.date());
  }

  /**
   * The length of a lower-case word run into the capital that follows it, as a saved page glues an image's name
   * to the dateline ("stateseal1Wilmington"), or 0. Short runs ("iPhone", "eBay") are words, not residue.
   */
  static int gluedPrefix(String paragraph) {
    if (paragraph.isEmpty() || !Character.isLowerCase(paragraph.charAt(0))) {
      return 0;
    }
    int i = 1;
    while (i < paragraph.length() && i <= 24) {
      char c = paragraph.charAt(i);
      if (Character.isUpperCase(c)) {
        return i >= 4 ? i : 0;
      }
      if (!Character.isLowerCase(c) && !Character.isDigit(c) && c != '_') {
        return 0;
      }
      i++;
    }
    return 0;
  }

  /** "Washington, DCVice President Joe Biden ...": a dateline whose separator the saved page lost. */
  private static final Pattern GLUED =
      Pattern.compile("([A-Z][A-Za-z.' -]{1,30}), ((?:[A-Z]\\.){2}|[A-Z]{2}|[A-Z][a-z]{1,4}\\.)(?=[A-Z][a-z])");

  private static Dateline glued(String paragraph) {
    int comma = paragraph.indexOf(", ");
    if (comma < 2 || comma > 31) {
      return null;
    }
    Matcher m = GLUED.matcher(paragraph);
    if (!m.lookingAt()) {
      return null;
    }
    States.State state = States.lookup(m.group(2));
    return state == null || Text.words(m.group(1)) > 4 ? null : new Dateline(Text.titleCase(m.group(1).strip()), state, null);
  }

  /**
   * A dateline wrapped in parentheses: "(HOUSTON) - Today", "(Kansas City, Kan., Nov. 15, 2007) - An",
   * "(ATLANTA - July 15, 2009) The agency"; a release number before it, "(03/23) TRENTON - ", is passed over.
   */
  private static Dateline parenthesized(String paragraph) {
    int close = paragraph.indexOf(')');
    if (close < 2 || close > 90) {
      return null;
    }
    String inner = paragraph.substring(1, close).strip();
    String rest = paragraph.substring(close + 1);
    Matcher dash = INNER_DASH.matcher(inner);
    Dateline d = head(dash.find() ? inner.substring(0, dash.start()) + ", " + inner.substring(dash.end()) : inner, true);
    if (d != null && (d.state() != null || hasLowerCase(rest, 0, 200))) {
      return d;
    }
    if (!hasLetter(inner) && !rest.isBlank()) {
      Dateline after = parse(LEADING_DASH.matcher(rest).replaceFirst(""));
      if (after != null) {
        return after;
      }
    }
    return null;
  }

  /** "(07/23/1998) - Alder Falls, Ohio - ...": the dash between a parenthesized date and the dateline. */
  private static final Pattern LEADING_DASH = Pattern.compile("^\\s*(?:--|-|\u2013|\u2014)?\\s*");

  private static final Pattern HOME_COUNTRY =
      Pattern.compile("(?i),\\s*(?:united states(?: of america)?|u\\.s\\.a\\.?|usa|u\\.s\\.)$");

  private static final Pattern MONTH_START = Pattern.compile("(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec");

  private static final Pattern INNER_DASH = Pattern.compile("\\s+[-\u2013\u2014]+\\s+");

  /** "Washington", "Fort Wayne", "ST. LOUIS": a place's words; "Their the a luner" is a sentence's. */
  private static boolean everyWordCapitalised(String s) {
    for (String w : s.split("[ -]+")) {
      if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line that holds only a place, as a dateline set on a line of its own: "NEW YORK", "Washington, DC,",
   * "(Miami, Fla.)", "ARLINGTON, Virginia -". It must name a state or be a city the gazetteer knows.
   */
  static Dateline placeOnly(String line) {
    String s = line.strip();
    if (s.length() < 4 || s.length() > 60 || !(Character.isUpperCase(s.charAt(0)) || s.charAt(0) == '(')
        || Text.words(s) > 8) {
      return null; // a place starts with a capital and runs to a few words
    }
    if (s.indexOf(',') < 0 && s.indexOf('.') < 0 && !Places.isKnownCity(s) && !States.isStandaloneCity(s)) {
      return null; // a place alone names its state after a comma, or is a city the tables know
    }
    if (s.startsWith("(") && s.endsWith(")")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    s = TRAILING_MARKS.matcher(s).replaceAll("");
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || Dates.first(s, 0) != null && s.indexOf(',') < 0) {
      return null;
    }
    Dateline d = head(s, true);
    if (d == null || (d.state() == null && !Places.isKnownCity(d.city())) || !everyWordCapitalised(d.city())) {
      return null;
    }
    return d;
  }

  /**
   * A line that holds a place and a full date, with at most page furniture after a bar: "Boise, April 7, 2011" or
   * "Washington, March 18, 2009 | Ann Lee (202-555-0100) | comments". The dateline, when it stands above the lead.
   */
  static Dateline placeAndDate(String line) {
    int bar = line.indexOf(" | ");
    String s = (bar > 0 ? line.substring(0, bar) : line).strip();
    if (s.length() > 70 || s.indexOf(',') < 0 || !Text.hasDigit(s)) {
      return null;
    }
    Dates.Found f = Dates.first(s, 0);
    if (f == null || f.start() < 4 || !s.substring(f.end()).isBlank()) {
      return null;
    }
    String place = s.substring(0, f.start()).strip();
    Dateline d = place.endsWith(",") ? placeOnly(place) : null;
    return d == null ? null : d.withDate(f.date());
  }

  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s,:\\-\u2013\u2014]+$");

  /**
   * A press wire's dateline standing inside a line: "... for limb pain CHARLOTTE, N.C., Jan. 26, 2026 /PRNewswire/",
   * with or without the year ("... Results ALEXANDRIA, Va., Feb. 17 /PRNewswire-FirstCall/ --").
   */
  private static final Pattern INLINE_WIRE = Pattern.compile(
      "(?:(?<=[\\p{Ll}\\d.!?\"')])(?<!\\band) +|(?<=\")|(?<=\\p{Ll}{2}[.!?]))(?=\\p{Lu}[\\p{Lu}' -][\\p{Lu}.' -]{0,29}, (?:[\\p{L}., ]{2,40}, )?\\p{L}{3,9}\\.? \\d{1,2}"
          + "(?:, (?:19|20)\\d\\d)? ?(?:/|\\(|--|\u2013|\u2014))");

  /** {@code text} with a line break before every wire dateline that a saved page ran into the line above. */
  static String breakBeforeWireDatelines(String text) {
    // The pattern is tried only in the 100 characters before each wire's tag, not at every space of the page.
    boolean[] held = heldTagParts(text);
    if (held == null) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    Matcher m = INLINE_WIRE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int t = 0; t < WIRE_TAGS.size(); t++) {
      String tag = WIRE_TAGS.get(t);
      if (!held[TAG_PART[t]]) {
        continue; // the page lacks what this tag holds: no scan for the tag itself
      }
      for (int at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + tag.length())) {
        int from = Math.max(copied, at - 100);
        for (int j = at - 1; j >= from; j--) {
          if (text.charAt(j) == '\n') {
            from = j + 1; // the dateline stands on the tag's own line
            break;
          }
        }
        if (from >= at || !m.region(from, at + 1).find()) {
          continue;
        }
        if (out == null) {
          out = new StringBuilder(text.length() + 8);
        }
        out.append(text, copied, m.start()).append('\n');
        copied = m.end();
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** An upper-case dateline and its dash, from where a crawler ran it into the headline: "ANNAPOLIS, MD – ". */
  private static final Pattern GLUED_DATELINE = Pattern.compile(
      "\\p{Lu}{2,}[\\p{Lu} .'-]{0,30}, \\p{Lu}[\\p{L}.]{1,14}(?: \\p{Lu}[\\p{L}.]{1,14})?,? ?(?:--|-|\u2013|\u2014) ");
  private static final int GLUED_SPAN = 1500;

  /**
   * {@code text} with a paragraph break before a dateline glued to the end of the headline by a crawler that lost
   * the line break: "... After High WindsANNAPOLIS, MD – Governor ...". Only in the page's opening, where a lower-case
   * letter runs straight into a word in capitals, and only where the rest of the line reads as a dateline with a state.
   */
  static String breakBeforeGluedDateline(String text) {
    int span = Math.min(text.length(), GLUED_SPAN);
    for (int i = 1; i + 2 < span; i++) {
      if ((char) (text.charAt(i) - 'A') >= 26) {
        continue; // not a capital A-Z, in one unsigned test: most characters stop here
      }
      if (!Character.isLowerCase(text.charAt(i - 1)) || !Character.isUpperCase(text.charAt(i + 1))) {
        continue;
      }
      Matcher m = GLUED_DATELINE.matcher(text).region(i, span);
      if (!m.lookingAt()) {
        continue;
      }
      int end = text.indexOf('\n', i);
      Dateline d = parse(text.substring(i, end < 0 ? text.length() : end));
      if (d != null && d.state() != null) {
        return text.substring(0, i) + "\n\n" + text.substring(i);
      }
    }
    return text;
  }

  /** A dateline with its full date and a dash, inside a line: "... USDA Assistance HUTCHINSON, Kan., Sept. 12, 2005 -". */
  private static final Pattern FLAT_DATELINE = Pattern.compile(
      "(?<=[\\p{L}\\d.)] )(\\p{Lu}[\\p{Lu}.'-]*(?: \\p{Lu}[\\p{Lu}.'-]*){0,5}), (?:\\p{Lu}[\\p{L}.]{1,14}(?: \\p{Lu}[\\p{L}.]{1,14})?, )?"
          + "\\p{Lu}\\p{L}{2,8}\\.? \\d{1,2}, (?:19|20)\\d\\d ?(?:--|-|\u2013|\u2014) ");
  /** A first line this long is a whole page run into one line, header and lead alike. */
  private static final int FLAT_LINE = 400;

  /**
   * {@code text} with a paragraph break before the dateline, when the saved page ran its letterhead, headline and
   * lead into one first line: "Release No. 0365.05 ... DISASTER AREAS Decision Allows ... HUTCHINSON, Kan., Sept. 12,
   * 2005 - Agriculture Secretary ...". The capitals before the dateline's comma may end a capitals headline too; the
   * city is the last of those words that the gazetteer knows as one, else the last word.
   */
  static String breakInFlattenedPage(String text) {
    int newline = text.indexOf('\n');
    int first = newline < 0 ? text.length() : newline;
    if (first < FLAT_LINE) {
      return text;
    }
    Matcher m = FLAT_DATELINE.matcher(text).region(0, Math.min(first, 2500)).useTransparentBounds(true);
    if (!m.find()) {
      return text;
    }
    String caps = m.group(1);
    int city = m.start(1) + caps.lastIndexOf(' ') + 1;
    for (int space = caps.lastIndexOf(' '); space > 0; space = caps.lastIndexOf(' ', space - 1)) {
      if (Places.isKnownCity(Text.titleCase(caps.substring(space + 1)))) {
        city = m.start(1) + space + 1;
      }
    }
    if (Places.isKnownCity(Text.titleCase(caps))) {
      city = m.start(1);
    }
    String head = text.substring(0, city).stripTrailing();
    Matcher run = CAPS_RUN.matcher(head);
    int from = -1;
    int to = -1;
    while (run.find()) {
      from = run.start();
      to = run.end();
    }
    if (from >= 0) {
      // The headline in capitals, set apart from the letterhead before it and the deck after it.
      String deck = head.substring(to).strip();
      head = head.substring(0, from).stripTrailing() + "\n\n" + head.substring(from, to) + (deck.isEmpty() ? "" : "\n" + deck);
    }
    return head + "\n\n" + text.substring(city);
  }

  /** Four or more words in capitals in a row: a headline inside a flattened page. */
  private static final Pattern CAPS_RUN =
      Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{Lu}'-]+(?:[ ,:]+(?:\\p{Lu}[\\p{Lu}'-]+|\\d[\\d,.%$]*|A)){3,}(?![\\p{L}\\d])");

  /**
   * Every wire tag holds one of these; a scan for each lets most pages go, and the tags whose part a page lacks,
   * before the dozen tags are looked for.
   */
  private static final List<String> TAG_PARTS = List.of("wire", "WIRE", "PRWEB", "/PRWeb", "/CNW/", "/3BL");

  static boolean mayHoldWireTag(String text) {
    return heldTagParts(text) != null;
  }

  /** Which of {@link #TAG_PARTS} the text holds, or null for none. */
  private static boolean[] heldTagParts(String text) {
    boolean[] held = new boolean[TAG_PARTS.size()];
    boolean any = false;
    for (int i = 0; i < held.length; i++) {
      held[i] = Text.holds(text, TAG_PARTS.get(i));
      any |= held[i];
    }
    return any ? held : null;
  }

  /** How the wires tag a dateline; the tag follows the date the pattern ends with. */
  static final List<String> WIRE_TAGS = List.of("/PRNewswire", "/PRWeb", "(GLOBE NEWSWIRE)", "(BUSINESS WIRE)",
      "(PRWEB)", "PRWEB)", "(Marketwired", "(ACCESSWIRE)", "NEWSWIRE)", "/CNW/", "/3BL", "/EINPresswire");
  /** For each of {@link #WIRE_TAGS}, the first of {@link #TAG_PARTS} it holds. */
  private static final int[] TAG_PART = WIRE_TAGS.stream().mapToInt(tag -> {
    for (int i = 0; i < TAG_PARTS.size(); i++) {
      if (tag.contains(TAG_PARTS.get(i))) {
        return i;
      }
    }
    throw new IllegalStateException("a wire tag holds none of the parts looked for: " + tag);
  }).toArray();

  /** "BOSTON--(BUSINESS WIRE)--Aug. 30, 2023--Text": the date a wire writes after the dateline's separator. */
  private static LocalDate dateAfter(String paragraph, int separator) {
    String rest = paragraph.substring(separator, Math.min(paragraph.length(), separator + 80));
    if (rest.chars().noneMatch(Character::isDigit)) {
      return null;
    }
    Matcher skip = AFTER_SEPARATOR.matcher(rest);
    int from = skip.lookingAt() ? skip.end() : 0;
    if (from >= rest.length() || !(Character.isDigit(rest.charAt(from)) || Character.isLetter(rest.charAt(from))
        && from + 3 <= rest.length() && MONTH_START.matcher(rest).region(from, from + 3).matches())) {
      return null; // the text goes on: no date stands after the separator
    }
    Dates.Found found = Dates.first(rest.substring(from), 0);
    if (found == null || found.start() != 0) {
      return null;
    }
    String after = rest.substring(from + found.end()).stripLeading();
    return after.startsWith("-") || after.startsWith("\u2013") || after.startsWith("\u2014") ? found.date() : null;
  }

  Dateline withDate(LocalDate d) {
    return d == null ? this : new Dateline(city, state, d, yearless, abroad);
  }

  /** "Dayton, Ohio (Vocus/PRWEB) April 13, 2011" with no separator after it. */
  private static Dateline wire(String paragraph) {
    int paren = paragraph.indexOf(" (");
    if (paren < 0 || paren > 66) {
      return null; // "City, State (Wire)" puts its parenthesis early
    }
    Matcher m = WIRE.matcher(paragraph);
    if (!m.lookingAt()) {
      return null;
    }
    States.State state = States.lookup(m.group(2));
    if (state == null || namesPerson(m.group(1))) {
      return null;
    }
    Dates.Found found = Dates.first(paragraph.substring(m.end(), Math.min(paragraph.length(), m.end() + 40)), 0);
    LocalDate date = found != null && found.start() <= 2 ? found.date() : Dates.find(m.group(3));
    return new Dateline(Text.titleCase(m.group(1).strip()), state, date);
  }

  /** A middle initial ("Ada C. Holm") or a title before a name ("Congressman Ada Holm"): a person, not a place. */
  private static final Pattern PERSON = Pattern.compile("\\p{Lu}\\p{Ll}+ \\p{Lu}\\. \\p{Lu}\\p{Ll}+");

  private static boolean namesPerson(String city) {
    int space = city.indexOf(' ');
    return space > 0 && (PERSON.matcher(city).find()
        || Text.words(city) >= 3 && Roles.TITLES.contains(city.substring(0, space).toLowerCase(java.util.Locale.ROOT)));
  }

  private static boolean hasLowerCase(String s, int from, int to) {
    for (int i = from; i < Math.min(to, s.length()); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Parses "CITY, St." / "CITY" / "City, State (Wire) Date" before a separator; null if it is not a dateline. */
  private static Dateline head(String head, boolean spacedSeparator) {
    if (head.length() > 100 || Text.words(head) > 14) {
      return null; // a sentence with a dash in it, not a place and a date
    }
    String s = head.indexOf('/') >= 0 || head.indexOf('(') >= 0 ? WIRE_TAG.matcher(head).replaceAll(" ").strip() : head;
    LocalDate date = null;
    Matcher paren = PAREN.matcher(s);
    if (paren.find()) {
      date = Dates.find(paren.group(1)); // "SPOKANE (June 4, 2019)", "Dayton, Ohio (Vocus/PRWEB)"
      s = s.substring(0, paren.start()).strip();
    }
    Dates.Found found = Dates.first(s, 0);
    if (found != null && found.end() >= s.length() - 1 && found.start() > 0) {
      date = date == null ? found.date() : date;
      s = s.substring(0, found.start()).strip();
    }
    if (date == null && s.indexOf('/') > 0) {
      Dates.Found shortYear = Dates.shortYear(s); // "Frederick MD 05/10/06--"
      if (shortYear != null && shortYear.end() >= s.length() - 1 && shortYear.start() > 0) {
        date = shortYear.date();
        s = s.substring(0, shortYear.start()).strip();
      }
    }
    MonthDay yearless = null;
    Matcher noYear = date == null && s.indexOf(',') > 0 ? YEARLESS.matcher(s) : null;
    if (noYear != null && noYear.find()) {
      try {
        yearless = MonthDay.of(Dates.month(noYear.group(1)), Integer.parseInt(noYear.group(2)));
        s = s.substring(0, noYear.start()).strip();
      } catch (java.time.DateTimeException e) {
        yearless = null;
      }
    }
    if (s.endsWith(",")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    Matcher country = HOME_COUNTRY.matcher(s);
    if (country.find()) {
      s = s.substring(0, country.start()); // "ORANGE PARK, FL, UNITED STATES"
    }
    int and = s.indexOf(" and ");
    if (and < 0) {
      and = s.indexOf(" AND "); // "CHICAGO AND SAN FRANCISCO, January 3, 2005 /PRNewswire"
    }
    int firstComma = s.indexOf(',');
    if (and > 0 && (firstComma < 0 || and < firstComma) && UPPER_CITY.matcher(s.substring(0, and)).matches()) {
      // "SAN FRANCISCO and LOS ANGELES, May 31": the first city is the dateline's
      s = s.substring(0, and) + (firstComma < 0 ? "" : s.substring(firstComma));
    }
    if (s.isEmpty()) {
      return null; // nothing but a date before the separator
    }
    int comma = s.indexOf(',');
    int space = s.lastIndexOf(' ');
    if (comma < 0 && space > 0 && s.endsWith(".")) {
      // "WASHINGTON D.C." : a dotted state abbreviation without the comma
      States.State st = States.lookup(s.substring(space + 1));
      String city = s.substring(0, space).strip();
      if (st != null && CITY.matcher(city).matches() && everyWordCapitalised(city)) {
        return new Dateline(Text.titleCase(city), st, date);
      }
    }
    if (comma < 0 && space > 0 && s.length() - space == 3 && Character.isUpperCase(s.charAt(space + 2))) {
      // "Frederick MD": a postal code without the comma
      States.State st = States.lookup(s.substring(space + 1));
      String city = s.substring(0, space).strip();
      if (st != null && CITY.matcher(city).matches() && everyWordCapitalised(city) && Text.words(city) <= 3
          && !NOT_CITIES.matcher(city.toUpperCase(java.util.Locale.ROOT)).find()) {
        return new Dateline(Text.titleCase(city), st, date);
      }
    }
    if (comma < 0) {
      States.State standalone = States.ofStandaloneCity(s);
      if (standalone != null && (UPPER_CITY.matcher(s).matches() || spacedSeparator)) {
        return new Dateline(Text.titleCase(s), standalone, date);
      }
      // "LONDON - ", "Tokyo - ": a city abroad written alone, as wires do; no state is to be looked for.
      if ((spacedSeparator || UPPER_CITY.matcher(s).matches()) && Character.isUpperCase(s.charAt(0))
          && Places.isWorldCity(s)) {
        return new Dateline(Text.titleCase(s), null, date, null, true);
      }
      // "Seattle - ", "Rapid City - ": a city the gazetteer knows, its state found from the release.
      if (spacedSeparator && Character.isUpperCase(s.charAt(0)) && CITY.matcher(s).matches() && Places.isKnownCity(s)) {
        return new Dateline(Text.titleCase(s), null, date);
      }
      // An upper-case city with no state: still the dateline, the state comes from elsewhere.
      if (spacedSeparator && UPPER_CITY.matcher(s).matches() && Text.words(s) <= 3 && s.length() >= 4
          && !NOT_CITIES.matcher(s).find()) {
        return new Dateline(Text.titleCase(s), null, date);
      }
      return null;
    }
    String city = s.substring(0, comma).strip();
    String statePart = s.substring(s.lastIndexOf(',') + 1).strip();
    if (statePart.chars().anyMatch(Character::isDigit)) {
      return null; // "PASADENA, CALIF. 91109": a letterhead's address, not a dateline
    }
    States.State state = States.lookup(statePart);
    if (state == null && Places.isCountry(statePart) && CITY.matcher(city).matches() && Text.words(city) <= 4
        && Character.isUpperCase(city.charAt(0)) && !statePart.equals("Georgia")) {
      return new Dateline(Text.titleCase(city), null, date, yearless, true); // "Sevnica, Slovenia"
    }
    if (state == null || !CITY.matcher(city).matches() || Text.words(city) > 4 || namesPerson(city)) {
      return null;
    }
    boolean upper = UPPER_CITY.matcher(city).matches();
    if (!upper && !Character.isUpperCase(city.charAt(0))) {
      return null;
    }
    return new Dateline(Text.titleCase(city), state, date, yearless);
  }
}
