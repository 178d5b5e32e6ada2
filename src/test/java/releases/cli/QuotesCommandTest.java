package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes and the officials directory end to end over the five seeds, through the real extractor and index. */
class QuotesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path index;

  @BeforeAll
  static void indexSeeds() {
    CliRunner r = CliRunner.run("index", "--corpus", "seeds", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
  }

  private static JsonNode json(String command, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(command, "--index", index.toString(), "--format", "json"));
    all.addAll(List.of(args));
    CliRunner r = CliRunner.run(all.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    return JSON.readTree(r.out());
  }

  /** Release number (the seed's three-digit prefix) to the role the official held in it. */
  private static Map<String, String> rolesByRelease(JsonNode quotes) {
    Map<String, String> m = new TreeMap<>();
    quotes.get("quotes").forEach(q -> m.put(q.get("release_id").asText().substring(0, 3), q.get("role").asText()));
    return m;
  }

  @Test
  void rappSaidTwoQuotesInFourReleasesUnderTwoRolesOverTime() throws Exception {
    JsonNode r = json("quotes", "--by", "Rapp");
    // The 2011 quote, word for word in three releases, is listed once (issue 16): two distinct quotes.
    assertEquals(2, r.get("total").asInt());
    assertEquals(Map.of("000", "Acting Assistant Director", "004", "Acting Executive Director"), rolesByRelease(r));
    r.get("quotes").forEach(q -> assertEquals("Marc Rapp", q.get("speaker").asText()));
    r.get("quotes").forEach(q -> assertEquals("Secure Communities", q.get("organization").asText()));
    assertEquals(4, r.get("quotes").get(0).get("releases").asInt() + r.get("quotes").get(1).get("releases").asInt());
    // Without words, a person's quotes come oldest first: the 2009 role before the 2011 one.
    assertEquals("2009-09-10", r.get("quotes").get(0).get("date").asText());
  }

  @Test
  void everyWayOfWritingANameFindsTheSamePerson() throws Exception {
    for (String typed : List.of("Rapp", "marc rapp", "Marc Rapp", "MARC RAPP", "Marc Rap", "Mrac Rapp")) {
      JsonNode r = json("quotes", "--by", typed);
      assertEquals(2, r.get("total").asInt(), typed);
      assertEquals("Marc Rapp", r.get("officials").get(0).asText(), typed);
    }
    assertEquals(2, json("quotes", "--by", "Daniel Roberts").get("total").asInt());
    assertEquals(2, json("quotes", "--by", "Daniel D. Roberts").get("total").asInt());
  }

  @Test
  void robertsIsQuotedInAllFiveWithHisQuoteWholeEachTime() throws Exception {
    JsonNode r = json("quotes", "--by", "Roberts");
    // Two wordings, one said in two releases (2009, 2010), the other in three (2011): each listed once, first said.
    assertEquals(2, r.get("total").asInt());
    assertEquals(List.of("000", "004"), List.copyOf(rolesByRelease(r).keySet()));
    assertEquals(List.of(2, 3), List.of(r.get("quotes").get(0).get("releases").asInt(),
        r.get("quotes").get(1).get("releases").asInt()));
    for (JsonNode q : r.get("quotes")) {
      String text = q.get("text").asText();
      assertTrue(text.contains("positive identification") && text.contains("strong relationships"), text);
      assertEquals("Assistant Director", q.get("role").asText());
    }
  }

  @Test
  void quotesRankOnTheirOwnWordsAndFilterLikeReleases() throws Exception {
    JsonNode r = json("quotes", "\"proud to support\"");
    assertEquals(2, r.get("total").asInt()); // five quotes, two wordings
    assertEquals(5, r.get("quotes").get(0).get("releases").asInt() + r.get("quotes").get(1).get("releases").asInt());
    r.get("quotes").forEach(q -> assertEquals("Robert Mocny", q.get("speaker").asText()));
    assertEquals(2, json("quotes", "--by", "Mocny", "--state", "Mo.").get("total").asInt());
    assertEquals(1, json("quotes", "--by", "Mocny", "--from", "2010", "--to", "2010").get("total").asInt());
    JsonNode venturella = json("quotes", "--by", "Venturella");
    assertEquals(1, venturella.get("total").asInt());
    assertEquals("003", venturella.get("quotes").get(0).get("release_id").asText().substring(0, 3));
    assertTrue(venturella.get("quotes").get(0).get("text").asText().contains("Enhancing public safety"));
  }

  @Test
  void officialsDirectoryListsExactlyTheFourWithRolesOverTime() throws Exception {
    JsonNode r = json("officials");
    Map<String, int[]> counts = new TreeMap<>();
    r.get("officials").forEach(o -> counts.put(o.get("name").asText(),
        new int[] {o.get("quotes").asInt(), o.get("releases").asInt()}));
    assertEquals(List.of("Daniel D. Roberts", "David Venturella", "Marc Rapp", "Robert Mocny"), List.copyOf(counts.keySet()));
    assertEquals(List.of(5, 5), List.of(counts.get("Robert Mocny")[0], counts.get("Robert Mocny")[1]));
    assertEquals(List.of(4, 4), List.of(counts.get("Marc Rapp")[0], counts.get("Marc Rapp")[1]));
    JsonNode rapp = null;
    for (JsonNode o : r.get("officials")) {
      if (o.get("name").asText().equals("Marc Rapp")) {
        rapp = o;
      }
    }
    JsonNode roles = rapp.get("roles");
    assertEquals(2, roles.size());
    assertEquals("Acting Executive Director", roles.get(0).get("role").asText());
    assertEquals("2009-09-10", roles.get(0).get("first").asText());
    assertEquals("Acting Assistant Director", roles.get(1).get("role").asText());
    assertEquals("2011-05-10", roles.get(1).get("first").asText());
    assertEquals("2011-06-07", roles.get(1).get("last").asText());
    assertEquals("2009-09-10", rapp.get("first").asText());
    assertEquals("2011-06-07", rapp.get("last").asText());
  }

  @Test
  void officialsNarrowByStateAndDate() throws Exception {
    JsonNode r = json("officials", "--state", "CA");
    assertEquals(3, r.get("officials").size());
    assertEquals(1, json("officials", "--from", "2010-09", "--to", "2010-09").get("officials").get(0).get("quotes").asInt());
  }

  @Test
  void searchTakesByAndCountsOfficials() throws Exception {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "fingerprints", "--by", "rapp",
        "--facet", "official", "--format", "json", "--limit", "10");
    assertEquals(0, r.code(), r.err());
    JsonNode j = JSON.readTree(r.out());
    List<String> ids = new ArrayList<>();
    j.get("hits").forEach(h -> ids.add(h.get("id").asText().substring(0, 3)));
    assertEquals(List.of("000", "001", "002", "004"), ids.stream().sorted().toList());
    Map<String, Integer> facet = new TreeMap<>();
    j.get("facets").get("official").get("values").forEach(v -> facet.put(v.get("value").asText(), v.get("count").asInt()));
    // --by narrows the official dimension, so drill sideways still counts everyone quoted in the matches.
    assertEquals(Map.of("Daniel D. Roberts", 5, "Robert Mocny", 5, "Marc Rapp", 4, "David Venturella", 1), facet);
  }

  @Test
  void unknownOfficialIsAUsageErrorOnOneLine() {
    CliRunner r = CliRunner.run("quotes", "--index", index.toString(), "--by", "Smith");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("releases: no quoted official matches 'Smith'"), r.err());
    assertFalse(r.err().contains("Exception"));
  }

  @Test
  void textOutputShowsSpeakerRoleOrganisationDateAndRelease() {
    CliRunner r = CliRunner.run("quotes", "--index", index.toString(), "--by", "Venturella");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("David Venturella, Executive Director, Secure Communities"), r.out());
    assertTrue(r.out().contains("2010-09-21 | St. Louis, Missouri | St. Louis City and County first"), r.out());
  }
}
