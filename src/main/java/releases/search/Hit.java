package releases.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One release found by a search, with what a result list shows of it; absent metadata is null. */
public record Hit(
    String id, String path, String title, LocalDate date, String city, String state, float score,
    List<Snippet> snippets) {

  public Hit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    snippets = List.copyOf(snippets);
  }
}
