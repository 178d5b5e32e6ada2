package releases.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page that holds several releases (a listing, a digest, an archive month, an RSS mirror) into one text
 * per release. Four readings are tried: a numbered list of contents ({@link Contents}), the releases' leads
 * ({@link Leads}), separator lines and end marks ({@link Separators}), and a roundup of headlines over teasers
 * ({@link Roundup}). A file of one release gives null.
 */
final class Listing {

  /** One release cut from a listing page; {@code heading} is the date of the listing group it stands under. */
  record Item(String text, LocalDate heading) {}

  private Listing() {}

  /** The releases on the page in {@code normalized} text, in page order; null when it holds one release only. */
  static List<Item> split(String normalized, int hintYear) {
    String[] lines = unglueLinks(normalized.split("\n", -1));
    List<Item> contents = Contents.split(lines);
    if (contents != null) {
      return contents;
    }
    List<Item> byLeads = Leads.split(lines, hintYear);
    List<Item> bySeparators = Separators.split(lines);
    if (bySeparators != null && (byLeads == null || bySeparators.size() > byLeads.size())) {
      return bySeparators;
    }
    return byLeads != null ? byLeads : Roundup.split(lines);
  }

  /** "read moreGovernor Signs ...": a teaser's link run into the next headline, set on a line of its own. */
  private static final Pattern GLUED_LINK =
      Pattern.compile("[ \\t]*(?i:read more|read full story|full story|learn more|continue reading)(?=\\p{Lu})");

  private static String[] unglueLinks(String[] lines) {
    List<String> out = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int k = 0;
      while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
        k++;
      }
      // Only a line that opens with one of the links' first letters is looked at with the pattern.
      Matcher m = k < line.length() && "rRfFlLcC".indexOf(line.charAt(k)) >= 0 ? GLUED_LINK.matcher(line) : null;
      if (m != null && m.lookingAt()) {
        if (out == null) {
          out = new ArrayList<>(List.of(lines).subList(0, i));
        }
        out.add(line.substring(0, m.end()));
        out.add(line.substring(m.end()));
      } else if (out != null) {
        out.add(line);
      }
    }
    return out == null ? lines : out.toArray(new String[0]);
  }

}
