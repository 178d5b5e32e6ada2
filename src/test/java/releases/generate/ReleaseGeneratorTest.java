package releases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import releases.generate.Headers.Layout;
import releases.generate.ReleaseGenerator.Generated;

class ReleaseGeneratorTest {

  private static final int N = 3000;
  private static final List<Generated> SAMPLE = new ArrayList<>();
  private static String all;

  @BeforeAll
  static void generate() {
    CorpusGenerator g = new CorpusGenerator(new CorpusGenerator.Options(N, Path.of("unused"), 5, null, 1));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < N; i++) {
      Generated r = g.generate(i);
      SAMPLE.add(r);
      sb.append(r.text()).append("\n\n\u0000\n\n");
    }
    all = sb.toString();
  }

  @Test
  void everyHeaderLayoutIsWellRepresented() {
    Map<Layout, Integer> counts = new EnumMap<>(Layout.class);
    SAMPLE.forEach(r -> counts.merge(r.layout(), 1, Integer::sum));
    for (Layout l : Layout.values()) {
      assertTrue(counts.getOrDefault(l, 0) > N / 30, l + ": " + counts);
    }
    assertPresent("News Releases\n\n[A-Z]+ \\d{1,2}, \\d{4} [A-Z][A-Z. ]+, [A-Z]{2}\n", "layout 1 date-and-office line");
    assertPresent("News Releases\n\n[A-Z][a-z]+\\.? ?\\d{1,2}, \\d{4} ?\n\n[^\n]+ \\*[^*\n]+\\*\n", "layout 2 *subtitle*");
    assertPresent("Report Crimes: [^\n]+\n\n[^\n]+\n\n\\d{2}/\\d{2}/\\d{4}\n", "layout 3 padded numeric date");
    assertPresent("Report Crimes: [^\n]+\n\n[^\n]+\n\n\\d{1,2}/\\d{1,2}/\\d{4}\n", "layout 3 numeric date");
    assertPresent("\\d{4}[A-Z][a-z .]+, [A-Z]{2}, United States[A-Z0-9]", "layout 4 glued line");
    assertPresent("\\(Vocus/PRWEB\\) [A-Z][a-z]+ \\d{1,2}, \\d{4} -- ", "press-wire dateline");
    assertPresent("\n(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \\d+, \\d{4}\n", "blog day");
    assertPresent("\n[A-Z][a-z]{2} [A-Z][a-z]{2} \\d+, \\d+:\\d\\d [ap]m ET\n", "wire stamp");
    assertPresent("\n[A-Z0-9 ]{25,}\n", "ALL CAPS headline");
    assertPresent("[a-z,]\n[a-z]", "hard-wrapped line");
    for (String clutter : List.of("[Skip Navigation](#)", "-- ICE --", "Updated: ", "mobile device", "I.C.E. News Release",
        "Official Website of")) {
      assertTrue(all.contains(clutter), clutter);
    }
  }

  @Test
  void everyDateAndDatelineFormAppears() {
    assertPresent("\nSept\\. \\d{1,2}, \\d{4}", "AP Sept.");
    assertPresent("\n(Jan|Feb|Aug|Oct|Nov|Dec)\\.\\d{1,2}, \\d{4}", "no space after the dot");
    assertPresent("\n(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, \\d{4}", "bare short month");
    assertPresent("\n(Mar|Apr|Jun|Jul)\\. \\d{1,2}, \\d{4}", "non-AP short month");
    assertPresent("\n[A-Z][a-z]+ 0\\d, \\d{4}", "zero-padded day");
    for (String sep : List.of(" - ", " -- ", " \u2013 ", " \u2014 ")) {
      assertPresent("\n[A-Z][A-Z. ]+, [A-Z][A-Za-z. ]+" + Pattern.quote(sep) + "[A-Z]", "separator '" + sep + "'");
    }
    assertPresent("\n[A-Z][A-Z. ]+(, [A-Z][A-Za-z. ]+)?-(U\\.S\\.|Special|A former|Officers)", "hyphen, no spaces");
    assertPresent("\n(CHICAGO|HOUSTON|DALLAS|PHOENIX|MIAMI|LOS ANGELES|SAN DIEGO|SEATTLE|BOSTON) (-|--|\u2013|\u2014) ",
        "stand-alone city");
    assertPresent("\nWASHINGTON, D\\.C\\. ", "D.C.");
    assertPresent("\n[A-Z][A-Z. ]+, (Calif|Ariz|Fla|N\\.Y|N\\.J|Ill|Va|Ga|N\\.C|Wash|Colo|Mass|Pa|Mich|Mo)\\. ", "AP state");
    assertPresent("\n[A-Z][A-Z. ]+, (California|Arizona|Florida|Texas|Ohio|Utah|Idaho|Iowa) ", "state spelled out");
    assertPresent("\n[A-Z][A-Z. ]+, [A-Z]{2} (-|--|\u2013|\u2014) ", "postal code in a dateline");
    assertPresent("\n[A-Z][A-Z. ]+, (Puerto Rico|Guam|U\\.S\\. Virgin Islands) ", "territory");
  }

  @Test
  void everyAttributionFormCountyFormAndTrapAppears() {
    assertPresent("\\.\" said [A-Z][a-z]+ ([A-Z]\\. )?[A-Z][a-z]+(,? Jr\\.)?, [a-z][a-z ]+\\.", "\"Q.\" said NAME, title.");
    assertPresent(",\" said [A-Z][a-z]+ ([A-Z]\\. )?[A-Z][a-z]+(,? Jr\\.)?, [a-z][a-z ]+ of ", "said NAME, title of ORG");
    assertPresent(",\" said the [A-Z][A-Za-z ]+ of ", "said the TITLE of ORG NAME");
    assertPresent(",\" said Acting [A-Z]", "said Acting ORG TITLE NAME");
    assertPresent(",\" [A-Z][a-z]+ said\\.", "SURNAME said");
    assertPresent(",\" [A-Z][A-Za-z. ]+ said\\.", "TITLE NAME said");
    assertPresent(", said, \"", "attribution before the quote");
    assertPresent("\\.\" [A-Z][A-Za-z. ]+ [A-Z][a-z]+\\.\n", "no verb");
    assertPresent("said (Sen|Rep|Gov)\\. [A-Z]", "members of Congress and governors");
    assertPresent("[a-z] [A-Z]\\.\n\n[A-Z][a-z]+", "page break inside a name");
    assertTrue(all.contains(", Jr."), "Jr. after a comma");
    assertPresent("[a-z] Jr\\.", "Jr. without a comma");
    assertTrue(all.contains("\u201C"), "curly quotes");
    assertPresent(" counties: [A-Z]", "county list after a colon");
    assertPresent(" and [A-Z][a-z. ]+ counties", "A and B counties");
    assertPresent("in [A-Z][a-z. ]+ County\\b", "X County");
    assertPresent(" Parish| parishes", "parishes");
    assertPresent("[A-Z][a-z]+ \\([A-Z][a-z.A-Z]+\\.\\) Sheriff's Office", "Loudoun (Va.) Sheriff's Office");
    assertPresent("County \\([A-Z][A-Za-z.]+\\)", "El Paso County (Colo.)");
    assertTrue(all.contains("St. Louis City and County"));
    for (String trap : List.of("\"Secure Communities\" program", "also known as \"", "\"criminal aliens\"", "ICE\"s ")) {
      assertTrue(all.contains(trap), trap);
    }
  }

  @Test
  void truthAgreesWithTheText() {
    int broken = 0;
    int continued = 0;
    int undated = 0;
    Set<String> speakers = new HashSet<>();
    for (Generated r : SAMPLE) {
      Truth t = r.truth();
      String flat = TruthChecks.flatten(r.text());
      for (Truth.Quote q : t.quotes()) {
        for (String seg : q.segments()) {
          assertTrue(flat.contains(seg), t.id() + " lacks quote words: " + seg);
          assertFalse(seg.contains("\""), seg);
          broken += TruthChecks.flatten(r.text().replace("\n\n", "\u0001")).contains(seg) ? 0 : 1;
        }
        continued += q.segments().size() > 1 ? 1 : 0;
        speakers.add(q.speaker());
        assertTrue(q.role() == null || Character.isUpperCase(q.role().charAt(0)), q.role());
      }
      for (Truth.County c : t.counties()) {
        assertTrue(flat.contains(c.county()), t.id() + " lacks county " + c);
        assertFalse(c.county().endsWith(" County"), c.county());
      }
      assertEquals(t.counties().size(), new HashSet<>(t.counties()).size(), "counties are deduplicated");
      if (t.city() != null) {
        assertNotNull(t.state());
        assertTrue(flat.contains(t.city().toUpperCase(java.util.Locale.ROOT)) || flat.contains(t.city()), t.id());
      }
      if (t.date() == null) {
        undated++;
        assertEquals(Layout.BANNER, r.layout(), t.id());
      } else {
        assertTrue(flat.contains(Integer.toString(t.date().getYear())), t.id());
        assertTrue(!t.date().isBefore(LocalDate.of(2007, 1, 1)) && !t.date().isAfter(LocalDate.of(2018, 12, 31)));
      }
      Matcher stamp = Pattern.compile("Updated: (\\d\\d)/(\\d\\d)/(\\d{4})").matcher(r.text());
      while (stamp.find()) {
        LocalDate d = LocalDate.of(Integer.parseInt(stamp.group(3)), Integer.parseInt(stamp.group(1)),
            Integer.parseInt(stamp.group(2)));
        assertNotEquals(t.date(), d, "an Updated: stamp is never the release date");
      }
    }
    assertTrue(broken > 20, "some quotes are split by page breaks: " + broken);
    assertTrue(continued > 200, "some quotes run on past the attribution or paragraph: " + continued);
    assertTrue(undated > 10 && undated < N / 10, "a few releases carry no date: " + undated);
    long withMiddle = speakers.stream().filter(s -> s.matches(".* [A-Z]\\. .*")
        && speakers.contains(s.replaceFirst(" [A-Z]\\. ", " "))).count();
    assertTrue(withMiddle > 10, "the same person is written with and without a middle initial: " + withMiddle);
    assertTrue(speakers.size() > 150 && speakers.size() < 1500, "speakers: " + speakers.size());
  }

  @Test
  void releasesAverageAboutSixKilobytesAndStatesAreSkewed() {
    double avg = all.length() / (double) N;
    assertTrue(avg > 5000 && avg < 7500, "average size " + avg);
    long texas = SAMPLE.stream().filter(r -> "TX".equals(r.truth().stateCode())).count();
    long vermont = SAMPLE.stream().filter(r -> "VT".equals(r.truth().stateCode())).count();
    assertTrue(texas > 5 * vermont, texas + " vs " + vermont);
    assertNull(SAMPLE.stream().filter(r -> r.truth().stateCode() == null).findFirst().map(r -> r.truth().city())
        .orElse(null));
  }

  private static void assertPresent(String regex, String what) {
    assertTrue(Pattern.compile(regex).matcher(all).find(), "no " + what + " (" + regex + ")");
  }
}
