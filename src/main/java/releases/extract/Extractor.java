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
  private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]]{4,300}");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*([^*\\n]{1,300})\\*(?![\\w*])");

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
    String normalized = Text.normalize(text);
    List<Listing.Item> items = Listing.split(normalized, Dates.latestYear(normalized));
    if (items == null) {
      return List.of(extract(id, path, normalized, notAfter));
    }
    List<Release> releases = new ArrayList<>(items.size());
    for (int k = 0; k < items.size(); k++) {
      Listing.Item item = items.get(k);
      Release r = extract(id + "#" + (k + 1), path, item.text(), notAfter);
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
    String normalized = Text.normalize(text);
    List<List<String>> blocks = Text.blocks(normalized);
    int start = -1;
    Dateline dateline = null;
    for (int i = 0; i < Math.min(blocks.size(), DATELINE_SEARCH_BLOCKS) && start < 0; i++) {
      splitAtDateline(blocks, i);
      List<String> paragraphs = Body.joinLines(blocks.get(i));
      if (!paragraphs.isEmpty()) {
        Dateline d = Dateline.parse(paragraphs.get(0));
        if (d != null && (Text.words(paragraphs.get(0)) >= 5 || d.date() != null)) {
          start = i;
          dateline = d;
        }
      }
    }
    if (start < 0) {
      start = firstProse(blocks);
    }
    List<List<String>> bodyBlocks = blocks.subList(start, blocks.size());
    int latestYear = Dates.latestYear(normalized);
    Header header = start > 0 ? Header.parse(blocks.subList(0, start), hardWrapped(bodyBlocks), latestYear) : Header.NONE;
    List<String> paragraphs = Body.paragraphs(bodyBlocks);

    LocalDate date = bounded(dateline != null ? dateline.date() : null, notAfter);
    if (date == null) {
      date = bounded(header.date(), notAfter);
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

    String city = null;
    States.State state = null;
    if (dateline != null) {
      city = dateline.city();
      state = dateline.state() != null ? dateline.state() : header.state();
    } else if (header.city() != null) {
      city = header.city();
      state = header.state();
    }

    List<Quote> quotes = Quotes.extract(paragraphs);
    List<County> counties = Counties.find(paragraphs, state);
    String body = String.join("\n\n", paragraphs);
    if (body.indexOf('*') >= 0) {
      body = EMPHASIS.matcher(body).replaceAll("$1");
    }
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
      if (!Text.endsSentence(block.get(j - 1)) && Dateline.parse(line) != null) {
        blocks.set(i, new ArrayList<>(block.subList(0, j)));
        blocks.add(i + 1, new ArrayList<>(block.subList(j, block.size())));
        return;
      }
    }
  }

  /** Without a dateline, the body starts at the first block that reads as prose rather than as a heading. */
  private static int firstProse(List<List<String>> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      List<String> paragraphs = Body.joinLines(blocks.get(i));
      if (paragraphs.isEmpty()) {
        continue;
      }
      String p = paragraphs.get(0);
      int words = Text.words(p);
      boolean sentences = Sentences.end(p, 0) < p.length() - 1;
      if ((words >= 20 && Text.endsSentence(p)) || (words >= 12 && sentences && Text.endsSentence(p))) {
        return i;
      }
    }
    // A short notice with no paragraph of prose: its last block is the text, the blocks above it the header.
    return Math.max(0, blocks.size() - 1);
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
}
