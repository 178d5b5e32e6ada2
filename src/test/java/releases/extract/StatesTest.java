package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatesTest {

  @Test
  void tableHasFiftyStatesDcAndFiveTerritoriesWithDistinctCodes() {
    assertEquals(56, States.ALL.size());
    Set<String> codes = new HashSet<>();
    States.ALL.forEach(s -> codes.add(s.code()));
    assertEquals(56, codes.size());
  }

  @Test
  void everyStateIsFoundByNameCodeAndApAbbreviation() {
    for (States.State s : States.ALL) {
      assertEquals(s, States.lookup(s.name()), s.name());
      assertEquals(s, States.lookup(s.code()), s.code());
      assertEquals(s, States.lookup(s.ap()), s.ap());
      assertEquals(s, States.lookup(s.name().toUpperCase()), s.name());
    }
  }

  @Test
  void apAbbreviationsAreNotPostalCodes() {
    assertEquals("Missouri", States.lookup("Mo.").name());
    assertEquals("California", States.lookup("Calif.").name());
    assertEquals("West Virginia", States.lookup("W. Va.").name());
    assertEquals("Nebraska", States.lookup("Neb.").name());
    assertEquals("District of Columbia", States.lookup("D.C.").name());
  }

  @Test
  void ordinaryWordsAreNotStates() {
    assertNull(States.lookup("in"));
    assertNull(States.lookup("Me"));
    assertNull(States.lookup("ICE"));
    assertNull(States.lookup(""));
    assertNull(States.lookup(null));
  }

  @Test
  void standAloneCitiesMapToTheirState() {
    assertEquals("DC", States.ofStandaloneCity("WASHINGTON").code());
    assertEquals("MO", States.ofStandaloneCity("ST. LOUIS").code());
    assertEquals("UT", States.ofStandaloneCity("Salt Lake City").code());
    assertEquals("LA", States.ofStandaloneCity("NEW ORLEANS").code());
    assertNull(States.ofStandaloneCity("SPRINGFIELD"));
  }

  @Test
  void stateNamesAreRecognisedOnlyWhole() {
    assertTrue(States.isStateName("Missouri"));
    assertFalse(States.isStateName("Mo."));
    assertFalse(States.isStateName("Stark"));
  }
}
