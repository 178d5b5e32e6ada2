package releases.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialTallyTest {

  private static List<OfficialSummary> tally(boolean reversed) {
    OfficialTally t = new OfficialTally(List.of(new Officials.Official("Nora Quill", List.of("Nora Quill"), 4)));
    Object[][] quotes = {
        {"a", "Warden", "Port-Ellis Authority", LocalDate.of(2012, 3, 1), 1L},
        {"b", "Warden", "Port Ellis Authority", LocalDate.of(2012, 4, 1), 2L},
        {"c", "Warden", "Port Ellis Authority", LocalDate.of(2012, 5, 1), 3L},
        {"d", "Warden", "Port-Ellis Authority", LocalDate.of(2012, 6, 1), 4L}};
    for (int i = 0; i < quotes.length; i++) {
      Object[] q = quotes[reversed ? quotes.length - 1 - i : i];
      t.add("Nora Quill", (String) q[0], (String) q[1], (String) q[2], (LocalDate) q[3], (Long) q[4]);
    }
    return t.summaries();
  }

  @Test
  void aRoleWrittenTwoWaysIsShownTheSameWayWhateverOrderTheQuotesComeIn() {
    List<OfficialSummary> forward = tally(false);
    assertEquals(forward, tally(true));
    OfficialSummary.RoleSpan role = forward.getFirst().roles().getFirst();
    // Two quotes each way: the tie goes to the spelling that sorts first.
    assertEquals("Port Ellis Authority", role.organization());
    assertEquals(4, role.quotes());
  }
}
