package releases.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import releases.UserException;

/**
 * {@code --limit N} and {@code --all}, which mean the same in every command that lists: {@code --limit 0} and
 * {@code --all} list everything; and the note on stderr that says when a text listing stopped short.
 */
final class Limits {

  /** What a request is given for "no limit": far more than any index holds, and safe to add an offset to. */
  static final int ALL = Integer.MAX_VALUE / 2;

  private Limits() {}

  /** Declares {@code --limit} ({@code what} says what it counts) with its default ({@code null}: everything) and {@code --all}. */
  static void declare(CommandSpec spec, String what, String defaultValue) {
    String dflt = defaultValue == null ? "all" : "${DEFAULT-VALUE}";
    spec.addOption(Specs.value("--limit", "N", Integer.class, defaultValue,
        what + "; 0 for all (default: " + dflt + ").").build());
    spec.addOption(Specs.flag("--all", "List all of them: the same as --limit 0."));
  }

  /** The limit asked for, {@link #ALL} for everything. */
  static int of(CommandSpec spec) {
    Integer limit = Specs.get(spec, "--limit");
    if (Specs.flag(spec, "--all") || limit == null || limit == 0) {
      return ALL;
    }
    if (limit < 0) {
      throw UserException.usage("--limit must be 0 (all) or more, not " + limit);
    }
    return limit;
  }

  /**
   * On stderr, so that a pipe reading stdout never sees it: "showing 1-20 of 3,198 (--limit, --offset, --all)",
   * when the {@code shown} items from {@code offset} on are fewer than the {@code total}.
   */
  static void note(PrintWriter err, long offset, long shown, long total, String options) {
    if (shown < total) {
      String range = shown == 0 ? "none" : String.format(Locale.ROOT, "%,d-%,d", offset + 1, offset + shown);
      err.println(String.format(Locale.ROOT, "showing %s of %,d (%s)", range, total, options));
    }
  }
}
