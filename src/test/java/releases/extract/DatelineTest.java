package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
  })
  void readsCityAndState(String paragraph, String city, String code) {
    Dateline d = Dateline.parse(paragraph);
    assertNotNull(d, paragraph);
    assertEquals(city, d.city());
    assertEquals(code, d.state().code());
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
    assertNull(Dateline.parse("Secure Communities helps federal officials identify criminal aliens"));
  }

  @Test
  void upperCaseCityWithoutStateIsKeptWithoutOne() {
    Dateline d = Dateline.parse("FORT BRAGG - Soldiers at the base");
    assertEquals("Fort Bragg", d.city());
    assertNull(d.state());
  }
}
