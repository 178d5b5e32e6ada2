package releases.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs the launcher records its JDK 25 AOT caches from, against an index of the seeds built beforehand. {@code cli}
 * runs the read verbs a user runs most, in one JVM, so each verb's classes are in the cache and indexing's are not;
 * {@code serve} runs one short serving session. They are two caches because a JVM started on a cache loads every
 * class in it: the server's classes (Jetty, the HTTP client, TLS) in the read verbs' cache cost every search ~35 ms.
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

  /**
   * Arguments: the corpus, the index and {@code cli} or {@code serve}; exits non-zero when a command failed, which
   * would leave a gap in the cache.
   */
  public static void main(String[] args) {
    if (args.length != 3 || !List.of("cli", "serve").contains(args[2])) {
      System.err.println("usage: Training CORPUS INDEX cli|serve");
      System.exit(ExitCode.USAGE);
    }
    Main.quietLucene();
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int failed = args[2].equals("cli") ? commands(args[0], args[1], err) : serve(args[1], err);
    System.exit(failed == 0 ? ExitCode.OK : ExitCode.FAILURE);
  }

  private static int commands(String corpus, String index, PrintWriter err) {
    PrintWriter out = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    int failed = 0;
    for (List<String> command : COMMANDS) {
      if (Main.run(out, err, withSources(command, corpus, index)) != ExitCode.OK) {
        err.println("releases: training command failed: " + String.join(" ", command));
        failed++;
      }
    }
    return failed;
  }

  private static int serve(String index, PrintWriter err) {
    try {
      return releases.serve.Rehearsal.run(java.nio.file.Path.of(index));
    } catch (Exception e) {
      err.println("releases: training serve failed: " + e);
      return 1;
    }
  }

  static String[] withSources(List<String> command, String corpus, String index) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--corpus", corpus, "--index", index));
    return args.toArray(String[]::new);
  }
}
