package releases.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import releases.search.Officials.Official;
import releases.search.Officials.Resolution;

class OfficialsTest {

  /** Written forms as an extractor would find them across a corpus, with their quote counts. */
  private static final Map<String, Integer> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put("Marc Rapp", 4);
    FORMS.put("Daniel D. Roberts", 4);
    FORMS.put("Daniel Roberts", 1);
    FORMS.put("William J. Hochul, Jr.", 2);
    FORMS.put("William J. Hochul Jr.", 1);
    FORMS.put("Lorena Vasquez", 3);
    FORMS.put("Tomas Vasquez", 2);
    FORMS.put("Anne-Marie O'Hara", 1);
  }

  private final List<Official> officials = Officials.group(FORMS);

  private List<String> names(Resolution r) {
    return r.matches().stream().map(Official::name).toList();
  }

  @Test
  void formsOfOneNameBecomeOneOfficialUnderTheFullestForm() {
    Official roberts = officials.stream().filter(o -> o.name().contains("Roberts")).findFirst().orElseThrow();
    assertEquals("Daniel D. Roberts", roberts.name());
    assertEquals(List.of("Daniel D. Roberts", "Daniel Roberts"), roberts.forms());
    assertEquals(5, roberts.quotes());
    assertEquals(6, officials.size(), officials.toString());
  }

  @Test
  void commaBeforeJuniorDoesNotMakeAnotherPerson() {
    Resolution r = Officials.resolve("Hochul Jr.", officials);
    assertEquals(1, r.matches().size());
    assertEquals(3, r.matches().getFirst().quotes());
    assertEquals(1, names(Officials.resolve("hochul, jr", officials)).size());
  }

  @Test
  void surnameCaseAndFullNameAllFindTheSamePerson() {
    for (String typed : List.of("Rapp", "marc rapp", "Marc Rapp", "RAPP")) {
      assertEquals(List.of("Marc Rapp"), names(Officials.resolve(typed, officials)), typed);
    }
    assertEquals(List.of("Daniel D. Roberts"), names(Officials.resolve("Daniel Roberts", officials)));
    assertEquals(List.of("Daniel D. Roberts"), names(Officials.resolve("D. Roberts", officials)));
  }

  @Test
  void oneTypoStillFindsThePersonAndSaysSo() {
    Resolution r = Officials.resolve("Marc Rap", officials);
    assertEquals(List.of("Marc Rapp"), names(r));
    assertTrue(r.typo());
    assertEquals(List.of("Daniel D. Roberts"), names(Officials.resolve("Robrets", officials)));
    assertTrue(Officials.resolve("Rbrts", officials).matches().isEmpty(), "two edits are too many");
  }

  @Test
  void sharedSurnameListsEveryCandidateUntilTheGivenNameNarrowsIt() {
    Resolution r = Officials.resolve("Vasquez", officials);
    assertEquals(List.of("Lorena Vasquez", "Tomas Vasquez"), names(r));
    assertFalse(r.typo());
    assertEquals(List.of("Tomas Vasquez"), names(Officials.resolve("Tomas Vasquez", officials)));
  }

  @Test
  void differentMiddleInitialsAreDifferentPeople() {
    List<Official> two = Officials.group(Map.of("John A. Smith", 1, "John B. Smith", 1));
    assertEquals(2, two.size());
    assertEquals(2, Officials.resolve("John Smith", two).matches().size());
  }

  @Test
  void hyphenatedAndApostrophedNamesSurviveFolding() {
    assertEquals(List.of("Anne-Marie O'Hara"), names(Officials.resolve("o'hara", officials)));
    assertEquals("o'hara", PersonName.parse("Anne-Marie O'Hara").surname());
  }

  @Test
  void directoryOrderWithACommaPutsTheSurnameFirst() {
    assertEquals(List.of("Marc Rapp"), names(Officials.resolve("Rapp, Marc", officials)));
    assertEquals("hochul", PersonName.parse("William J. Hochul, Jr.").surname());
  }
}
