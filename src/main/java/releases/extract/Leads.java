package releases.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The releases of a page found by their leads. A release has one lead: the paragraph opening with its dateline or
 * its date. A page on which two or more leads of one kind stand apart, with prose between them, holds that many
 * releases; each release starts at its lead, or at the headline just above it, and the page's own header before
 * the first release is dropped.
 */
final class Leads {

  /** What may stand before a date that opens a line: a weekday, or a label such as "Posted:" or "Release date:". */
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "[\\s|*#-]*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s*|\\p{L}{2,12}(?: \\p{L}{2,12})?:\\s*)?");
  /** A headline above a lead has at least this many words; "Full Story" and "Read more" have fewer. */
  private static final int MIN_TITLE_WORDS = 4;
  private static final int MAX_TITLE_LINES = 3;

  private Leads() {}

  private enum Kind { NONE, DATE_HEADING, DATE_LEAD, DATELINE, BULLET }

  /** "- Headline" or "• Headline" over its teaser, as digests and roundups list their releases. */
  private static final Pattern BULLET = Pattern.compile("^[-\u2022*\u00B7]\\s+\\S.*");
  private static final String BULLET_START = "-\u2022*\u00B7";

  /** The releases found by their leads (dates and datelines opening paragraphs), or null. */
  static List<Listing.Item> split(String[] lines, int hintYear) {
    Kind[] kinds = new Kind[lines.length];
    LocalDate[] dates = new LocalDate[lines.length];
    int headings = 0;
    int leads = 0;
    int datelines = 0;
    int bullets = 0;
    java.util.Set<String> leadLines = new java.util.HashSet<>();
    // First the cheap tests, line by line: most pages hold one lead at most and are let go before any parsing.
    boolean[] candidate = new boolean[lines.length];
    int dateCandidates = 0;
    int datelineCandidates = 0;
    int bulletCandidates = 0;
    for (int i = 0; i < lines.length; i++) {
      kinds[i] = Kind.NONE;
      String line = lines[i].strip();
      if (line.length() < 6 || i > 0 && insideParagraph(lines[i - 1], line)) {
        continue; // a lead opens a paragraph; a line of hard-wrapped prose carries on the one above
      }
      // A date that opens a line stands within its first 50 characters, and every date form has a digit.
      // A stamp ("Updated: 05/06/2013") is never a lead: it is let go here, as the second pass would.
      boolean date = mayOpenWithDate(line) && Dates.mayHoldDate(line.length() > 50 ? line.substring(0, 50) : line)
          && !Dates.isStamp(line);
      boolean dateline = mayBeLeadDateline(line);
      boolean bullet = BULLET_START.indexOf(line.charAt(0)) >= 0;
      candidate[i] = date || dateline || bullet;
      dateCandidates += date ? 1 : 0;
      datelineCandidates += dateline ? 1 : 0;
      bulletCandidates += bullet ? 1 : 0;
    }
    if (dateCandidates < 2 && datelineCandidates < 2 && bulletCandidates < 3) {
      return null;
    }
    boolean[] later = new boolean[lines.length]; // candidates that are not dates: datelines and bullets, tested last
    for (int i = 0; i < lines.length; i++) {
      if (!candidate[i]) {
        continue;
      }
      String line = lines[i].strip();
      String head = line.length() > 50 ? line.substring(0, 50) : line;
      Dates.Found f = mayOpenWithDate(line) && Text.hasDigit(head) ? Dates.first(head, hintYear) : null;
      if (f != null && !Dates.isStamp(line) && !afterStampLabel(lines, i) && DATE_PREFIX.matcher(line.substring(0, f.start())).matches()) {
        dates[i] = f.date();
        if (Text.words(line.substring(f.end())) >= 8) {
          if (line.length() <= 40 || leadLines.add(line)) { // a lead printed again is the same release
            kinds[i] = Kind.DATE_LEAD;
            leads++;
          }
        } else {
          kinds[i] = Kind.DATE_HEADING;
          headings++;
        }
      } else {
        later[i] = true;
      }
    }
    if (headings < 2 && leads < 2 && datelineCandidates < 2 && bulletCandidates < 3) {
      return null; // most pages: at most one dateline, never parsed here
    }
    for (int i = 0; i < lines.length; i++) {
      if (!later[i]) {
        continue;
      }
      String line = lines[i].strip();
      if (isLeadDateline(line)) {
        kinds[i] = Kind.DATELINE;
        datelines++;
      } else if (BULLET.matcher(line).matches() && Text.words(line) >= MIN_TITLE_WORDS && !isProse(line)
          && teaserFollows(lines, i)) {
        kinds[i] = Kind.BULLET;
        bullets++;
      }
      if (kinds[i] != Kind.NONE && line.length() > 40 && !leadLines.add(line)) {
        // a lead printed again ("... Show Full Article" and the text once more) is the same release
        if (kinds[i] == Kind.DATELINE) {
          datelines--;
        } else {
          bullets--;
        }
        kinds[i] = Kind.NONE;
      }
    }
    if (headings < 2 && leads < 2 && datelines < 2 && bullets < 3) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    List<LocalDate> groupDates = new ArrayList<>();
    LocalDate group = null;
    int previous = -1;
    for (int i = 0; i < lines.length; i++) {
      if (kinds[i] == Kind.NONE) {
        continue;
      }
      // Date headings over short teasers, three or more of them, stand for one release each even without prose.
      // "... engagements for the week:" over a later date than the listing's: a schedule inside the release above
      boolean schedule = kinds[i] == Kind.DATE_HEADING && group != null && dates[i].isAfter(group)
          && underColon(lines, previous, i);
      // the same date printed again over a release's headline, with no teaser between: one release's header
      boolean again = kinds[i] == Kind.DATE_HEADING && dates[i].equals(group) && !proseBetween(lines, kinds, previous, i);
      schedule |= again;
      boolean newItem = previous < 0 || !schedule && (proseBetween(lines, kinds, previous, i)
          || (kinds[i] == Kind.DATE_HEADING && headings >= 3 && textBetween(lines, kinds, previous, i)))
          || (kinds[i] == Kind.DATELINE && kinds[previous] == Kind.DATELINE); // one release, one dateline
      if (newItem) {
        int start = titleAbove(lines, kinds, i, starts.isEmpty() ? -1 : starts.get(starts.size() - 1));
        starts.add(start);
        groupDates.add(kinds[i] == Kind.DATE_HEADING || kinds[i] == Kind.DATE_LEAD ? dates[i] : group);
      }
      if (kinds[i] == Kind.DATE_HEADING && !schedule) {
        group = dates[i];
      }
      previous = i;
    }
    if (starts.size() < 2) {
      return null;
    }
    List<Listing.Item> items = new ArrayList<>(starts.size());
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.length;
      items.add(new Listing.Item(String.join("\n", java.util.Arrays.asList(lines).subList(starts.get(k), end)),
          groupDates.get(k)));
    }
    return items;
  }

  private static final Set<String> DATE_WORDS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** A digit, a month, a weekday, or a label ending in a colon opens the line: the few lines a date can open. */
  private static boolean mayOpenWithDate(String line) {
    char c = line.charAt(0);
    if (Character.isDigit(c)) {
      return true;
    }
    if (!Character.isLetter(c) && c != '|' && c != '-' && c != '*' && c != '#') {
      return false;
    }
    int i = 0;
    while (i < line.length() && !Character.isLetter(line.charAt(i))) {
      i++;
    }
    if (i + 3 > line.length()) {
      return false;
    }
    if ("JFMASONDTWjfmasondtw".indexOf(line.charAt(i)) < 0) {
      return labelled(line); // no month or weekday starts otherwise: only a label can lead to a date
    }
    int end = i;
    while (end < line.length() && end - i <= 9 && Character.isLetter(line.charAt(end))) {
      end++;
    }
    if (DATE_WORDS.contains(line.substring(i, end).toLowerCase(java.util.Locale.ROOT))) {
      return true; // "Monday", "Sept.", "DECEMBER" but not "Mayor" or "Marshals"
    }
    return labelled(line);
  }

  /** The line's first colon stands after its first character and within its first 26: "Release Date:". */
  private static boolean labelled(String line) {
    int limit = Math.min(line.length(), 26);
    for (int k = 0; k < limit; k++) {
      if (line.charAt(k) == ':') {
        return k > 0;
      }
    }
    return false;
  }

  /**
   * Line {@code line} carries on the prose of the line above: both are about as long as a wrapped page's lines, and
   * the one above breaks off mid-sentence. A wire's
   * tag ("/PRNewswire/", "(PRWEB)") marks a lead that a saved page ran into the line above, so it is still looked at.
   */
  private static boolean insideParagraph(String above, String line) {
    String a = above.strip();
    if (a.length() < 60 || Math.abs(a.length() - line.length()) > 12 || Text.endsSentence(a) || a.endsWith("\u2026")) {
      return false; // hard-wrapped prose runs in lines of about one width; a headline over its lead does not
    }
    int limit = Math.min(line.length(), 110);
    for (int i = 0; i < limit; i++) {
      char c = line.charAt(i);
      if (c == '/' || c == '(') {
        return false;
      }
    }
    return true;
  }

  /** The next non-blank line under a bulleted headline is a teaser of a dozen words or more, not another bullet. */
  private static boolean teaserFollows(String[] lines, int i) {
    if (hangingIndent(lines, i)) {
      return false; // the bullet's text wraps onto the next line: a point in a list, not a headline
    }
    int j = i + 1;
    while (j < lines.length && j <= i + 2 && lines[j].isBlank()) {
      j++;
    }
    return j < lines.length && Text.words(lines[j]) >= 12 && !BULLET.matcher(lines[j].strip()).matches();
  }

  /** The line under bullet line {@code i} is indented to where the bullet's text starts: its continuation. */
  private static boolean hangingIndent(String[] lines, int i) {
    if (i + 1 >= lines.length || lines[i + 1].isBlank()) {
      return false;
    }
    String line = lines[i];
    int bullet = 0;
    while (bullet < line.length() && line.charAt(bullet) == ' ') {
      bullet++;
    }
    int text = bullet + 1;
    while (text < line.length() && line.charAt(text) == ' ') {
      text++;
    }
    String next = lines[i + 1];
    int indent = 0;
    while (indent < next.length() && next.charAt(indent) == ' ') {
      indent++;
    }
    return indent > bullet && indent == text;
  }


  /** "Last Updated:" on the line above: the date below it is a stamp. */
  private static boolean afterStampLabel(String[] lines, int i) {
    int j = i - 1;
    while (j >= 0 && lines[j].isBlank()) {
      j--;
    }
    return j >= 0 && Dates.isStampLabel(lines[j]);
  }

  /** A line opening with a dateline: with a state it may be short ("Memphis, TN - U.S."), else it is a lead. */
  private static boolean isLeadDateline(String line) {
    if (!mayBeLeadDateline(line)) {
      return false;
    }
    Dateline d = Dateline.parse(line);
    return d != null && (d.state() != null || Text.words(line) >= 8);
  }

  /** The cheap tests of {@link #isLeadDateline}: a capital, a separator after a place-like head. */
  private static boolean mayBeLeadDateline(String line) {
    line = line.substring(Dateline.gluedPrefix(line));
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(0);
    if (!Character.isUpperCase(c) && c != '(') {
      return false;
    }
    int separator = -1;
    int spaces = 0;
    for (int i = 1; i < Math.min(line.length(), 110) && separator < 0; i++) {
      char x = line.charAt(i);
      if (x == '-' || x == '\u2013' || x == '\u2014' || x == '(') {
        separator = i;
      } else if (x == ' ' && ++spaces > 12) {
        return false; // a sentence: no place and date run to a dozen words before the separator
      }
    }
    if (separator < 0 || line.indexOf(' ', separator) < 0) {
      return false; // every dateline a listing shows has a dash or a wire's parenthesis after its place
    }
    return mayBePlace(line, separator);
  }

  /**
   * What stands before a dateline's separator: a place with a comma ("Memphis, TN"), in capitals ("LAREDO"), in
   * parentheses, or a city the gazetteer knows ("Seattle"). A sentence with a dash in it is none of these.
   */
  private static boolean mayBePlace(String line, int separator) {
    boolean upper = true;
    for (int i = 0; i < separator; i++) {
      char c = line.charAt(i);
      if (c == ',' || c == '(' || c == '/') {
        return true;
      }
      upper &= !Character.isLowerCase(c);
    }
    if (upper) {
      return true;
    }
    String head = line.substring(0, separator).strip();
    return head.length() <= 30 && Text.words(head) <= 3 && Places.isKnownCity(head);
  }

  /** True when a paragraph of prose stands between two leads, the earlier lead's own line included. */
  private static boolean proseBetween(String[] lines, Kind[] kinds, int from, int to) {
    for (int j = from; j < to; j++) {
      String line = lines[j].strip();
      if ((j == from || kinds[j] == Kind.NONE) && isProse(line) && !Header.isCaption(line)) {
        return true;
      }
    }
    return false;
  }

  /** The last line above line {@code to} ends with a colon: what follows belongs to it. */
  private static boolean underColon(String[] lines, int from, int to) {
    int last = to - 1;
    while (last > from && lines[last].isBlank()) {
      last--;
    }
    return last > from && lines[last].strip().endsWith(":");
  }

  private static boolean textBetween(String[] lines, Kind[] kinds, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (kinds[j] == Kind.NONE && Text.words(lines[j]) >= MIN_TITLE_WORDS) {
        return true;
      }
    }
    return false;
  }

  private static boolean isProse(String line) {
    if (line.chars().noneMatch(Character::isLowerCase)) {
      return false; // an ALL CAPS line is a headline, however long
    }
    int words = Text.words(line);
    return words >= 25 || (words >= 12 && Text.endsSentence(line));
  }

  /** Where the release whose lead is line {@code lead} starts: its headline block just above, else the lead. */
  private static int titleAbove(String[] lines, Kind[] kinds, int lead, int previousStart) {
    int j = lead - 1;
    while (j > previousStart && lines[j].isBlank()) {
      j--;
    }
    int top = lead;
    int taken = 0;
    int skipped = 0;
    while (j > previousStart && taken < MAX_TITLE_LINES) {
      if (lines[j].isBlank()) {
        if (taken > 0 || skipped == 0) {
          break;
        }
        j--; // labels alone above the lead: the headline may stand one blank line higher
        continue;
      }
      String line = lines[j].strip();
      if (kinds[j] != Kind.NONE || isProse(line)) {
        break;
      }
      if (Text.words(line) < MIN_TITLE_WORDS || Body.isClutter(line) || line.endsWith(":")) {
        // "Description", "For Immediate Release" between a headline and its lead; "Full Story" under the last one
        if (++skipped > 3) {
          break;
        }
        j--;
        continue;
      }
      top = j;
      taken++;
      j--;
    }
    return top;
  }
}
