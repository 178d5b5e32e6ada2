package releases.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateBoundsTest {

  @Test
  void yearsMonthsAndDaysAreInclusiveRanges() {
    assertEquals(new DateBounds(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31)), DateBounds.parse("2010"));
    assertEquals(new DateBounds(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 29)), DateBounds.parse("2012-02"));
    assertEquals(new DateBounds(LocalDate.of(2011, 5, 10), LocalDate.of(2011, 5, 10)), DateBounds.parse("2011-5-10"));
  }

  @Test
  void badDatesSayWhy() {
    assertEquals("bad date '2010-13': no such day or month",
        assertThrows(IllegalArgumentException.class, () -> DateBounds.parse("2010-13")).getMessage());
    assertEquals("bad date '2011-02-29': no such day or month",
        assertThrows(IllegalArgumentException.class, () -> DateBounds.parse("2011-02-29")).getMessage());
    assertEquals("bad date 'May 2010': use yyyy, yyyy-mm or yyyy-mm-dd",
        assertThrows(IllegalArgumentException.class, () -> DateBounds.parse("May 2010")).getMessage());
  }
}
