package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import releases.UserException;
import releases.render.Json;
import releases.render.Shapes;
import releases.search.Backend;
import releases.search.Hit;
import releases.search.QuoteHit;
import releases.search.ReleaseView;

/** {@code releases show ID}: one release as people read it, or as JSON. */
final class ShowCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "show",
      "Print one release: title, date, dateline, counties, quotes with their speakers, and the clean body.");

  ShowCommand() {
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").paramLabel("ID").type(String.class)
        .description("The release id, as search shows it (e.g. 0000/000022 or listing#2).").build());
    spec.addOption(Specs.value("--format", "FORMAT", String.class, "text", "text or json.").build());
    spec.addOption(Specs.flag("--new", "Mark the paragraphs that no earlier-dated release of the index has."));
    OpenBackend.declare(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    String id = spec.positionalParameters().get(0).getValue();
    String format = Specs.get(spec, "--format");
    if (!format.equals("text") && !format.equals("json")) {
      throw UserException.usage("unknown format '" + format + "' for show: use text or json");
    }
    ReleaseView view;
    try (Backend backend = OpenBackend.open(spec)) {
      view = backend.show(id.strip(), Specs.flag(spec, "--new"));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? Json.toJson(Shapes.release(view)) + "\n" : text(view));
    out.flush();
    return ExitCode.OK;
  }

  static String text(ReleaseView v) {
    Hit h = v.release();
    StringBuilder sb = new StringBuilder();
    sb.append(h.title() != null ? h.title() : h.id()).append('\n');
    List<String> meta = new ArrayList<>();
    meta.add(h.date() != null ? h.date().toString() : "undated");
    String place = String.join(", ", QuotesOutput.present(h.city(), h.state()));
    if (!place.isEmpty()) {
      meta.add(place);
    }
    meta.add(h.path());
    sb.append(String.join(" | ", meta)).append('\n');
    String from = SearchOutput.provenance(h.provenance());
    if (from != null) {
      sb.append(from).append('\n');
    }
    if (!h.counties().isEmpty()) {
      sb.append(h.counties().size() == 1 ? "county: " : "counties: ").append(String.join("; ", h.counties())).append('\n');
    }
    if (!v.quotes().isEmpty()) {
      sb.append('\n').append(v.quotes().size()).append(v.quotes().size() == 1 ? " quote" : " quotes").append(":\n");
      for (QuoteHit q : v.quotes()) {
        sb.append("\u201c").append(q.text().text()).append("\u201d\n   \u2014 ")
            .append(String.join(", ", QuotesOutput.present(q.speaker(), q.role(), q.organization()))).append('\n');
      }
    }
    sb.append('\n').append(body(v)).append('\n');
    return sb.toString();
  }

  /**
   * The body paragraph by paragraph, each marked at its start: {@code [boilerplate]} for a paragraph in enough
   * releases of the corpus, {@code [new]} (with --new) for one no earlier release has; a line above says how many.
   */
  static String body(ReleaseView v) {
    long common = v.paragraphs().stream().filter(p -> Boolean.TRUE.equals(p.boilerplate())).count();
    long fresh = v.paragraphs().stream().filter(p -> Boolean.TRUE.equals(p.fresh())).count();
    boolean askedNew = v.paragraphs().stream().anyMatch(p -> p.fresh() != null);
    List<String> counts = new ArrayList<>();
    if (common > 0) {
      counts.add(common + " of " + v.paragraphs().size() + " paragraphs are boilerplate [boilerplate]");
    }
    if (askedNew) {
      counts.add(fresh + " of " + v.paragraphs().size() + " are new [new]");
    }
    StringBuilder sb = new StringBuilder();
    if (!counts.isEmpty()) {
      sb.append("(").append(String.join("; ", counts)).append(")\n\n");
    }
    List<String> paragraphs = new ArrayList<>();
    for (ReleaseView.Paragraph p : v.paragraphs()) {
      String mark = (Boolean.TRUE.equals(p.fresh()) ? "[new] " : "")
          + (Boolean.TRUE.equals(p.boilerplate()) ? "[boilerplate] " : "");
      paragraphs.add(mark + p.text());
    }
    return sb.append(String.join("\n\n", paragraphs)).toString();
  }
}
