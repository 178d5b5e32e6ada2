package releases.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatesTest {

  @Test
  void everySpellingResolvesToTheFullName() {
    for (String s : List.of("Missouri", "MISSOURI", "missouri", "MO", "mo", "Mo.", "Mo")) {
      assertEquals(Optional.of("Missouri"), States.resolve(s), s);
    }
    assertEquals(Optional.of("West Virginia"), States.resolve("W.Va."));
    assertEquals(Optional.of("West Virginia"), States.resolve("WV"));
    assertEquals(Optional.of("New Hampshire"), States.resolve("N.H."));
    assertEquals(Optional.of("New York"), States.resolve("new york"));
    assertEquals(Optional.of("California"), States.resolve("Calif."));
    assertEquals(Optional.of("District of Columbia"), States.resolve("D.C."));
    assertEquals(Optional.of("Puerto Rico"), States.resolve("PR"));
    assertEquals(Optional.of("U.S. Virgin Islands"), States.resolve("Virgin Islands"));
    assertEquals(Optional.of("Indiana"), States.resolve("Ind."));
    assertEquals(Optional.empty(), States.resolve("Narnia"));
    assertEquals(Optional.empty(), States.resolve(null));
  }

  @Test
  void closestNamesForMisspellings() {
    assertEquals(List.of("Missouri"), States.closest("Missuri"));
    assertEquals("Ohio", States.closest("Ohoi").get(0));
    assertEquals(List.of(), States.closest("Xylophone"));
  }
}
