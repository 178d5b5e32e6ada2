package releases.cli;

import picocli.CommandLine.Option;
import releases.UserException;
import releases.search.SortOrder;

/** The paging, order, format and colour options shared by the commands that list hits ({@code search}, {@code quotes}). */
final class OutputOptions {

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Results to skip first, for paging.")
  int offset;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance, date (oldest first) or -date; with no query words results come by date.")
  String sort;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or csv.")
  String format;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Bold matches: auto (on a terminal, unless NO_COLOR is set), always or never.")
  String color;

  SortOrder order() {
    try {
      return SortOrder.parse(sort);
    } catch (IllegalArgumentException e) {
      throw UserException.usage(e.getMessage());
    }
  }

  /** Whether to mark matches in bold; only text output asks the terminal, which costs a lookup at start-up. */
  boolean colour() {
    return Terminal.colour(color, format.equals("text"));
  }
}
