package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountiesTest {

  private static final States.State MISSOURI = States.lookup("Missouri");

  private static List<County> find(String paragraph) {
    return Counties.find(List.of(paragraph), MISSOURI);
  }

  private static County c(String name, String state) {
    return new County(name, state);
  }

  @Test
  void listAfterColonBelongsToTheReleaseState() {
    assertEquals(
        List.of(c("Barton", "Missouri"), c("Cedar", "Missouri"), c("Saint Clair", "Missouri"), c("Vernon", "Missouri")),
        find("in the following four Missouri counties: Barton, Cedar, Saint Clair and Vernon. More later."));
  }

  @Test
  void listBeforeCountiesSkipsAStateName() {
    assertEquals(List.of(c("Stark", "Missouri"), c("Tuscarawas", "Missouri")),
        find("in Stark and Tuscarawas counties, and in six Missouri counties, and in 79 counties"));
  }

  @Test
  void aCountyWhoseNameHoldsAnAndIsOneCounty() {
    assertEquals(List.of(c("Lewis and Clark", "Montana"), c("King and Queen", "Virginia"), c("Cass", "Missouri")),
        find("deputies of Lewis and Clark County, Mont., of King and Queen County, Va., and of Cass County."));
  }

  @Test
  void alaskaHasBoroughs() {
    assertEquals(List.of(new County("Matanuska-Susitna", "Alaska"), new County("Kenai Peninsula", "Alaska")),
        Counties.find(List.of("The Matanuska-Susitna Borough and the Kenai Peninsula Borough assisted."),
            States.byCode("AK")));
    assertEquals(List.of(), find("officers from the Borough of Princeton and Hanover Borough assisted."));
  }

  @Test
  void cityAndCountyGivesBoth() {
    assertEquals(List.of(c("St. Louis City", "Missouri"), c("St. Louis", "Missouri")),
        find("began in St. Louis City and County on Tuesday"));
  }

  @Test
  void statesInParenthesesOrAfterACommaWin() {
    assertEquals(List.of(c("Loudoun", "Virginia"), c("El Paso", "Colorado"), c("Harris", "Texas"), c("Clay", "Missouri")),
        find("the Loudoun (Va.) Sheriff's Office, El Paso County (Colo.), Harris County, Texas, and Clay County."));
  }

  @Test
  void countyOfNameIsRead() {
    assertEquals(List.of(c("Denver", "Missouri"), c("San Diego", "Missouri")),
        find("the City and County of Denver and the County of San Diego, not the county of residence."));
  }

  @Test
  void texasCountyIsACountyInMissouri() {
    assertEquals(List.of(c("Texas", "Missouri")), find("The Texas County Sheriff's Office joined."));
  }

  @Test
  void parishesAreLouisiana() {
    assertEquals(List.of(c("Orleans", "Louisiana"), c("Jefferson", "Louisiana"), c("St. Tammany", "Louisiana")),
        find("Orleans Parish and the Jefferson and St. Tammany parishes began."));
  }

  @Test
  void repeatsAndLeadingWordsAreDropped() {
    assertEquals(List.of(c("Imperial", "Missouri")),
        find("In Imperial County the Imperial County Jail and the Imperial County Sheriff's Office agreed."));
  }

  @Test
  void citiesAndIncludingListsAreNotCounties() {
    assertEquals(List.of(),
        find("The program runs in approximately 79 counties, including Los Angeles and San Diego, and Jefferson City."));
  }
}
