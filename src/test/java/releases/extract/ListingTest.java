package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages that hold several releases give one record each, ids FILE#1..FILE#N; a page of one release keeps its id. */
class ListingTest {

  private static List<Release> all(String text) {
    return Extractor.extractAll("page", "page.txt", text);
  }

  @Test
  void dateHeadingsOverTeasersAreOneReleaseEach() {
    List<Release> r = all("""
        News and Announcements

        Press Release

        Harbor officials open the new ferry terminal at Quill Point

        10/25/2024 Department of Harbors

        Ferries to the islands leave from the new terminal starting Monday

        Press Release

        Department awards $2 million for dune restoration on Brindle Beach

        10/07/2024 Department of Harbors

        Funding will rebuild dunes lost in the spring storms

        Press Release

        Harbor water testing finds no contamination at Lark Cove

        9/27/2024 Department of Harbors

        Swimming advisories lifted for the rest of the season
        """);
    assertEquals(List.of("page#1", "page#2", "page#3"), r.stream().map(Release::id).toList());
    assertEquals(List.of(LocalDate.of(2024, 10, 25), LocalDate.of(2024, 10, 7), LocalDate.of(2024, 9, 27)),
        r.stream().map(Release::date).toList());
    assertEquals("Department awards $2 million for dune restoration on Brindle Beach", r.get(1).title());
  }

  @Test
  void itemsUnderADateHeadingTakeItsDateAndEachDatelineStartsARelease() {
    List<Release> r = all("""
        Press Releases for October 2005

        Friday, October 28, 2005

        DEPARTMENT SETTLES CASE WITH MARROWAY TOOL WORKS (05-579)

        WASHINGTON, D.C. - The department today announced a settlement with Marroway Tool Works, resolving a lawsuit filed to protect the job of a reservist who served overseas.  (Read more)

        TASK FORCE ON PATENT THEFT NAMES NEW MEMBERS (05-577)

        WASHINGTON, D.C. - The department today named four officials to its task force on patent theft, which meets for the first time next month in the capital.  (Read more)

        Thursday, October 27, 2005

        FORMER INFORMANT SENTENCED IN TOLEDO (05-576)

        TOLEDO, Ohio - A former informant was sentenced to 121 months in prison for lying to agents during a three-year grand jury investigation, the department announced today.  (Read more)
        """);
    assertEquals(3, r.size());
    assertEquals(List.of(LocalDate.of(2005, 10, 28), LocalDate.of(2005, 10, 28), LocalDate.of(2005, 10, 27)),
        r.stream().map(Release::date).toList());
    assertEquals("TASK FORCE ON PATENT THEFT NAMES NEW MEMBERS (05-577)", r.get(1).title());
    assertEquals("Toledo", r.get(2).city());
    assertEquals("OH", r.get(2).stateCode());
  }

  @Test
  void aBulletedDigestListsItsOwnLeadThenEachItem() {
    List<Release> r = all("""
        A roundup of the week's releases on public policy, including a call to register voters and a food drive.
        NEW YORK, Sept. 22, 2023 /PRNewswire/ -- With thousands of releases each week, it can be hard to keep up with every one of them, so here are the week's most read.
        - Volunteers Call on Young Voters to Register Before the Deadline
        Local elections draw few voters, and this week volunteers in forty cities set up tables at colleges to register students before the October deadline.
        - Brindle Food Bank Opens Third Warehouse in Ostrand
        The new warehouse doubles the food bank's storage and will let it serve 12,000 more families every month, its director said on Monday.
        - Harbor Museum Reopens After Two-Year Renovation
        The museum reopened its doors on Saturday with a new wing for ship models and a gallery of photographs from the old ferry lines.
        """);
    assertEquals(4, r.size());
    assertEquals(LocalDate.of(2023, 9, 22), r.get(0).date());
    assertEquals("New York", r.get(0).city());
    assertEquals("Brindle Food Bank Opens Third Warehouse in Ostrand", r.get(2).title());
  }

  @Test
  void aReleasePrintedTwiceOrListingItsHighlightsIsOneRelease() {
    String lead = "OSTRAND CITY, Okla., Nov. 15 -- The state's attorney general issued the following release on the"
        + " dispute over fishing permits on tribal land:";
    List<Release> repeated = all("Featured Stories\nState warns wildlife agency over permits\n" + lead
        + "\nThe agency must withdraw its policy within thirty days, the attorney general wrote to its director.\n"
        + "... Show Full Article\n" + lead
        + "\nThe agency must withdraw its policy within thirty days, the attorney general wrote to its director.\n");
    assertEquals(List.of("page"), repeated.stream().map(Release::id).toList());
    List<Release> highlights = all("""
        Brindlecorp reports record year

        OSTRAND, Ore., March 3, 2024 /PRNewswire/ -- Brindlecorp today reported its results for the year.

        Highlights:
        • Revenue grew 16.1% over the year before, to $1.06 billion, with record sales in every region
        • Panel shipments rose 12% to 2.4 million units, with the largest gains in the second half of the year
        • Net income reached $88 million, or $1.12 per share, and the company ended the year with no debt
        The company will report its first-quarter results on May 2, and it expects sales to grow again this year.
        """);
    assertEquals(List.of("page"), highlights.stream().map(Release::id).toList());
  }

  @Test
  void aDateAfterTheFileWasWrittenIsNotTheReleaseDate() {
    int next = java.time.Year.now().getValue() + 1;
    String text = """
        Bridge to reopen

        June 30, %d

        BELLWATER, Mont. - The county will reopen the Corran bridge after repairs, the county engineer said.
        """.formatted(next);
    LocalDate written = LocalDate.of(next - 1, 12, 1);
    assertNull(Extractor.extract("a", "a.txt", text, written).date());
    assertEquals(LocalDate.of(next, 6, 30), Extractor.extract("a", "a.txt", text, LocalDate.of(next, 7, 1)).date());
    assertEquals(LocalDate.of(next, 6, 30), Extractor.extract("a", "a.txt", text).date(), "next year is allowed");
  }
}
