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

  private static List<String> ids(List<Release> r) {
    return r.stream().map(Release::id).toList();
  }

  private static List<String> cities(List<Release> r) {
    return r.stream().map(Release::city).toList();
  }

  @Test
  void dashLinesBetweenTeasersCutTheListingEvenWhereADatelineIsGluedToALabel() {
    List<Release> r = all("""
        Releases from earlier years are in the archive.
        -
        Harbor Patrol Seizes Counterfeit Lamps at Quill Point | National Release
        QUILL POINT, Maine - Harbor Patrol officers at the Quill Point cargo pier seized a shipment of lamps that...
        -
        -
        Officers Find Seeds Hidden in a Shipment of Toys | Local ReleaseFENWICK, Ohio
        Officers inspecting a shipment of toys at the Fenwick depot found packets of seeds sewn into the...
        -
        -
        Canine Team Trains at the Brindle Crossing | Local Release
        BRINDLE, Ariz. - For eleven years Officer Tamsin Oakes has trained canine teams at the crossing, and...
        -
        -
        Patrol Finds Lost Hikers Near the Ridge | Local Release
        """);
    assertEquals(List.of("page#1", "page#2", "page#3", "page#4"), ids(r));
    assertEquals(java.util.Arrays.asList("Quill Point", "Fenwick", "Brindle", null), cities(r));
  }

  @Test
  void aRepeatedIconLineBetweenTeasersCutsThemAndTheFirstTeaserKeepsThePageHeader() {
    List<Release> r = all("""
        Press Releases
        Search by Date
        Residents of Marrow County who lost property in the spring floods can still apply for help from the state relief fund until the end of the month.
        picture of a folded newspaper
        Friday is the last day for homeowners in Tilden and Oster counties to ask for help with repairs after the storm that crossed the valley.
        picture of a folded newspaper
        The relief office will open two more help centers next week so that renters can apply in person.
        picture of a folded newspaper
        Volunteers are needed at the warehouse in Fenwick to sort donated clothing for families who lost their homes.
        """);
    assertEquals(4, r.size());
    assertEquals("page#4", r.get(3).id());
    assertEquals(true, r.get(1).body().contains("Tilden and Oster"));
  }

  @Test
  void readMoreRunIntoTheNextHeadlineEndsOneTeaserAndStartsTheNext() {
    List<Release> r = all("""
        Newsroom
        Governor Halloway Proclaims Orchard Month
        KESTREL CITY - Governor Mara Halloway today proclaimed October as Orchard Month in the State. The text of the proclamation is below...
        read moreGovernor Halloway Issues Order on Dry Wells
        ORDER 17-22 WHEREAS the wells of the northern valleys have run dry for the third summer running and...
        read moreGovernor Halloway Signs Bills
        KESTREL CITY - Governor Mara Halloway today announced that she has signed the following bills on schools...
        read moreGovernor Halloway Names Judges
        KESTREL CITY - Governor Mara Halloway today named three judges to the superior court of the state...
        """);
    assertEquals(4, r.size());
    assertEquals(true, r.get(1).body().contains("wells of the northern valleys"));
    assertNull(r.get(1).city());
    assertEquals("Kestrel City", r.get(3).city());
  }

  @Test
  void anEndMarkFollowedByAnotherReleaseWithItsDatelineStartsIt() {
    List<Release> two = all("""
        Senator Marlow Votes for the Harbor Bill

        Fenwick, March 3, 2025

        Today Senator Ida Marlow voted for the Harbor Bill, which funds the repair of six piers along the coast.

        ###

        Senator Pell Introduces a Bill on Ferries

        Source: Office of Senator Oren Pell

        KESTREL CITY, Maine - Senator Oren Pell introduced a bill today to keep the island ferries running in winter.
        """);
    assertEquals(List.of("page#1", "page#2"), ids(two));
    assertEquals(LocalDate.of(2025, 3, 3), two.get(0).date());
    assertEquals("Kestrel City", two.get(1).city());

    List<Release> one = all("""
        KESTREL CITY, Maine - Senator Oren Pell introduced a bill today to keep the island ferries running in winter.

        ###

        About the Senator

        Oren Pell has represented the state since 2011. He sits on the committees on transport and on fisheries.
        """);
    assertEquals(List.of("page"), ids(one));
  }

  @Test
  void bulletPointsWrappedWithAHangingIndentAreOneRelease() {
    List<Release> r = all("""
        Offer for Marroway Tool Works

        18 July 2000

        -    The boards of Quillfield Group and Marroway Tool Works announce that they
             have agreed the terms of a recommended offer for the whole of the company.

        -    The offer values each Marroway share at 615 pence and the whole company
             at about 165 million pounds, a premium of a fifth over the closing price.

        -    Shareholders will also be entitled to receive the final dividend of 11
             pence per share, which the board declared in the spring of this year.
        """);
    assertEquals(List.of("page"), ids(r));
    assertEquals(LocalDate.of(2000, 7, 18), r.get(0).date());
  }

  @Test
  void aDateUnderALineEndingInAColonIsPartOfTheReleaseAbove() {
    List<Release> r = all("""
        Press Releases

        August 1, 2003

        Five fire departments in the district are among the latest to win grants, Representative Ada Quill announced.

        August 1, 2003

        The following is a list of Representative Quill's engagements in the district for the week:

        Wednesday, August 6, 2003

        10:30 a.m., Fenwick, the adult reading center, to tour the rooms and hear about its work;

        July 1, 2003

        The defense bill the House passed holds money for work at the two bases in the district, Quill said today.
        """);
    assertEquals(3, r.size());
    assertEquals(List.of(LocalDate.of(2003, 8, 1), LocalDate.of(2003, 8, 1), LocalDate.of(2003, 7, 1)),
        r.stream().map(Release::date).toList());
  }

  @Test
  void aPhotoCaptionBetweenAPostsDateAndItsDatelineDoesNotSplitThePost() {
    List<Release> r = all("""
        Regional Development News

        Friday, December 14 2018

        Port Ranks Second in Exports

        Marrowport, TX - For the third year running, the trade zone at the port of Marrowport ranks second in the nation for exports.

        Posted by: editor AT 09:32 am | Permalink

        Thursday, November 29 2018

        Pictured from left to right: Ada Quill, President, Quill Properties; Mayor Oren Pell; Tamsin Oakes, Director of the Fenwick Development Board

        Fenwick, TX - The Fenwick Development Board is pleased to announce that it has sold the fifth lot in its business park.
        """);
    assertEquals(List.of("page#1", "page#2"), ids(r));
    assertEquals(List.of("Marrowport", "Fenwick"), cities(r));
  }

  @Test
  void aLabelRepeatedBetweenEachHeadlineAndItsLeadIsNotASeparator() {
    List<Release> r = all("""
        Below are the news releases of the Marshals of the three districts of the state, shared for the public.

          * Fugitive Arrested in Fenwick

            * For Immediate Release
            Description

            Fenwick, VT - Marshals and the Fenwick police arrested a fugitive who was wanted for assault.

          * Marshals Seek Help Finding a Suspect

            * For Immediate Release
            Description

            Marrowport, TN - Marshal Ida Marlow announced a reward for information that leads to an arrest.

          * Marshals Warn of a Telephone Scam

            * For Immediate Release
            Description

            Quill Point, AK - The Marshals are warning the public about a telephone scam in the district.
        """);
    assertEquals(List.of("Fenwick", "Marrowport", "Quill Point"), cities(r));
  }

  @Test
  void aRoundupOfHeadlinesEachOverOneTeaserGivesOneReleasePerHeadline() {
    List<Release> r = all("""
        A roundup of the week's most newsworthy releases from the coast

        Quillport Gazette Names Its Citizen of the Year for the Harbor Rescue In her letter to readers, Editor Ada Holm writes, "No choice was ever this easy for our editors, and no rescue this brave."

        Marrow Band Announces a Winter Tour of the Island Towns

        The band will bring friends along for a run of shows in the island towns, with guests from the mainland and a surprise guest each night of the tour.

        New Ferry Arrives in Fenwick as the Island Line Adds a Boat to Its Fleet

        The ferry is one of the largest ever to dock in Fenwick, with room for four hundred passengers and sixty cars on each crossing.

        Quill Foods to Buy Talby Creamery, Maker of Harbor Ice Cream

        "We are a hundred-year-old company that plans for the next hundred years," said Oren Talby , chief executive officer of Talby Creamery. "Quill Foods shares that view."
        """);
    assertEquals(List.of("page#1", "page#2", "page#3", "page#4"), ids(r));
    assertEquals("Ada Holm", r.get(0).quotes().get(0).speaker());
    assertEquals("Oren Talby", r.get(3).quotes().get(0).speaker());
  }

  @Test
  void sectionHeadingsOverParagraphsAndADatedDigestAreOneReleaseEach() {
    List<Release> sections = all("""
        FENWICK, Maine - The harbor board today published its yearly report on the state of the piers and the ferries.

        What the Board Found

        Six of the nine piers need repairs before the winter storms, and two of them cannot take heavy trucks this year.

        What the Board Will Do

        The board will close the two weakest piers to trucks in October and repair all six by the end of the next spring.

        What It Will Cost

        The repairs will cost about four million dollars, which the state and the towns will share as the law requires.
        """);
    assertEquals(List.of("page"), ids(sections));

    List<Release> digest = all("""
        For Immediate Release
        April 16, 2010

        Top Stories of the Harbor Police for the Week Ending April 16, 2010

        Fenwick: Former Harbor Clerk Charged with Taking Ferry Fares

        A grand jury returned an indictment charging a former harbor clerk with taking the fares of the island ferry. Full Story

        Quillport: Court Upholds the Conviction of a Boat Thief

        The appeals court upheld the conviction and the sentence of a man who stole three boats from the marina. Full Story

        Marrowport: Smuggler Pleads Guilty to Bringing in Untaxed Goods

        A Marrowport man pleaded guilty to one count of smuggling untaxed goods through the harbor over two years. Full Story
        """);
    assertEquals(List.of("page"), ids(digest));
  }

  @Test
  void aLineOfHardWrappedProseThatLooksLikeADatelineDoesNotStartARelease() {
    List<Release> r = all("""
        FENWICK, Maine - The harbor board today said that the ferries will run on
        the winter timetable from the first of November, and that the boats to
        Quill Island, Marrow Point and Talby Cove will be sailed by crews of the
        KESTREL CITY, Maine - based line, whose captains will take the early boats
        as before, the board said, and the late boats will come from the yard.
        "We will keep the islands served all winter," said Harbor Master Ida Marlow.
        """);
    assertEquals(List.of("page"), ids(r));
    assertEquals("Fenwick", r.get(0).city());
  }

  @Test
  void aDigestWithANumberedListOfContentsGivesOneReleasePerTitleFoundBelow() {
    List<Release> r = all("""
        Harbor Business News


        March 3, 1997


          1. Quill Ferries reports second quarter results
          2. Marrow Tool Works announces a new plant in
             Fenwick
          3. Talby Foods names a new chief executive


        Quill Ferries reports second quarter results

             KESTREL CITY, ME -- March 3, 1997 -- Quill Ferries Inc. announced today a profit
             of $1.2 million in the second quarter, against a loss a year before.

        Marrow Tool Works announces a new plant in Fenwick

             FENWICK, ME -- March 3, 1997 -- Marrow Tool Works said today that it will open
             a plant in Fenwick next spring with two hundred jobs.
        """);
    assertEquals(List.of("page#1", "page#2"), ids(r));
    assertEquals(List.of("Kestrel City", "Fenwick"), cities(r));

    List<Release> points = all("""
        FENWICK, Maine - The harbor board today set out the three things it will do this winter to keep the ferries running for the island families.

          1. Repair the piers
          2. Hire more crews
          3. Buy a new boat

        Repair the piers before the storms come, the board said, and the rest will follow in the spring.
        """);
    assertEquals(List.of("page"), ids(points));
  }
}
