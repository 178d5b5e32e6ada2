package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import releases.UserException;
import releases.diff.WordDiff;
import releases.render.Json;
import releases.search.Backend;
import releases.search.ReleaseView;

/** {@code releases diff ID1 ID2}: what changed, word by word, from one version of a release to another. */
final class DiffCommand implements Callable<Integer> {

  private static final String RED = "\033[31m";
  private static final String GREEN = "\033[32m";
  private static final String RESET = "\033[0m";

  private final CommandSpec spec = Specs.command(this, "diff",
      "Show a word-level diff of two releases (two versions or copies of one): headline and body.",
      "Text marks deletions [-like this-] and insertions {+like this+}, in red and green on a terminal.");

  DiffCommand() {
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").paramLabel("ID1").type(String.class)
        .description("The release to compare from (e.g. an earlier version).").build());
    spec.addPositional(PositionalParamSpec.builder().index("1").arity("1").paramLabel("ID2").type(String.class)
        .description("The release to compare with.").build());
    spec.addOption(Specs.value("--format", "FORMAT", String.class, "text", "text or json (the list of changes).")
        .build());
    spec.addOption(Specs.value("--color", "WHEN", String.class, "auto",
        "Colour the changes: auto (on a terminal, unless NO_COLOR is set), always or never.").build());
    OpenBackend.declare(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    String first = ((String) spec.positionalParameters().get(0).getValue()).strip();
    String second = ((String) spec.positionalParameters().get(1).getValue()).strip();
    String format = Specs.get(spec, "--format");
    if (!format.equals("text") && !format.equals("json")) {
      throw UserException.usage("unknown format '" + format + "' for diff: use text or json");
    }
    boolean colour = Terminal.colour(Specs.get(spec, "--color"), format.equals("text"));
    ReleaseView a;
    ReleaseView b;
    try (Backend backend = OpenBackend.open(spec)) {
      a = backend.show(first);
      b = backend.show(second);
    }
    List<WordDiff.Part> parts = WordDiff.of(readable(a), readable(b));
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? Json.toJson(json(a, b, parts)) + "\n" : text(a, b, parts, colour));
    out.flush();
    return ExitCode.OK;
  }

  /** What is compared: the headline, then the body, as {@code show} prints them. */
  private static String readable(ReleaseView v) {
    String title = v.release().title();
    return (title == null ? "" : title + "\n\n") + v.body().strip() + "\n";
  }

  private static String text(ReleaseView a, ReleaseView b, List<WordDiff.Part> parts, boolean colour) {
    StringBuilder sb = new StringBuilder();
    int changes = WordDiff.changes(parts).size();
    sb.append("--- ").append(a.release().id()).append('\n').append("+++ ").append(b.release().id()).append('\n');
    sb.append(changes == 0 ? "no changes" : changes + (changes == 1 ? " change" : " changes")).append("\n\n");
    for (int i = 0; i < parts.size(); i++) {
      WordDiff.Part p = parts.get(i);
      switch (p.kind()) {
        case SAME -> sb.append(context(p.from(), i > 0, i < parts.size() - 1));
        case DELETE -> deleted(sb, p.from(), colour);
        case INSERT -> inserted(sb, p.to(), colour);
        case CHANGE -> {
          deleted(sb, p.from(), colour);
          inserted(sb, p.to(), colour);
        }
      }
    }
    return sb.toString();
  }

  /** Words kept: a long run is cut to {@link #CONTEXT} words next to each change, with a count of the rest. */
  static String context(String same, boolean after, boolean before) {
    List<String> tokens = WordDiff.tokens(same);
    int keep = CONTEXT * 2;
    if (tokens.size() <= 2 * keep + 2 * CONTEXT) {
      return same;
    }
    int head = after ? keep : 0;
    int tail = before ? keep : 0;
    long hidden = tokens.subList(head, tokens.size() - tail).stream().filter(t -> !t.isBlank()).count();
    return String.join("", tokens.subList(0, head)) + (after ? " " : "") + "[... " + hidden + " words unchanged ...]"
        + (before ? " " : "\n") + String.join("", tokens.subList(tokens.size() - tail, tokens.size()));
  }

  /** Words shown on each side of a change. */
  private static final int CONTEXT = 12;

  private static void deleted(StringBuilder sb, String words, boolean colour) {
    sb.append(colour ? RED : "").append("[-").append(words).append("-]").append(colour ? RESET : "");
  }

  private static void inserted(StringBuilder sb, String words, boolean colour) {
    sb.append(colour ? GREEN : "").append("{+").append(words).append("+}").append(colour ? RESET : "");
  }

  private static Map<String, Object> json(ReleaseView a, ReleaseView b, List<WordDiff.Part> parts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", a.release().id());
    m.put("to", b.release().id());
    m.put("changes", WordDiff.changes(parts).stream().map(p -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("type", p.kind().name().toLowerCase(java.util.Locale.ROOT));
      c.put("word", p.word());
      c.put("from", p.from());
      c.put("to", p.to());
      return (Object) c;
    }).toList());
    return m;
  }
}
