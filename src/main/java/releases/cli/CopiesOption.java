package releases.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --all-copies}, and how a listing says what folding copies did. */
final class CopiesOption {

  private CopiesOption() {}

  static void declare(CommandSpec spec) {
    spec.addOption(Specs.flag("--all-copies",
        "List every copy of a release (another saved form, a reissue, a wire copy) as a hit of its own; by default"
            + " a cluster of copies is one hit, its earliest release, with the others named."));
  }

  static boolean of(CommandSpec spec) {
    return Specs.flag(spec, "--all-copies");
  }

  /** "+2 copies: ID, ID", or null for a hit without copies. */
  static String line(List<String> copies) {
    if (copies.isEmpty()) {
      return null;
    }
    return "+" + copies.size() + (copies.size() == 1 ? " copy: " : " copies: ") + String.join(", ", copies);
  }

  /** ", 10 hits once copies are folded (--all-copies lists each)" when folding merged some of the {@code total}. */
  static String folded(long total, long listed, String unit) {
    if (listed < 0 || listed == total) {
      return "";
    }
    return String.format(Locale.ROOT, ", %d %s once copies are folded (--all-copies lists each)", listed,
        listed == 1 ? unit.substring(0, unit.length() - 1) : unit);
  }
}
