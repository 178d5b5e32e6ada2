package releases.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import releases.UserException;

/** Search behaviour on the five seeds, indexed in memory with hand-written metadata. */
class SearcherTest {

  private static Searcher seeds;

  @BeforeAll
  static void open() {
    seeds = SeedFixtures.seeds();
  }

  @AfterAll
  static void close() throws IOException {
    seeds.close();
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(h -> h.id().substring(0, 3)).sorted().toList();
  }

  private static SearchResult run(SearchRequest.Builder b) throws IOException {
    return seeds.search(b.build());
  }

  private static Map<String, Integer> counts(Facet f) {
    Map<String, Integer> m = new LinkedHashMap<>();
    f.counts().forEach(c -> m.put(c.value(), c.count()));
    return m;
  }

  @Test
  void aSegmentedIndexSearchedInParallelSlicesAnswersTheSame() throws IOException {
    List<SearchRequest> requests = List.of(
        SearchRequest.query("fingerprints").facet("state").facet("year").facet("official").facet("county").build(),
        SearchRequest.query("\"information sharing\"").state("MO").facet("state").facet("month").build(),
        SearchRequest.query("").official("Rapp").facet("official").sort(SortOrder.DATE_DESC).build(),
        SearchRequest.query("biometric OR custody").county("Stark").facet("county").limit(2).offset(1).build());
    try (Searcher segmented = SeedFixtures.segmented(SeedFixtures.releases())) {
      for (SearchRequest r : requests) {
        SearchResult one = seeds.search(r);
        SearchResult many = segmented.search(r);
        assertEquals(one.total(), many.total(), r.query());
        assertEquals(one.facets(), many.facets(), r.query());
        assertEquals(one.hits().stream().map(Hit::id).toList(), many.hits().stream().map(Hit::id).toList(), r.query());
      }
    }
  }

  @Test
  void limitZeroGivesTheTotalAndFacetsWithoutHits() throws IOException {
    SearchResult full = run(SearchRequest.query("fingerprints").facet("state"));
    SearchResult counts = run(SearchRequest.query("fingerprints").facet("state").limit(0));
    assertEquals(List.of(), counts.hits());
    assertEquals(5, counts.total());
    assertEquals(full.total(), counts.total());
    assertEquals(full.facets(), counts.facets());
  }

  @Test
  void exactPhraseFindsOnlyTheReleaseThatHasIt() throws IOException {
    SearchResult r = run(SearchRequest.query("\"biometric identification technology\""));
    assertEquals(List.of("004"), ids(r));
    assertEquals(1, r.total());
  }

  @Test
  void slopLetsOneWordInBetween() throws IOException {
    assertEquals(List.of("000", "001", "002", "003"), ids(run(SearchRequest.query("\"biometric sharing\"~1"))));
    assertEquals(List.of(), ids(run(SearchRequest.query("\"biometric sharing\""))));
  }

  @Test
  void phraseMatchesAcrossHyphens() throws IOException {
    // 000 and 002 write "information-sharing capability"; 001 and 003 have it unhyphenated too.
    assertEquals(List.of("000", "001", "002", "003"), ids(run(SearchRequest.query("\"enhanced information sharing capability\""))));
    assertEquals(List.of("000", "001", "002"), ids(run(SearchRequest.query("\"information sharing initiative\""))));
    // Typed unhyphenated-or-not, the hyphenated word is a phrase: 004 has "information sharing" and "initiative".
    assertEquals(List.of("000", "001", "002", "004"), ids(run(SearchRequest.query("information-sharing initiative"))));
  }

  @Test
  void stateFilterTakesCodesNamesAndApAbbreviations() throws IOException {
    for (String s : List.of("MO", "mo", "Mo.", "Missouri", "MISSOURI")) {
      assertEquals(List.of("000", "003"), ids(run(SearchRequest.query("fingerprints").state(s))), s);
    }
    assertEquals(List.of("000", "001", "003"), ids(run(SearchRequest.query("fingerprints").state("MO").state("Ala."))));
  }

  @Test
  void dateFilterIsInclusive() throws IOException {
    assertEquals(List.of("003"), ids(run(SearchRequest.query("").from(LocalDate.of(2010, 1, 1)).to(LocalDate.of(2010, 12, 31)))));
    assertEquals(List.of("000", "002"), ids(run(SearchRequest.query("").from(LocalDate.of(2011, 5, 10)).to(LocalDate.of(2011, 5, 10)))));
  }

  @Test
  void stateFacetCountsEveryStateEvenWhenOneIsFiltered() throws IOException {
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("Missouri", 2);
    expected.put("Alabama", 1);
    expected.put("California", 1);
    expected.put("Ohio", 1);
    SearchResult all = run(SearchRequest.query("fingerprints").facet("state"));
    assertEquals(expected, counts(all.facets().get("state")));
    SearchResult ohio = run(SearchRequest.query("fingerprints").state("Ohio").facet("state").facet("year"));
    assertEquals(List.of("002"), ids(ohio));
    assertEquals(expected, counts(ohio.facets().get("state")));
    assertEquals(Map.of("2011", 1), counts(ohio.facets().get("year")));
  }

  @Test
  void yearFacetIsATimelineOldestFirst() throws IOException {
    SearchResult r = run(SearchRequest.query("fingerprints").facet("year").facet("month"));
    assertEquals(List.of("2009", "2010", "2011"), r.facets().get("year").counts().stream().map(FacetCount::value).toList());
    assertEquals(List.of("2009-09", "2010-09", "2011-05", "2011-06"),
        r.facets().get("month").counts().stream().map(FacetCount::value).toList());
    assertEquals(Map.of("2011", 3, "2010", 1, "2009", 1), counts(r.facets().get("year")));
    assertEquals(Map.of("2011-06", 1, "2011-05", 2, "2010-09", 1, "2009-09", 1), counts(r.facets().get("month")));
  }

  @Test
  void facetLimitKeepsTheMostFrequentButEveryYear() throws IOException {
    SearchResult r = run(SearchRequest.query("fingerprints").facet("state").facet("year").facet("month").facetLimit(1));
    assertEquals(List.of(new FacetCount("Missouri", 2)), r.facets().get("state").counts());
    assertEquals(4, r.facets().get("state").values());
    assertTrue(r.facets().get("state").truncated());
    assertEquals(3, r.facets().get("year").counts().size());
    assertEquals(List.of(new FacetCount("2011-05", 2)), r.facets().get("month").counts());
  }

  @Test
  void officialsAndCounties() throws IOException {
    assertEquals(List.of("003"), ids(run(SearchRequest.query("").official("Venturella"))));
    assertEquals(List.of("000", "001", "002", "004"), ids(run(SearchRequest.query("").official("marc rapp"))));
    assertEquals(List.of("000", "001", "002", "004"), ids(run(SearchRequest.query("").official("Rapp, Marc"))));
    UserException nobody = assertThrows(UserException.class, () -> run(SearchRequest.query("").official("Rapp Marc")));
    assertTrue(nobody.usage(), "a name that matches no quoted official is a usage error, not an empty result");
    assertEquals(List.of("002"), ids(run(SearchRequest.query("").county("Stark"))));
    assertEquals(List.of("003"), ids(run(SearchRequest.query("").county("St. Louis"))));
    SearchResult r = run(SearchRequest.query("").official("Venturella").facet("official").facetLimit(0));
    assertEquals(Map.of("Marc Rapp", 4, "Robert Mocny", 5, "Daniel D. Roberts", 5, "David Venturella", 1),
        counts(r.facets().get("official")));
    SearchResult c = run(SearchRequest.query("").state("OH").facet("county"));
    assertEquals(Map.of("Stark, Ohio", 1, "Tuscarawas, Ohio", 1), counts(c.facets().get("county")));
  }

  @Test
  void fieldQueries() throws IOException {
    assertEquals(List.of("000", "003"), ids(run(SearchRequest.query("state:mo"))));
    assertEquals(List.of("000", "003"), ids(run(SearchRequest.query("state:\"Missouri\""))));
    assertEquals(List.of("003"), ids(run(SearchRequest.query("date:[2010-01 TO 2011-04]"))));
    assertEquals(List.of("000", "001", "002"), ids(run(SearchRequest.query("date:2011"))));
    assertEquals(List.of("000", "002"), ids(run(SearchRequest.query("date:2011-05"))));
    assertEquals(List.of("000", "001", "002", "003"), ids(run(SearchRequest.query("date:[2010 TO *]"))));
    assertEquals(List.of("004"), ids(run(SearchRequest.query("date:[* TO 2009]"))));
    assertEquals(List.of("003"), ids(run(SearchRequest.query("date:{2009 TO 2011}"))));
    assertEquals(List.of("000", "001", "002", "003", "004"), ids(run(SearchRequest.query("*:*"))));
    assertEquals(List.of("004"), ids(run(SearchRequest.query("title:initiative AND state:calif."))));
    assertEquals(List.of("003"), ids(run(SearchRequest.query("city:\"st. louis\""))));
    assertEquals(List.of("004"), ids(run(SearchRequest.query("title:initiative"))));
    assertEquals(List.of("003"), ids(run(SearchRequest.query("official:venturella"))));
    assertEquals(List.of("002"), ids(run(SearchRequest.query("county:tuscarawas"))));
  }

  @Test
  void booleansWildcardsAndFuzzy() throws IOException {
    assertEquals(List.of("003", "004"), ids(run(SearchRequest.query("IAFIS"))));
    assertEquals(List.of("000", "001", "002"), ids(run(SearchRequest.query("fingerprints NOT IAFIS NOT \"St. Louis\""))));
    assertEquals(List.of("000", "001", "002"), ids(run(SearchRequest.query("fingerprints -IAFIS -Louis"))));
    assertEquals(List.of("001", "004"), ids(run(SearchRequest.query("Marengo OR Imperial"))));
    assertEquals(List.of("001", "004"), ids(run(SearchRequest.query("Marengo Imperial").any(true))));
    assertEquals(List.of(), ids(run(SearchRequest.query("Marengo Imperial"))));
    assertEquals(List.of("001", "002"), ids(run(SearchRequest.query("(Marengo OR Tuscarawas) AND counties"))));
    assertEquals(List.of("001"), ids(run(SearchRequest.query("Maren*"))));
    assertEquals(List.of("002"), ids(run(SearchRequest.query("Tuscarawaz~"))));
  }

  @Test
  void sortingAndPaging() throws IOException {
    SearchResult newest = run(SearchRequest.query("fingerprints").sort(SortOrder.DATE_DESC));
    List<String> order = newest.hits().stream().map(h -> h.id().substring(0, 3)).toList();
    assertEquals("001", order.get(0));
    assertEquals(List.of("000", "002"), order.subList(1, 3).stream().sorted().toList());
    assertEquals(List.of("003", "004"), order.subList(3, 5));
    SearchResult oldest = run(SearchRequest.query("fingerprints").sort(SortOrder.DATE).limit(2));
    assertEquals(List.of("004", "003"), oldest.hits().stream().map(h -> h.id().substring(0, 3)).toList());
    assertEquals(5, oldest.total());
    assertTrue(oldest.hits().get(0).score() > 0, "sorted hits still carry a score");
    SearchResult page2 = run(SearchRequest.query("fingerprints").sort(SortOrder.DATE).limit(2).offset(2));
    assertEquals(2, page2.hits().size());
    assertEquals(LocalDate.of(2011, 5, 10), page2.hits().get(0).date());
  }

  @Test
  void withoutQueryWordsNewestComeFirst() throws IOException {
    SearchResult r = run(SearchRequest.query("").state("MO"));
    assertEquals(List.of("000", "003"), r.hits().stream().map(h -> h.id().substring(0, 3)).toList());
    assertEquals(5, run(SearchRequest.query("").limit(Integer.MAX_VALUE).offset(3)).total());
  }

  @Test
  void snippetsMarkTheMatchedWords() throws IOException {
    SearchResult r = run(SearchRequest.query("\"biometric identification technology\""));
    Hit h = r.hits().get(0);
    assertEquals("004_ceba64643707f28d", h.id());
    assertEquals("seeds/004_ceba64643707f28d.txt", h.path());
    assertEquals("New ICE initiative uses biometrics to enhance identification and removal", h.title());
    assertEquals("El Centro", h.city());
    assertEquals("California", h.state());
    assertEquals(LocalDate.of(2009, 9, 10), h.date());
    List<String> marked = h.snippets().stream().flatMap(s -> s.matchedText().stream()).toList();
    assertTrue(marked.contains("biometric identification technology")
        || marked.containsAll(List.of("biometric", "identification", "technology")), marked.toString());
    assertTrue(h.snippets().get(0).text().indexOf('\n') < 0, "snippets are one line");
  }

  @Test
  void snippetsOnAPageDoNotRepeatSharedBoilerplate() throws IOException {
    // Seeds 000-002 share the paragraph "Prior to the implementation of Secure Communities, fingerprints ...".
    List<String> shown = run(SearchRequest.query("fingerprints")).hits().stream()
        .flatMap(h -> h.snippets().stream()).map(Snippet::text).toList();
    assertEquals(shown.size(), new java.util.HashSet<>(shown).size(), shown.toString());
    assertTrue(shown.size() >= 5, shown.toString());
  }

  @Test
  void badQueriesSayWhatIsWrong() {
    assertEquals("bad query: the quote at column 1 is never closed",
        assertThrows(UserException.class, () -> run(SearchRequest.query("\"biometric sharing"))).getMessage());
    assertEquals("bad query: '(' at column 1 is never closed",
        assertThrows(UserException.class, () -> run(SearchRequest.query("(a OR b"))).getMessage());
    assertEquals("bad query: ')' at column 7 has no matching '('",
        assertThrows(UserException.class, () -> run(SearchRequest.query("a OR b)"))).getMessage());
    UserException field = assertThrows(UserException.class, () -> run(SearchRequest.query("colour:red")));
    assertTrue(field.getMessage().startsWith("bad query: unknown field 'colour:'"), field.getMessage());
    UserException date = assertThrows(UserException.class, () -> run(SearchRequest.query("date:[2010-13 TO 2011]")));
    assertTrue(date.getMessage().contains("bad date '2010-13'"), date.getMessage());
    UserException state = assertThrows(UserException.class, () -> run(SearchRequest.query("state:Missuri")));
    assertTrue(state.getMessage().contains("did you mean Missouri"), state.getMessage());
    UserException dangling = assertThrows(UserException.class, () -> run(SearchRequest.query("fingerprints AND")));
    assertTrue(dangling.getMessage().startsWith("bad query: "), dangling.getMessage());
    assertTrue(dangling.usage());
    assertEquals("bad query: unexpected 'OR' at column 1",
        assertThrows(UserException.class, () -> run(SearchRequest.query("OR fingerprints"))).getMessage());
    assertEquals("bad query: date range 2011 TO 2010 ends before it starts",
        assertThrows(UserException.class, () -> run(SearchRequest.query("date:[2011 TO 2010]"))).getMessage());
    assertEquals("bad query: state: does not take a wildcard; write the value in full",
        assertThrows(UserException.class, () -> run(SearchRequest.query("state:Miss*"))).getMessage());
  }

  @Test
  void unknownStateFilterSuggestsTheClosest() {
    UserException e = assertThrows(UserException.class, () -> SearchRequest.query("x").state("Ohoi").build());
    assertEquals("unknown state 'Ohoi'; did you mean Ohio?", e.getMessage());
    assertTrue(e.usage());
  }
}
