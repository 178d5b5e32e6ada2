package releases.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the launcher records the JDK 25 AOT cache from: the read verbs a user runs most, against an index of the
 * seeds built beforehand, in one JVM, so each verb's classes are in the cache and indexing's are not.
 */
public final class Training {

  /** The command lines, without the {@code --corpus} and {@code --index} options every one of them gets. */
  static final List<List<String>> COMMANDS = List.of(
      List.of("search", "\"information sharing\"", "--facet", "state,year,official", "--format", "json"),
      List.of("search", "fingerprints", "--state", "MO", "--from", "2010", "--sort", "-date"),
      List.of("search", "immigration", "--format", "csv"),
      List.of("facets", "state", "secure communities"),
      List.of("facets", "year", "--format", "json"),
      List.of("quotes", "--by", "Rapp"),
      List.of("quotes", "communities", "--format", "json"),
      List.of("officials"),
      List.of("officials", "--format", "json"));

  private Training() {}

  /** Arguments: the corpus and the index; exits non-zero when a command failed, which would leave a gap in the cache. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: Training CORPUS INDEX");
      System.exit(ExitCode.USAGE);
    }
    Main.quietLucene();
    PrintWriter out = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int failed = 0;
    for (List<String> command : COMMANDS) {
      if (Main.run(out, err, withSources(command, args[0], args[1])) != ExitCode.OK) {
        err.println("releases: training command failed: " + String.join(" ", command));
        failed++;
      }
    }
    try {
      failed += releases.serve.Rehearsal.run(java.nio.file.Path.of(args[1]));
    } catch (Exception e) {
      err.println("releases: training serve failed: " + e);
      failed++;
    }
    System.exit(failed == 0 ? ExitCode.OK : ExitCode.FAILURE);
  }

  static String[] withSources(List<String> command, String corpus, String index) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--corpus", corpus, "--index", index));
    return args.toArray(String[]::new);
  }
}
