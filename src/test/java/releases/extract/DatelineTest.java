package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "JEFFERSON CITY, Mo. - U.S. Immigration and Customs Enforcement began|Jefferson City|MO",
    "ST. LOUIS, Mo. - On Tuesday, officers|St. Louis|MO",
    "EL CENTRO, Calif. - Law enforcement agencies|El Centro|CA",
    "CANTON, Ohio - U.S. Immigration|Canton|OH",
    "PROVIDENCE, R.I. -- Every person booked|Providence|RI",
    "TRENTON, N.J. \u2014 Mercer County became|Trenton|NJ",
    "ST. PAUL, Minn. \u2013 Officers arrested|St. Paul|MN",
    "WASHINGTON-U.S. Immigration and Customs Enforcement|Washington|DC",
    "WASHINGTON, D.C. - Two members|Washington|DC",
    "WASHINGTON D.C. - Two members|Washington|DC",
    "CHICAGO - Officers arrested|Chicago|IL",
    "NEW ORLEANS - Parishes began|New Orleans|LA",
    "SAN JUAN, Puerto Rico - A boat captain|San Juan|PR",
    "HAGATNA, Guam - Agents arrested|Hagatna|GU",
    "CHRISTIANSTED, V.I. - Two people|Christiansted|VI",
    "CHARLOTTE AMALIE, St. Thomas, U.S. Virgin Islands - Agents|Charlotte Amalie|VI",
    "BATON ROUGE, LA - The prison|Baton Rouge|LA",
    "SPOKANE, Washington - The jail|Spokane|WA",
    "CHARLESTON, W.Va. - A man|Charleston|WV",
    "CHARLESTON, W. Va. - A man|Charleston|WV",
    "OMAHA, Neb.-U.S. Immigration|Omaha|NE",
    "MCALLEN, Texas - Agents|McAllen|TX",
    "WILKES-BARRE, Pa. - A man|Wilkes-Barre|PA",
    "HOUSTON, Mo. - The Texas County Sheriff|Houston|MO",
    "Dayton, Ohio (Vocus/PRWEB) April 13, 2011 -- A group|Dayton|OH",
    "MARLOW FALLS (June 4, 2019) \u2013 The county jail|Marlow Falls|",
    "TOPEKA, KAN. (OCT. 2, 2023) \u2013 The state opened|Topeka|KS",
    "AUSTIN, Texas, Jan. 9, 2025 /PRNewswire/ -- Brindlecorp, a maker|Austin|TX",
    "BRAMBLETON, Va., March 3, 2022 /PRNewswire/ -- Quillon Labs|Brambleton|VA",
    "NEW YORK, Feb. 1, 2024 /PRNewswire/ -- Halvern Capital|New York|NY",
    "SAN DIEGO, Nov. 12, 2021 (GLOBE NEWSWIRE) -- Petrel Systems|San Diego|CA",
    "BOSTON--(BUSINESS WIRE)--Aug. 30, 2023--Corvane Health|Boston|MA",
    "Dalton, GA. - A Whitfield man|Dalton|GA",
    "Dalton, Whitfield County, Ga. - A man|Dalton|GA",
    "WASHINGTON, DC\u2013 Senator Ada Quill|Washington|DC",
    "WASHINGTON, D.C.\u2014Today the senator|Washington|DC",
    "Orland Springs, Fla. (Vocus/PRWEB) March 02, 2012 A local clinic|Orland Springs|FL",
    "(HOUSTON) \u2013 Today, the office announced|Houston|TX",
    "(Kansas City, Kan., Nov. 15, 2007) - An estimated benefit|Kansas City|KS",
    "(ATLANTA \u2013 July 15, 2009) The agency issued orders|Atlanta|GA",
    "(03/23) TRENTON \u2013 The department said|Trenton|",
    "Seattle \u2013 A member of the tribe|Seattle|WA",
    "Rapid City \u2013 A man was sentenced|Rapid City|",
    "TEL AVIV, Israel, Jan. 11, 2026 (GLOBE NEWSWIRE) \u2014 Brindle Pharma|Tel Aviv|",
    "ORANGE PARK, FL, UNITED STATES, July 3, 2025 /EINPresswire.com/ -- A local firm|Orange Park|FL",
    "SAN FRANCISCO and LOS ANGELES, May 31 /PRNewswire-USNewswire/ -- Riders|San Francisco|CA",
    "Washington, DCVice President Ada Quill and the secretary|Washington|DC",
  })
  void readsCityAndState(String paragraph, String city, String code) {
    Dateline d = Dateline.parse(paragraph);
    assertNotNull(d, paragraph);
    assertEquals(city, d.city());
    assertEquals(code, d.state() == null ? null : d.state().code());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "MARLOW FALLS (June 4, 2019) \u2013 The county jail|2019-06-04",
    "TOPEKA, KAN. (OCT. 2, 2023) \u2013 The state opened|2023-10-02",
    "AUSTIN, Texas, Jan. 9, 2025 /PRNewswire/ -- Brindlecorp, a maker|2025-01-09",
    "SAN DIEGO, Nov. 12, 2021 (GLOBE NEWSWIRE) -- Petrel Systems|2021-11-12",
    "BOSTON--(BUSINESS WIRE)--Aug. 30, 2023--Corvane Health|2023-08-30",
    "Orland Springs, Fla. (Vocus/PRWEB) March 02, 2012 A local clinic|2012-03-02",
  })
  void datesInsideTheDatelineAreTheReleaseDate(String paragraph, String date) {
    assertEquals(LocalDate.parse(date), Dateline.parse(paragraph).date());
  }

  @Test
  void aWireDateWithoutAYearIsKeptAsMonthAndDay() {
    Dateline d = Dateline.parse("PETALUMA, Calif., Jan. 30 /PRNewswire-USNewswire/ -- The group said");
    assertNull(d.date());
    assertEquals(java.time.MonthDay.of(1, 30), d.yearless());
  }

  @Test
  void aPlaceAloneOnItsLineIsADatelineOnlyWhenItNamesAStateOrAKnownCity() {
    assertEquals("New York", Dateline.placeOnly("NEW YORK").city());
    assertEquals("DC", Dateline.placeOnly("Washington, DC,").state().code());
    assertEquals("Miami", Dateline.placeOnly("(Miami, Fla.)").city());
    assertNull(Dateline.placeOnly("Featured News"));
    assertNull(Dateline.placeOnly("PASADENA, CALIF. 91109"));
  }

  @Test
  void pressWireDatelineCarriesItsDate() {
    assertEquals(LocalDate.of(2011, 4, 13),
        Dateline.parse("Dayton, Ohio (Vocus/PRWEB) April 13, 2011 -- A group said").date());
  }

  @Test
  void sentencesAndHeadlinesWithDashesAreNotDatelines() {
    assertNull(Dateline.parse("U.S. Immigration and Customs Enforcement - the largest investigative arm"));
    assertNull(Dateline.parse("Man, 34, sentenced - appeal planned"));
    assertNull(Dateline.parse("The program has removed more than 72,000 criminal aliens - more than 26,000"));
    assertNull(Dateline.parse("NEWS RELEASE - For immediate release"));
    assertNull(Dateline.parse("OPERATION SAFE HAVEN - 42 ARRESTS IN THREE STATES"));
    assertNull(Dateline.parse("Secure Communities helps federal officials identify criminal aliens"));
  }

  @Test
  void upperCaseCityWithoutStateIsKeptWithoutOne() {
    Dateline d = Dateline.parse("FORT BRAGG - Soldiers at the base");
    assertEquals("Fort Bragg", d.city());
    assertNull(d.state());
  }

  @Test
  void aWireDatelineRunIntoASubtitleIsSetOnItsOwnLineWithOrWithoutAState() {
    String page = "Helping hands for Fenwick families QUILLPORT, Maine, Jan. 26, 2026 /PRNewswire/ -- Quill Aid today said"
        + "\nArt for the coast MARROWVILLE, Feb. 2, 2026 /PRNewswire-PRWeb/ -- The Marrow Arts Council today said";
    assertEquals("Helping hands for Fenwick families\nQUILLPORT, Maine, Jan. 26, 2026 /PRNewswire/ -- Quill Aid today said"
        + "\nArt for the coast\nMARROWVILLE, Feb. 2, 2026 /PRNewswire-PRWeb/ -- The Marrow Arts Council today said",
        Dateline.breakBeforeWireDatelines(page));
  }

  @Test
  void everyWireTagPassesTheCheapGate() {
    // breakBeforeWireDatelines lets a page go when the gate fails: a tag the gate missed would never be found
    for (String tag : Dateline.WIRE_TAGS) {
      assertTrue(Dateline.mayHoldWireTag("Text " + tag + " text"), tag);
    }
    assertFalse(Dateline.mayHoldWireTag("QUILLPORT, Maine - The council said on Monday that the fair opens."));
  }
}
