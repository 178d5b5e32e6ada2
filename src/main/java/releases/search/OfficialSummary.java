package releases.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One official in the directory: canonical name, the roles held over time, and how much and when they were quoted.
 *
 * @param first    date of the earliest dated quote, or null when no quote is dated
 * @param distinct how many different quotes: a quote said word for word in several releases counts once
 */
public record OfficialSummary(
    String name, List<RoleSpan> roles, int quotes, int releases, LocalDate first, LocalDate last, int distinct) {

  /** A role (with its organisation) and the dates of the first and last quote given in it. */
  public record RoleSpan(String role, String organization, int quotes, LocalDate first, LocalDate last) {}

  public OfficialSummary {
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    if (quotes < 1 || releases < 1 || releases > quotes) {
      throw new IllegalArgumentException("an official has quotes in releases: " + quotes + "/" + releases);
    }
    if (distinct < 1 || distinct > quotes) {
      throw new IllegalArgumentException("distinct quotes " + distinct + " of " + quotes);
    }
  }
}
