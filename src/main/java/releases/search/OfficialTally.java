package releases.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import releases.search.OfficialSummary.RoleSpan;
import releases.search.Officials.Official;

/**
 * The officials directory tallied from quote rows, the same for every backend: counts and date spans per official
 * and per role, roles grouped on their letters and digits.
 */
public final class OfficialTally {

  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, Official> byForm = new HashMap<>();
  private final Map<Official, Person> people = new LinkedHashMap<>();

  public OfficialTally(List<Official> officials) {
    officials.forEach(o -> o.forms().forEach(f -> byForm.put(f, o)));
  }

  /**
   * One quote, by the speaker as written, in release {@code id}, whose words have the fingerprint {@code words}
   * ({@link releases.extract.Paragraphs#quoteFingerprint}): equal fingerprints are one quote said again.
   */
  public void add(String speaker, String id, String role, String organization, LocalDate date, long words) {
    Official o = byForm.get(speaker);
    if (o == null) {
      return;
    }
    Person p = people.computeIfAbsent(o, k -> new Person());
    p.said.add(words);
    p.releases.add(id);
    p.all.add(date);
    if (role != null || organization != null) {
      // "US VISIT" and "US-VISIT" are one organisation written two ways.
      p.roles.computeIfAbsent(fold(role) + "|" + fold(organization), k -> new Span()).add(date, role, organization);
    }
  }

  /** Most quoted first, then by name; each person's roles in the order first held, undated ones last. */
  public List<OfficialSummary> summaries() {
    List<OfficialSummary> out = new ArrayList<>();
    people.forEach((o, p) -> {
      List<RoleSpan> spans = new ArrayList<>();
      p.roles.values().forEach(s -> {
        String[] written = s.written();
        spans.add(new RoleSpan(written[0], written[1], s.count, s.first, s.last));
      });
      spans.sort(Comparator.comparing(RoleSpan::first, Comparator.nullsLast(Comparator.naturalOrder())));
      out.add(new OfficialSummary(o.name(), spans, p.all.count, p.releases.size(), p.all.first, p.all.last,
          p.said.size()));
    });
    out.sort(Comparator.comparingInt(OfficialSummary::quotes).reversed().thenComparing(OfficialSummary::name));
    return out;
  }

  private static String fold(String s) {
    return s == null ? "" : PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static final class Person {
    final Set<String> releases = new HashSet<>();
    final Set<Long> said = new HashSet<>();
    final Map<String, Span> roles = new LinkedHashMap<>();
    final Span all = new Span();
  }

  /**
   * A role, how many quotes were given in it, the first and last date among them, and how often each way of
   * writing it was used. The way shown is the most used, ties alphabetically, so that it does not depend on the
   * order quotes are read in (which differs between the embedded index and OpenSearch).
   */
  private static final class Span {
    private final Map<String, Integer> spellings = new java.util.TreeMap<>();
    int count;
    LocalDate first;
    LocalDate last;

    void add(LocalDate date) {
      count++;
      if (date != null) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
      }
    }

    void add(LocalDate date, String role, String organization) {
      add(date);
      spellings.merge((role == null ? "" : role) + "\u0000" + (organization == null ? "" : organization), 1,
          Integer::sum);
    }

    /** The role and the organisation as most often written (null for a part never written). */
    String[] written() {
      String best = null;
      int most = 0;
      for (Map.Entry<String, Integer> e : spellings.entrySet()) {
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      }
      String[] parts = (best == null ? "\u0000" : best).split("\u0000", -1);
      return new String[] {parts[0].isEmpty() ? null : parts[0], parts[1].isEmpty() ? null : parts[1]};
    }
  }
}
