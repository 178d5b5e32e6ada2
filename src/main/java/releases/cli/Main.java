package releases.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The {@code releases} command line: the verbs, the exit codes, and the one place that calls {@code System.exit}. */
public final class Main {

  /**
   * Lucene logs through java.util.logging that the incubating vector module is not enabled; that is advice for
   * vector search, which this tool does not use, so it must not reach the user's terminal. Held here because
   * loggers are only weakly referenced.
   */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  /** The verbs in the order {@code --help} lists them; only the verb being run is built. */
  private static final Map<String, Supplier<CommandSpec>> VERBS = new LinkedHashMap<>();

  static {
    VERBS.put("search", () -> new SearchCommand().spec());
    VERBS.put("facets", () -> new FacetsCommand().spec());
    VERBS.put("quotes", () -> new QuotesCommand().spec());
    VERBS.put("officials", () -> new OfficialsCommand().spec());
    VERBS.put("index", () -> new IndexCommand().spec());
    VERBS.put("check", () -> new CheckCommand().spec());
    VERBS.put("export", () -> new ExportCommand().spec());
    VERBS.put("generate", () -> new GenerateCommand().spec());
    VERBS.put("show", () -> new ShowCommand().spec());
    VERBS.put("diff", () -> new DiffCommand().spec());
    VERBS.put("serve", () -> new ServeCommand().spec());
    VERBS.put("completion", () -> new CompletionCommand().spec());
    VERBS.put("manpage", () -> new ManPageCommand().spec());
  }

  /** The whole command tree, every verb built: for the completion scripts and the man page, which describe it all. */
  static CommandLine tree() {
    CommandLine cli = new CommandLine(spec());
    VERBS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    return cli;
  }

  private Main() {}

  public static void main(String[] args) {
    quietLucene();
    // 64 KiB a write: an export of 100,000 releases is 600 MB, which System.out alone writes 8 KiB a call.
    PrintWriter out = new PrintWriter(new java.io.BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    System.exit(code);
  }

  static void quietLucene() {
    LUCENE_LOG.setLevel(Level.SEVERE);
  }

  /** Runs one command line with the given streams and returns its exit code; used by {@code main} and by tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    boolean stacktrace = false;
    for (String a : args) {
      stacktrace |= a.equals("--stacktrace");
    }
    CommandLine cli = new CommandLine(spec());
    String verb = verb(args);
    if (VERBS.containsKey(verb)) {
      cli.addSubcommand(verb, VERBS.get(verb).get());
    } else if (!versionAsked(args)) {
      // Help and unknown verbs list every verb; picocli's help command is annotated, so it is built only here.
      VERBS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
      cli.addSubcommand("help", new CommandLine.HelpCommand());
    }
    // Paths are converted directly: picocli's built-in converter calls Paths.get reflectively, and the method
    // accessor the JDK spins for that costs milliseconds at start-up.
    cli.registerConverter(Path.class, s -> Path.of(s));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorHandler(stacktrace));
    cli.setParameterExceptionHandler(ErrorHandler::usage);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli passes on Errors; this one has a remedy the user can apply. An index run's last commit is intact.
      if (stacktrace) {
        e.printStackTrace(err);
      }
      err.println("releases: out of memory with a heap of at most " + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB; run again with more, for example RELEASES_JAVA_OPTS=-Xmx2g (an index keeps its last complete run)");
      return ExitCode.FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The top-level command, declared in code like the verbs (see {@link Specs} for why). */
  private static CommandSpec spec() {
    CommandSpec spec = Specs.command(null, "releases", "Full-text search for agency news releases.");
    spec.versionProvider(new Version());
    spec.addOption(OptionSpec.builder("--stacktrace").type(boolean.class).arity("0").scopeType(ScopeType.INHERIT)
        .description("Print the full stack trace of an error.").build());
    spec.usageMessage().footerHeading("%nExamples:%n").footer(
        "  releases search \"information sharing\" --state MO --from 2010 --facet state",
        "  releases search '\"biometric sharing\"~1' --format json",
        "  releases quotes --by Rapp",
        "  releases index --corpus ~/saved-releases",
        "  releases export --corpus seeds > releases.jsonl",
        "",
        "Exit codes:",
        "  0  success",
        "  1  failure (I/O error, index locked or damaged)",
        "  2  bad usage or bad query",
        "",
        "Add --stacktrace to any command to see the full trace of an error.");
    return spec;
  }

  /** Whether the line only asks for the version ({@code -V}, {@code --version}): then no verb needs building. */
  private static boolean versionAsked(String[] args) {
    boolean version = false;
    for (String a : args) {
      switch (a) {
        case "-V", "--version" -> version = true;
        case "--stacktrace" -> { }
        default -> {
          return false;
        }
      }
    }
    return version;
  }

  /** The first argument that is not an option: the top-level options take no values, so this is the verb. */
  private static String verb(String[] args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        return a;
      }
    }
    return null;
  }

  /** Reads the version from the jar manifest, so it is written in one place (pom.xml). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"releases " + (v == null ? "(development build)" : v)};
    }
  }
}
