package releases.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import releases.UserException;
import releases.extract.Quote;
import releases.extract.Release;

/** Name variants, shared surnames and typos on releases written for the purpose, in an in-memory index. */
class QuoteSearchTest {

  private static final Searcher SEARCHER = SeedFixtures.searcher(List.of(
      release("a", LocalDate.of(2010, 3, 1), "New York",
          new Quote("William J. Hochul, Jr.", "U.S. Attorney", "Western District of New York",
              "Smuggling rings that prey on migrants will be found and prosecuted."),
          new Quote("Lorena Vasquez", "Special Agent in Charge", "ICE Buffalo",
              "Our border partners made this arrest possible.")),
      release("b", LocalDate.of(2012, 7, 9), "New York",
          new Quote("William J. Hochul Jr.", "United States Attorney", "Western District of New York",
              "Fraud against the visa program costs honest applicants their place.")),
      release("c", LocalDate.of(2013, 1, 15), "Texas",
          new Quote("Tomas Vasquez", "Sheriff", "Hidalgo County Sheriff's Office",
              "Our deputies worked around the clock on this case.")),
      release("d", LocalDate.of(2014, 5, 2), "Texas",
          new Quote("Lorena Vasquez", "Field Office Director", "ICE Houston",
              "Removing this fugitive closes a long chapter for the victims."))));

  private static Release release(String id, LocalDate date, String state, Quote... quotes) {
    String code = state.equals("Texas") ? "TX" : "NY";
    return new Release(id, id + ".txt", "Release " + id, null, date, null, state, code, List.of(), List.of(quotes),
        "Body of release " + id + ".");
  }

  @AfterAll
  static void close() throws Exception {
    SEARCHER.close();
  }

  private static QuoteResult quotes(String query, String... by) throws Exception {
    SearchRequest.Builder b = SearchRequest.query(query).limit(50);
    for (String name : by) {
      b.official(name);
    }
    return SEARCHER.quotes(b.build());
  }

  @Test
  void juniorWithAndWithoutCommaIsOnePersonUnderTheFullestForm() throws Exception {
    QuoteResult r = quotes("", "Hochul Jr.");
    assertEquals(2, r.total());
    assertEquals(List.of("William J. Hochul, Jr."), r.officials());
    assertEquals(2, quotes("", "hochul, jr").total());
    assertEquals(2, quotes("", "William Hochul").total());
  }

  @Test
  void aSharedSurnameListsTheCandidatesWithTheirCounts() {
    UserException e = assertThrows(UserException.class, () -> quotes("", "Vasquez"));
    assertTrue(e.usage());
    assertEquals("'Vasquez' may be any of Lorena Vasquez (2 quotes), Tomas Vasquez (1 quote); give more of the name",
        e.getMessage());
  }

  @Test
  void theGivenNameOrTheQueryNarrowsASharedSurname() throws Exception {
    assertEquals(1, quotes("", "Tomas Vasquez").total());
    QuoteResult r = quotes("deputies", "Vasquez");
    assertEquals(List.of("Tomas Vasquez"), r.officials());
    assertEquals(1, r.total());
    assertEquals(List.of("deputies"), r.hits().getFirst().text().matchedText());
  }

  @Test
  void oneTypoStillFindsThePerson() throws Exception {
    assertEquals(List.of("William J. Hochul, Jr."), quotes("", "Hochol").officials());
    assertEquals(List.of("Lorena Vasquez"), quotes("", "Lorena Vasqeuz").officials());
  }

  @Test
  void directoryGroupsFormsAndKeepsRolesOverTime() throws Exception {
    List<OfficialSummary> all = SEARCHER.officials(SearchRequest.query("").build());
    assertEquals(List.of("Lorena Vasquez", "William J. Hochul, Jr.", "Tomas Vasquez"),
        all.stream().map(OfficialSummary::name).toList());
    OfficialSummary hochul = all.get(1);
    assertEquals(2, hochul.quotes());
    assertEquals(2, hochul.releases());
    assertEquals(List.of("U.S. Attorney", "United States Attorney"),
        hochul.roles().stream().map(OfficialSummary.RoleSpan::role).toList());
    assertEquals(LocalDate.of(2010, 3, 1), hochul.first());
    assertEquals(LocalDate.of(2012, 7, 9), hochul.last());
  }

  @Test
  void releaseSearchSeesReleasesOnlyAndFiltersByOfficial() throws Exception {
    assertEquals(4, SEARCHER.size());
    SearchResult r = SEARCHER.search(SearchRequest.query("").official("Lorena Vasquez").limit(10).build());
    assertEquals(List.of("a", "d"), r.hits().stream().map(Hit::id).sorted().toList());
    assertEquals(0, SEARCHER.search(SearchRequest.query("smuggling").build()).total(),
        "quote words are not release words");
  }
}
