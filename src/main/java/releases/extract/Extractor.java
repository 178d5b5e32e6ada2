package releases.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the text of one saved release into a {@link Release}: header, dateline, body, quotes and counties. */
public final class Extractor {

  /** Datelines open one of the first paragraphs; looking further only finds sentences that resemble one. */
  private static final int DATELINE_SEARCH_BLOCKS = 30;
  private static final Pattern CRAWL_DATE = Pattern.compile("\\s*date ((?:19|20)\\d\\d-\\d\\d-\\d\\d)\\s+");
  private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]]{4,300}");
  private static final Pattern PARTY_TAG = Pattern.compile("\\([RDI]-[A-Z][A-Za-z. ]*\\)");

  private Extractor() {}

  /**
   * Every release in {@code text}: one, or, for a file that holds several (a listing page, a digest, an RSS
   * mirror), one per release in file order, with ids {@code id#1}, {@code id#2}, ... A file of one release keeps
   * its plain id.
   */
  public static List<Release> extractAll(String id, String path, String text) {
    return extractAll(id, path, text, null);
  }

  /** {@link #extractAll(String, String, String)} with dates after {@code notAfter} refused, as in {@link #extract}. */
  public static List<Release> extractAll(String id, String path, String text, LocalDate notAfter) {
    String normalized = prepare(text);
    int latestYear = Dates.latestYear(normalized);
    List<Listing.Item> items = Listing.split(normalized, latestYear);
    if (items == null) {
      return List.of(extractPrepared(id, path, normalized, notAfter, latestYear));
    }
    List<Release> releases = new ArrayList<>(items.size());
    for (int k = 0; k < items.size(); k++) {
      Listing.Item item = items.get(k);
      Release r = extractPrepared(id + "#" + (k + 1), path, item.text(), notAfter, Dates.latestYear(item.text()));
      LocalDate heading = bounded(item.heading(), notAfter);
      if (r.date() == null && heading != null) {
        // An item under a listing's date heading ("Friday, October 28, 2005") carries that date.
        r = new Release(r.id(), r.path(), r.title(), r.subtitle(), heading, r.city(), r.state(), r.stateCode(),
            r.counties(), r.quotes(), r.body());
      }
      releases.add(r);
    }
    return releases;
  }

  /** {@link #extract(String, String, String, LocalDate)} with no bound on the date but the calendar's. */
  public static Release extract(String id, String path, String text) {
    return extract(id, path, text, null);
  }

  /**
   * Extracts the release in {@code text}; never fails on odd input, leaving unknown fields null. A date after
   * {@code notAfter} (the day the file was last written, or null) is not the release's: a file cannot report
   * news from after it was saved, so such a date is an event to come, a typo or a later stamp.
   */
  public static Release extract(String id, String path, String text, LocalDate notAfter) {
    String prepared = prepare(text);
    return extractPrepared(id, path, prepared, notAfter, Dates.latestYear(prepared));
  }

  /** Quote marks and spaces made uniform, and a wire dateline run into the line above it set on its own line. */
  private static String prepare(String text) {
    String normalized = Dateline.breakBeforeGluedDateline(Dateline.breakInFlattenedPage(Text.normalize(text)));
    return Dateline.breakBeforeWireDatelines(Text.questionMarksAsQuotes(normalized));
  }

  private static Release extractPrepared(String id, String path, String prepared, LocalDate notAfter, int latestYear) {
    String normalized = prepared;
    LocalDate saved = null;
    Matcher crawl = CRAWL_DATE.matcher(normalized);
    if (crawl.lookingAt()) {
      // " date 2018-01-04 " opening a page saved by a crawler: the page's date, not the release's, so a last resort.
      saved = Dates.find(crawl.group(1));
      normalized = normalized.substring(crawl.end());
    }
    List<List<String>> blocks = Text.blocks(normalized);
    int start = -1;
    Dateline dateline = null;
    for (int i = 0; i < Math.min(blocks.size(), DATELINE_SEARCH_BLOCKS) && start < 0; i++) {
      splitAtDateline(blocks, i);
      List<String> paragraphs = Body.joinLines(blocks.get(i));
      if (!paragraphs.isEmpty() && !(blocks.get(i).size() > 1 && Header.isContactBlock(blocks.get(i)))) {
        Dateline d = Dateline.parse(paragraphs.get(0));
        if (d != null && (Text.words(paragraphs.get(0)) >= 5 || d.date() != null)) {
          start = i;
          dateline = d;
        }
      }
    }
    if (start < 0) {
      for (int i = 0; i < Math.min(blocks.size(), DATELINE_SEARCH_BLOCKS) && start < 0; i++) {
        PlaceLine p = placeLine(blocks, i);
        if (p != null) {
          start = p.body();
          dateline = p.dateline();
        }
      }
    }
    if (start < 0) {
      start = firstProse(blocks);
      if (start > 0 && isLeadIn(blocks.get(start - 1))) {
        start--; // "Statement from Sheriff Ada Holm:" belongs to the statement under it
      }
    }
    List<List<String>> bodyBlocks = blocks.subList(start, blocks.size());
    Header header = start > 0 ? Header.parse(blocks.subList(0, start), hardWrapped(bodyBlocks), latestYear) : Header.NONE;
    List<String> paragraphs = Body.paragraphs(bodyBlocks);

    LocalDate date = bounded(issuedOn(paragraphs), notAfter);
    if (date == null) {
      date = bounded(dateline != null ? dateline.date() : null, notAfter);
    }
    if (date == null && dateline != null && dateline.yearless() != null) {
      date = bounded(withYear(dateline.yearless(), header.date(), saved), notAfter);
    }
    if (date == null && dateline != null && !paragraphs.isEmpty()) {
      date = bounded(wireTagDate(paragraphs.get(0)), notAfter); // "DETROIT, MI--(Marketwire - September 17, 2008) -"
    }
    if (date == null) {
      date = bounded(openingDate(paragraphs), notAfter); // "Tuesday, August 30, 2005 — The ..." beats a blog's stamp
    }
    if (date == null) {
      date = bounded(header.date(), notAfter);
    }
    if (date == null) {
      date = bounded(labelledDate(normalized), notAfter);
    }
    if (date == null) {
      date = bounded(leadDate(paragraphs), notAfter);
    }
    if (date == null) {
      date = bounded(lineDate(bodyBlocks), notAfter);
    }
    if (date == null) {
      date = bounded(Dates.postedStamp(normalized), notAfter);
    }
    if (date == null) {
      date = bounded(Dates.listStamp(normalized), notAfter);
    }
    if (date == null) {
      date = bounded(Dates.fromPath(path), notAfter);
    }
    if (date == null) {
      date = bounded(fromUrls(normalized), notAfter);
    }
    if (date == null) {
      date = bounded(Header.dateLine(paragraphs, latestYear), notAfter); // "Posted: Tue May 13, 2008" under a repost
    }
    if (date == null) {
      date = bounded(saved, notAfter);
    }

    String city = null;
    States.State state = null;
    if (dateline != null) {
      city = dateline.city();
      state = dateline.state() != null || dateline.abroad() ? dateline.state() : header.state();
    } else if (header.city() != null) {
      city = header.city();
      state = header.state();
    }
    if (city != null && state == null && (dateline == null || !dateline.abroad())) {
      state = stateFromContext(city, blocks.subList(0, start), paragraphs);
    }

    List<String> above = new ArrayList<>();
    blocks.subList(0, start).forEach(above::addAll);
    List<Quote> quotes = Quotes.extract(paragraphs, Attributions.ofHeadline(header.title()), header.title(), above);
    List<County> counties = Counties.find(paragraphs, countyState(state, paragraphs));
    String body = String.join("\n\n", paragraphs);
    body = Text.withoutEmphasis(body);
    return new Release(id, path, header.title(), header.subtitle(), date, city,
        state == null ? null : state.name(), state == null ? null : state.code(), counties, quotes, body);
  }

  /**
   * A headline saved with no blank line before the dateline shares its block; the dateline line then starts a
   * block of its own, so that the headline stays in the header.
   */
  private static void splitAtDateline(List<List<String>> blocks, int i) {
    List<String> block = blocks.get(i);
    for (int j = 1; j < block.size(); j++) {
      String line = block.get(j);
      Dateline d = Dateline.parse(line);
      // A headline that ends with a full stop still stands above a dateline that carries its date.
      // So does a long caption or teaser, cut off or not, above a dateline that names its state.
      String above = block.get(j - 1);
      if (d != null && (!Text.endsSentence(above) || d.date() != null || d.state() != null && above.length() > 110)) {
        blocks.set(i, new ArrayList<>(block.subList(0, j)));
        blocks.add(i + 1, new ArrayList<>(block.subList(j, block.size())));
        return;
      }
    }
  }

  /** The words before "Date:" that make it another date's label: an event's, a deadline's, an update's. */
  private static final java.util.Set<String> OTHER_DATES = java.util.Set.of("event", "due", "start", "end", "update",
      "updated", "modified", "revised", "expiration", "closing", "effective", "meeting", "hearing", "trial",
      "sentencing", "court", "filing", "application", "deadline", "birth", "air", "ship", "sale", "expiry");

  /**
   * "Date: November 1, 2002" inside a letterhead that the saved page flattened into one line with the rest, within
   * the text's first 1,500 characters: a "Date:" or "Release Date:" label, not another date's. Null when none.
   */
  private static LocalDate labelledDate(String text) {
    int limit = Math.min(text.length(), 1500);
    for (int at = text.indexOf("ate:"); at > 0 && at < limit; at = text.indexOf("ate:", at + 4)) {
      char d = text.charAt(at - 1);
      if ((d != 'D' && d != 'd') || at >= 2 && Character.isLetter(text.charAt(at - 2))) {
        continue;
      }
      int wordEnd = at - 1;
      while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (OTHER_DATES.contains(text.substring(wordStart, wordEnd).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int from = at + 4;
      while (from < text.length() && text.charAt(from) == ' ') {
        from++;
      }
      Dates.Found f = Dates.first(text.substring(from, Math.min(text.length(), from + 40)), 0);
      if (f != null && f.start() == 0) {
        return f.date();
      }
    }
    return null;
  }

  private static final Pattern TODAY = Pattern.compile("(?i)\\btoday,?\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?");
  private static final Pattern LEAD_SEPARATOR = Pattern.compile("\\s*(?:--|-|\u2013|\u2014|\\||:)");
  /** A wire's name and the date in parentheses near the lead's start: "(Marketwire - September 17, 2008)". */
  private static final Pattern WIRE_TAG_DATE =
      Pattern.compile("\\((?:\\p{Lu}[\\p{L}.' ]{1,25}?)\\s*(?:-|\u2013|\u2014|,|:)\\s*([^()]{6,32})\\)");

  /** The date inside a wire's tag in the first 100 characters of the lead, or null. */
  private static LocalDate wireTagDate(String lead) {
    int open = lead.indexOf('(');
    if (open < 0 || open > 100) {
      return null;
    }
    Matcher m = WIRE_TAG_DATE.matcher(lead).region(open, Math.min(lead.length(), open + 70));
    if (!m.lookingAt()) {
      return null;
    }
    Dates.Found f = Dates.first(m.group(1), 0);
    return f != null && f.start() == 0 && m.group(1).substring(f.end()).isBlank() ? f.date() : null;
  }

  /** "(March 6, 2015) A team of ...": the date in parentheses, then the lead. */
  private static final Pattern CLOSING_PARENTHESIS = Pattern.compile("\\)\\s*(?:--|-|\u2013|\u2014)?\\s*\\p{Lu}");

  /** The date the first paragraph opens with, before a dash or in parentheses; null when it opens otherwise. */
  private static LocalDate openingDate(List<String> paragraphs) {
    return paragraphs.isEmpty() ? null : opensWithDate(paragraphs.get(0));
  }

  /** "September 30, 2002 -- The agency ...", "Tuesday, August 30, 2005 — ...", "(March 6, 2015) A team ...". */
  private static LocalDate opensWithDate(String p) {
    String opening = p.length() > 40 ? p.substring(0, 40) : p;
    Dates.Found f = Dates.first(opening, 0);
    if (f == null || f.start() > 12 || Text.words(opening.substring(0, f.start())) > 1) {
      return null;
    }
    boolean parenthesised = f.start() > 0 && p.charAt(f.start() - 1) == '(';
    Matcher after = (parenthesised ? CLOSING_PARENTHESIS : LEAD_SEPARATOR).matcher(p).region(f.end(), p.length());
    return after.lookingAt() ? f.date() : null;
  }

  /**
   * The date a lead paragraph opens with ("September 30, 2002 -- The agency ...", "DECEMBER 9, 2025 - ..."), or
   * the date it calls today ("WASHINGTON - Today, Feb. 27, 2024, the department ...").
   */
  private static LocalDate leadDate(List<String> paragraphs) {
    for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
      String p = paragraphs.get(i);
      LocalDate opens = i < 2 ? opensWithDate(p) : null;
      if (opens != null) {
        return opens;
      }
      String head = p.length() > 300 ? p.substring(0, 300) : p;
      if (head.indexOf("oday") >= 0) {
        Matcher today = TODAY.matcher(head);
        while (today.find()) {
          Dates.Found d = Dates.first(head.substring(today.end()), 0);
          if (d != null && d.start() == 0) {
            return d.date();
          }
        }
      }
    }
    return null;
  }

  /**
   * A repost's lead naming the day the release was issued: "OKLAHOMA CITY, Nov. 15 -- Attorney General Ada Holm
   * issued the following news release on Nov. 14, 2025:". That day beats the repost's own dateline.
   */
  private static LocalDate issuedOn(List<String> paragraphs) {
    String p = paragraphs.isEmpty() ? "" : paragraphs.get(0);
    String head = p.length() > 300 ? p.substring(0, 300) : p;
    if (head.indexOf("the following") < 0) {
      return null;
    }
    Matcher issued = ISSUED_ON.matcher(head);
    if (issued.find()) {
      Dates.Found d = Dates.first(head.substring(issued.end()), 0);
      if (d != null && d.start() == 0) {
        return d.date();
      }
    }
    return null;
  }

  private static final Pattern ISSUED_ON = Pattern.compile(
      "\\b(?:issued|released|published|sent|posted) the following (?:[\\w-]+ ){0,3}on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?");

  /**
   * A date opening one of the first two lines of the text, with at most a word before it and at most a few after
   * ("Friday, Jan. 16, 2026" over "Dear Colleagues,") or a label ("January 6, 1997 Contact: ..."): the release's.
   */
  private static LocalDate lineDate(List<List<String>> bodyBlocks) {
    if (bodyBlocks.isEmpty()) {
      return null;
    }
    List<String> block = bodyBlocks.get(0);
    for (int j = 0; j < Math.min(2, block.size()); j++) {
      String line = block.get(j);
      String opening = line.length() > 40 ? line.substring(0, 40) : line;
      Dates.Found f = Dates.first(opening, 0);
      if (f == null || f.start() > 12 || Text.words(opening.substring(0, f.start())) > 1) {
        continue;
      }
      String after = line.substring(f.end()).strip();
      if (Text.words(after) <= 3 || DATE_THEN_LABEL.matcher(after).lookingAt()) {
        return f.date();
      }
    }
    return null;
  }

  /** What follows a release's date at the top of its text: a contact or a release number. */
  private static final Pattern DATE_THEN_LABEL =
      Pattern.compile("(?:\\p{Lu}{2,6} )?(?i:contact|media contact|release (?:no|number)|for immediate release)\\b");

  /** A dateline on a line of its own, and the index of the block where the text it heads begins. */
  private record PlaceLine(Dateline dateline, int body) {}

  /**
   * A place alone on its line ("NEW YORK", "Washington, DC,", "(Miami, Fla.)"), perhaps with the date on the next
   * line, directly above the lead paragraph: the dateline, split over lines by the page. The block is cut there,
   * and the lead starts a block of its own.
   */
  private static PlaceLine placeLine(List<List<String>> blocks, int i) {
    List<String> block = blocks.get(i);
    // A press officer's name, office and phone hold no dateline, unless a place and a full date open the line.
    boolean contact = Header.isContactBlock(block);
    for (int j = 0; j < block.size(); j++) {
      String headline = null;
      Dateline place = contact ? null : Dateline.placeOnly(block.get(j));
      if (place == null) {
        place = Dateline.placeAndDate(block.get(j));
      }
      if (place == null && !contact) {
        Matcher glued = gluedPlace(block.get(j));
        place = glued == null ? null : Dateline.placeOnly(glued.group(1));
        if (place == null || place.state() == null) {
          continue;
        }
        headline = block.get(j).substring(0, glued.start(1)).strip(); // "... | Local ReleaseMARFA, Texas"
      }
      if (place == null) {
        continue;
      }
      int k = j + 1;
      LocalDate date = place.date();
      if (date == null && k < block.size()) {
        String next = block.get(k).startsWith(",") ? block.get(k).substring(1).strip() : block.get(k);
        Dates.Found f = Dates.first(next, 0);
        if (f != null && f.start() == 0 && Text.words(next.substring(f.end())) <= 3) {
          date = f.date();
          k++;
        }
      }
      List<String> lead = k < block.size() ? block.subList(k, block.size())
          : i + 1 < blocks.size() ? blocks.get(i + 1) : List.of();
      List<String> paragraphs = Body.joinLines(lead);
      if (paragraphs.isEmpty() || Text.words(paragraphs.get(0)) < 8 || Dateline.parse(paragraphs.get(0)) != null) {
        continue;
      }
      List<String> above = new ArrayList<>(block.subList(0, j));
      if (headline != null && !headline.isEmpty()) {
        above.add(headline);
      }
      blocks.set(i, above);
      if (k < block.size()) {
        blocks.add(i + 1, new ArrayList<>(block.subList(k, block.size())));
      }
      return new PlaceLine(place.withDate(date), i + 1);
    }
    return null;
  }

  /** An upper-case place and its state run into the end of the line above the lead: "... ReleaseMARFA, Texas". */
  private static final Pattern GLUED_PLACE =
      Pattern.compile("(?<=\\p{Ll})(\\p{Lu}{2,}[\\p{Lu} .'-]{0,30}, \\p{Lu}[\\p{L}.]{1,14})$");

  private static Matcher gluedPlace(String line) {
    int comma = line.lastIndexOf(", ");
    if (comma < 0 || line.length() - comma > 18) {
      return null;
    }
    Matcher m = GLUED_PLACE.matcher(line);
    return m.region(Math.max(0, comma - 34), line.length()).find() ? m : null;
  }

  private static boolean isLeadIn(List<String> block) {
    return block.size() == 1 && Attributions.leadIn(block.get(0)) != null;
  }

  /** Without a dateline, the body starts at the first block that reads as prose rather than as a heading. */
  private static final int LONG_PARAGRAPH_WORDS = 60;

  private static int firstProse(List<List<String>> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      splitAtProse(blocks, i);
      List<String> paragraphs = Body.joinLines(blocks.get(i));
      if (paragraphs.isEmpty()) {
        continue;
      }
      String p = paragraphs.get(0);
      int words = Text.words(p);
      boolean sentences = Sentences.end(p, 0) < p.length() - 1;
      if ((words >= 20 && Text.endsSentence(p)) || (words >= 12 && sentences && Text.endsSentence(p))
          || words >= LONG_PARAGRAPH_WORDS) {
        return i; // a paragraph that long is prose even where the saved text breaks off inside it
      }
    }
    for (int i = 0; i < blocks.size() - 1; i++) {
      List<String> paragraphs = Body.joinLines(blocks.get(i));
      String p = paragraphs.isEmpty() ? "" : paragraphs.get(0);
      if (Text.words(p) >= 12 && Text.endsSentence(p) && !p.endsWith(":")) {
        return i; // short notices: the first sentence long enough to be text, not a heading
      }
    }
    // A notice with no sentence of prose: its last block is the text, the blocks above it the header.
    return Math.max(0, blocks.size() - 1);
  }

  /**
   * A page saved without blank lines keeps its header lines (date, headline) in the block of the lead: short lines
   * above the first line of prose are cut off into a block of their own.
   */
  private static void splitAtProse(List<List<String>> blocks, int i) {
    List<String> block = blocks.get(i);
    for (int j = 1; j < block.size() && j <= 6; j++) {
      String line = block.get(j);
      if (Text.words(line) >= 20 && Text.endsSentence(line)) {
        blocks.set(i, new ArrayList<>(block.subList(0, j)));
        blocks.add(i + 1, new ArrayList<>(block.subList(j, block.size())));
        return;
      }
      if (Text.words(line) > 25 || Text.words(block.get(j - 1)) > 25) {
        return; // a paragraph hard-wrapped into lines, not a header over a lead
      }
    }
  }

  /** True when the page breaks paragraphs into short lines, so a headline's lines are one headline too. */
  private static boolean hardWrapped(List<List<String>> blocks) {
    int n = Math.min(blocks.size(), 8);
    for (int i = 0; i < n; i++) {
      List<String> b = blocks.get(i);
      if (b.size() >= 3 && b.stream().allMatch(l -> l.length() <= 100)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The state of a dateline city written without one: the gazetteer's, choosing among same-named cities by the
   * states the release names; for a city it does not know, the one state the page's header names
   * ("U.S. Attorney's Office, District of South Dakota", "Washington State").
   */
  private static States.State stateFromContext(String city, List<List<String>> header, List<String> paragraphs) {
    StringBuilder context = new StringBuilder();
    header.forEach(b -> b.forEach(l -> context.append(l).append('\n')));
    String headerText = context.toString();
    paragraphs.stream().limit(3).forEach(p -> context.append(p).append('\n'));
    States.State known = Places.stateOf(city, context.toString());
    if (known == null) {
      known = States.onlyStateNamed(headerText);
    }
    return known != null || paragraphs.isEmpty() || Places.isKnownCity(city) ? known : stateOfLead(paragraphs.get(0));
  }

  /**
   * "ROYERSFORD - ... a plant in southeastern Pennsylvania": the one state a lead names, for a dateline city that
   * the gazetteer does not know and that names no state. Not when the lead names a country too: "KANDAHAR - ...
   * soldiers from Texas" is abroad.
   */
  private static States.State stateOfLead(String lead) {
    String head = lead.length() > 500 ? lead.substring(0, 500) : lead;
    States.State only = States.onlyStateNamed(head);
    if (only == null) {
      return null;
    }
    String[] words = head.split("[^\\p{L}]+");
    for (int i = 0; i < words.length; i++) {
      if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
        continue;
      }
      if (Places.isCountry(words[i]) && !States.isStateName(words[i])
          || i + 1 < words.length && Places.isCountry(words[i] + " " + words[i + 1])) {
        return null;
      }
    }
    return only;
  }

  /**
   * A wire dateline's month and day ("STAMFORD, Conn., July 31 /PRNewswire/") in the year of the page's own date,
   * or of the day the page was saved; null when neither is known. The latest year the text mentions is no guide:
   * a release looks back ("set up in December 2002") and a page's furniture looks anywhere ("Jul 2019 to Jul 2024").
   */
  private static LocalDate withYear(java.time.MonthDay md, LocalDate pageDate, LocalDate saved) {
    LocalDate near = pageDate != null ? pageDate : saved;
    if (near == null || (md.getMonthValue() == 2 && md.getDayOfMonth() == 29 && !java.time.Year.isLeap(near.getYear()))) {
      return null;
    }
    LocalDate d = md.atYear(near.getYear());
    return d.isAfter(near.plusDays(1)) ? d.minusYears(1) : d;
  }

  private static LocalDate bounded(LocalDate date, LocalDate notAfter) {
    return date == null || notAfter == null || !date.isAfter(notAfter) ? date : null;
  }

  private static LocalDate fromUrls(String text) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      LocalDate d = Dates.fromPath(m.group());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The state a county the text names without one is taken to be in: the release's, except that the District of
   * Columbia has no counties, so a Washington dateline (a member of Congress, a federal agency) gives the one state
   * the text names, or none. A party tag ("Rep. X (R-Texas)") names the member's state, not the county's.
   */
  private static States.State countyState(States.State state, List<String> paragraphs) {
    if (state == null || !state.code().equals("DC")) {
      return state;
    }
    String text = PARTY_TAG.matcher(String.join("\n", paragraphs)).replaceAll("");
    States.State named = States.onlyStateNamed(text);
    return named == null || named.code().equals("DC") ? null : named;
  }
}
