package releases.extract;

import java.util.Objects;

/**
 * A county (or parish) named in a release, with the state it belongs to.
 *
 * @param county the county's name without the word "County" ("Stark", "St. Louis City")
 * @param state  the full name of its state, or null when neither the text nor the release gives one
 */
public record County(String county, String state) {

  public County {
    Objects.requireNonNull(county, "county");
    if (county.isBlank()) {
      throw new IllegalArgumentException("blank county name");
    }
  }
}
