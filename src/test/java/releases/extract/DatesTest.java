package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "June 2, 2008|2008-06-02",
    "JUNE 7, 2011|2011-06-07",
    "Oct. 29, 2008|2008-10-29",
    "Sept. 12, 2010|2010-09-12",
    "Mar. 23, 2010|2010-03-23",
    "Nov 21, 2008|2008-11-21",
    "Jan.17, 2012|2012-01-17",
    "July 08, 2010|2010-07-08",
    "01/30/2009|2009-01-30",
    "2/2/2009|2009-02-02",
    "November 18, 2008Charlotte, NC, United StatesEnforcement and Removal|2008-11-18",
    "Wednesday, April 20, 2011|2011-04-20",
    "MAY 10, 2011 JEFFERSON CITY, MO|2011-05-10",
    "April 20th, 2011|2011-04-20",
    "Thu, 11/09/2023|2023-11-09",
    "11.09.2023|2023-11-09",
    "Release Date: 03-14-2024|2024-03-14",
    "2023-11-09|2023-11-09",
    "Published 2022-02-14T09:30:00Z|2022-02-14",
    "14 February 2022|2022-02-14",
    "Monday, 9 Nov. 2026|2026-11-09",
    "1st March, 2021|2021-03-01",
    "December 31, 1996|1996-12-31",
    "Jan. 4, 2027|2027-01-04",
  })
  void readsEveryWrittenForm(String text, String expected) {
    assertEquals(LocalDate.parse(expected), Dates.find(text));
  }

  @Test
  void placesAYearlessBlogDateByItsWeekdayNearTheYearsTheReleaseMentions() {
    assertEquals(LocalDate.of(2011, 4, 14), Dates.first("Thu Apr 14, 2:00 am ET", 2010).date());
    assertEquals(LocalDate.of(2016, 4, 14), Dates.first("Thu Apr 14, 2:00 am ET", 2016).date());
  }

  @Test
  void aNumericDateWhoseFirstNumberCannotBeAMonthIsDayFirst() {
    assertEquals(LocalDate.of(2004, 2, 17), Dates.find("17/02/2004 12:15pm"));
    assertEquals(LocalDate.of(2019, 3, 25), Dates.find("25.03.2019"));
    assertEquals(LocalDate.of(2013, 5, 6), Dates.find("05/06/2013"), "both could be months: month first, as in the US");
  }

  @Test
  void impossibleAndRelativeDatesAreNotDates() {
    assertNull(Dates.find("February 30, 2010"));
    assertNull(Dates.find("on Tuesday, officers arrested 12 people"));
    assertNull(Dates.find("13/45/2009"));
    assertNull(Dates.find("plans to reach nationwide deployment by 2013"));
    assertNull(Dates.find("May 2021"), "a month with no day gives no date");
    assertNull(Dates.find("version 1.2.2023.4"));
    assertNull(Dates.find("call 1-866-347-2423"));
    assertNull(Dates.find("June 1, 1989"), "before any agency published on the web");
    assertNull(Dates.find("June 1, " + (java.time.Year.now().getValue() + 2)), "two years ahead");
  }

  @Test
  void maintenanceStampsAreRecognisedAndCut() {
    assertTrue(Dates.isStamp("Updated: 01/08/2021"));
    assertTrue(Dates.isStamp("Last Reviewed/Updated: 01/08/2021"));
    assertFalse(Dates.isStamp("06/03/2010"));
    assertFalse(Dates.isStamp("ICE updated its guidance in 2010"));
    assertEquals("06/03/2010", Dates.beforeStamp("06/03/2010 Updated: 01/08/2021"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "releases/0807/080711elcentro.txt|2008-07-11",
    "http://www.ice.gov/pi/news/newsreleases/articles/090415miami.htm|2009-04-15",
    "blog/2011/04/20/ice-raid.html|2011-04-20",
  })
  void fallsBackOnFileNamesAndUrls(String path, String expected) {
    assertEquals(LocalDate.parse(expected), Dates.fromPath(path));
  }

  @Test
  void fileNamesWithoutADateGiveNone() {
    assertNull(Dates.fromPath("seeds/000_3f986dff3164e6c5.txt"));
    assertNull(Dates.fromPath("0807/081311x.txt"));
    assertNull(Dates.fromPath("corpus/0030/030221.txt"), "a serial number, not 2003-02-21");
  }

  @Test
  void aYearlessDateIsPlacedAmongRecentYearsWhenTheTextNamesNone() {
    LocalDate d = Dates.first("Thu Apr 14, 2:00 am ET", 0).date();
    assertEquals(java.time.DayOfWeek.THURSDAY, d.getDayOfWeek());
    assertTrue(d.getYear() >= java.time.Year.now().getValue() - 12, d.toString());
  }

  @Test
  void latestYearIgnoresNumbersThatAreNotYears() {
    assertEquals(2013, Dates.latestYear("since 2008, 72,000 removals, nationwide by 2013; call 1-866-347-2423"));
    assertEquals(0, Dates.latestYear("no years here, 12000 people"));
    assertEquals(2025, Dates.latestYear("founded in 1998, listed in 2025, 2999 employees"));
    assertEquals(1997, Dates.latestYear("since 1997"));
  }

  @Test
  void aDateOpeningTheFirstLinesOfTheTextIsTheReleaseDate() {
    assertEquals(java.time.LocalDate.of(2026, 1, 16), Extractor.extract("x", "x.txt", """
        Friday, Jan. 16, 2026
        Dear Colleagues,
        Welcome to a new semester at Marrow Valley College. I hope you enjoyed the winter
        break and are settling into your classes, and that the new year treats you well.
        """).date());
    assertEquals(java.time.LocalDate.of(1997, 3, 4), Extractor.extract("x", "x.txt", """
        212
        March 4, 1997 MVC Contact: Oren Talby MVC Release No. 9-97 On Thursday, March 6, reporters will be able to interview the builders of the new hall and the staff of the center who will run it, and tour the hall with the director of the center before it opens to the public on the following Saturday with a day of free events for families from across the valley
        """).date());
    assertEquals(null, Extractor.extract("x", "x.txt", """
        The new hall opens to the public on Saturday with a day of free events for families from across the valley.

        March 8, 1997 will be remembered as the day the valley got its hall, the director of the center said.
        """).date(), "a date inside the text, not at its top, is an event");
  }

  @Test
  void theCheapDateGateLetsThroughEveryLineWithADate() throws java.io.IOException {
    // Leads skips a line whose head fails mayHoldDate; that is only right if no line with a date fails it
    int dated = 0;
    java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>();
    for (String root : new String[] {"src/test/resources", "seeds"}) {
      try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of(root))) {
        walk.filter(f -> f.toString().endsWith(".txt")).forEach(files::add);
      }
    }
    for (var file : files) {
      for (String line : Text.normalize(java.nio.file.Files.readString(file)).split("\n")) {
        if (Dates.first(line, 2020) != null) {
          dated++;
          assertTrue(Dates.mayHoldDate(line), file + ": " + line);
        }
      }
    }
    assertTrue(dated > 200, "dated lines: " + dated); // 271 when written
    for (String s : new String[] {"2023-11-09", "11.09.2023", "Thu Apr 14, 2:00 am ET", "14 February 2022",
        "SEPT. 3, 2019", "2/27/03"}) {
      assertTrue(Dates.mayHoldDate(s), s);
    }
    assertFalse(Dates.mayHoldDate("Report Crimes: Email or Call 1-866-347-2423"));
    assertFalse(Dates.mayHoldDate("Posted by newsdesk at 7:42 PM, 3 comments"));
  }
}
