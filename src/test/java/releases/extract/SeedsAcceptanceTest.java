package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five sample releases of the project, checked against what the issue says they contain. */
class SeedsAcceptanceTest {

  private static Release seed(String prefix) throws Exception {
    try (var files = Files.list(Path.of("seeds"))) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Extractor.extract(prefix, file.toString(), Files.readString(file));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource(delimiter = '|', value = {
    "000|2011-05-10|Jefferson City|Missouri|MO|Barton;Cedar;Putnam;Saint Clair;Sullivan;Vernon|Marc Rapp;Robert Mocny;Daniel D. Roberts",
    "001|2011-06-07|Birmingham|Alabama|AL|Lamar;Lawrence;Marengo;Marion;Monroe|Marc Rapp;Robert Mocny;Daniel D. Roberts",
    "002|2011-05-10|Canton|Ohio|OH|Stark;Tuscarawas|Marc Rapp;Robert Mocny;Daniel D. Roberts",
    "003|2010-09-21|St. Louis|Missouri|MO|St. Louis City;St. Louis|David Venturella;Robert Mocny;Daniel D. Roberts",
    "004|2009-09-10|El Centro|California|CA|Imperial|Marc Rapp;Robert Mocny;Daniel D. Roberts",
  })
  void datePlaceCountiesAndSpeakers(String prefix, String date, String city, String state, String code,
      String counties, String speakers) throws Exception {
    Release r = seed(prefix);
    assertEquals(LocalDate.parse(date), r.date());
    assertEquals(city, r.city());
    assertEquals(state, r.state());
    assertEquals(code, r.stateCode());
    assertEquals(List.of(counties.split(";")), r.counties().stream().map(County::county).toList());
    r.counties().forEach(c -> assertEquals(state, c.state()));
    assertEquals(List.of(speakers.split(";")), r.quotes().stream().map(Quote::speaker).toList());
    Quote roberts = r.quotes().get(2);
    assertTrue(roberts.text().contains("positive identification") && roberts.text().contains("strong relationships"),
        roberts.text());
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource(delimiter = '|', value = {
    "000|Marc Rapp|Acting Assistant Director|Secure Communities",
    "003|David Venturella|Executive Director|Secure Communities",
    "004|Marc Rapp|Acting Executive Director|Secure Communities",
  })
  void rolesAndOrganizationsAreSplit(String prefix, String speaker, String role, String org) throws Exception {
    Quote q = seed(prefix).quotes().get(0);
    assertEquals(speaker, q.speaker());
    assertEquals(role, q.role());
    assertEquals(org, q.organization());
    Quote mocny = seed(prefix).quotes().get(1);
    assertEquals("Director", mocny.role());
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"000", "001", "002", "003", "004"})
  void bodyStartsAtTheDatelineAndHasNoClutter(String prefix) throws Exception {
    Release r = seed(prefix);
    assertTrue(Character.isUpperCase(r.body().charAt(0)) && r.body().substring(0, 40).contains(" - "), r.body());
    for (String clutter : List.of("Skip Navigation", "You may also visit us", "mobile device", "-- ICE --", "](", "News Releases")) {
      assertTrue(!r.body().contains(clutter), clutter);
    }
    assertTrue(seed("003").quotes().get(0).text().contains("Enhancing public safety"));
  }
}
