package releases.cli;

import picocli.CommandLine.Model.CommandSpec;
import releases.UserException;
import releases.search.SortOrder;

/** The paging, order, format and colour options shared by the commands that list hits ({@code search}, {@code quotes}). */
final class OutputOptions {

  final int offset;
  final String sort;
  final String format;
  final String color;

  private OutputOptions(CommandSpec spec) {
    offset = Specs.get(spec, "--offset");
    sort = Specs.get(spec, "--sort");
    format = Specs.get(spec, "--format");
    color = Specs.get(spec, "--color");
  }

  static void declare(CommandSpec spec) {
    declare(spec, "text, json or csv.");
  }

  /** The same, with the list of formats the command takes. */
  static void declare(CommandSpec spec, String formats) {
    spec.addOption(Specs.value("--offset", "N", int.class, "0", "Results to skip first, for paging.").build());
    spec.addOption(Specs.value("--sort", "ORDER", String.class, "relevance",
        "relevance, date (oldest first) or -date; with no query words results come by date.").build());
    spec.addOption(Specs.value("--format", "FORMAT", String.class, "text", formats).build());
    spec.addOption(Specs.value("--color", "WHEN", String.class, "auto",
        "Bold matches: auto (on a terminal, unless NO_COLOR is set), always or never.").build());
  }

  static OutputOptions of(CommandSpec spec) {
    return new OutputOptions(spec);
  }

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
