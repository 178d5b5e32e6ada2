package releases.cli;

import java.util.ArrayList;
import java.util.List;
import releases.UserException;
import releases.render.Csv;
import releases.render.Json;
import releases.render.Shapes;
import releases.search.QuoteHit;
import releases.search.QuoteResult;

/** Renders a {@link QuoteResult}: each quote with its speaker, role, organisation, date, dateline and release. */
final class QuotesOutput {

  private QuotesOutput() {}

  /** Checks a --format value before any work is done, so a typo costs no index opening. */
  static void checkFormat(String format) {
    if (!List.of("text", "json", "jsonl", "csv").contains(format)) {
      throw UserException.usage("unknown format '" + format + "': use text, json, jsonl or csv");
    }
  }

  static String render(QuoteResult r, String format, boolean colour, int offset) {
    return switch (format) {
      case "text" -> text(r, colour, offset);
      case "json" -> Json.toJson(Shapes.quotes(r)) + "\n";
      case "csv" -> Csv.quotes(r);
      default -> {
        checkFormat(format);
        throw new IllegalStateException(format);
      }
    };
  }

  private static String text(QuoteResult r, boolean colour, int offset) {
    StringBuilder sb = new StringBuilder();
    String by = r.officials().isEmpty() ? "" : " by " + String.join(" or ", r.officials());
    String what = r.query().isEmpty() ? "" : " matching " + r.query();
    String folded = CopiesOption.folded(r.total(), r.distinct(), "quotes");
    if (r.hits().isEmpty()) {
      sb.append(r.total() == 0 ? "no quotes" : r.total() + (r.total() == 1 ? " quote" : " quotes")).append(by).append(what)
          .append(folded).append(r.total() == 0 ? "" : "; none on this page");
    } else {
      sb.append(r.total()).append(r.total() == 1 ? " quote" : " quotes").append(by).append(what).append(folded)
          .append(" (showing ").append(offset + 1).append('-').append(offset + r.hits().size()).append(')');
    }
    sb.append('\n');
    for (QuoteHit h : r.hits()) {
      sb.append("\n\u201c").append(SearchOutput.mark(h.text(), colour)).append("\u201d\n");
      sb.append("   \u2014 ").append(String.join(", ", present(h.speaker(), h.role(), h.organization()))).append('\n');
      List<String> meta = new ArrayList<>();
      meta.add(h.date() != null ? h.date().toString() : "undated");
      String place = String.join(", ", present(h.city(), h.state()));
      if (!place.isEmpty()) {
        meta.add(place);
      }
      meta.add(h.title() != null ? h.title() : h.releaseId());
      meta.add(h.path());
      sb.append("   ").append(String.join(" | ", meta)).append('\n');
      String from = SearchOutput.provenance(h.provenance());
      if (from != null) {
        sb.append("   ").append(from).append('\n');
      }
      if (h.releases() > 1) {
        sb.append("   said in ").append(h.releases()).append(" releases")
            .append(h.first() != null ? ", first on " + h.first() : "").append('\n');
      }
      String copies = CopiesOption.line(h.copies());
      if (copies != null) {
        sb.append("   ").append(copies).append('\n');
      }
    }
    return sb.toString();
  }

  static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  static List<String> present(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        out.add(v);
      }
    }
    return out;
  }
}
