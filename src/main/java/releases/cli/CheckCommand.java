package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import releases.index.IndexCheck;

/** {@code releases check}: verifies every checksum of the index, one line per problem and the command that fixes it. */
final class CheckCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "check",
      "Verify every checksum of the index (Lucene's CheckIndex).",
      "Reads every byte of the index once; prints one line per problem and the",
      "command that repairs the index, and exits 1 when it is damaged.");

  CheckCommand() {
    IndexOption.declare(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    QuietLogs.apply();
    IndexCheck.Result r = IndexCheck.run(IndexOption.of(spec).index());
    String time = String.format(Locale.ROOT, "%.1f s", r.millis() / 1000.0);
    if (r.clean()) {
      spec.commandLine().getOut().println("index clean: " + r.segments() + " segments, " + r.documents()
          + " documents, every checksum verified in " + time);
      return ExitCode.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    r.problems().forEach(p -> err.println("releases: damaged: " + OneLine.escape(p)));
    err.println("releases: to fix it, run `" + r.fix() + "`");
    return ExitCode.FAILURE;
  }
}
