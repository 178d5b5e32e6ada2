package releases.cli;

import java.util.List;
import releases.render.Csv;
import releases.render.Json;
import releases.render.Shapes;
import releases.search.OfficialSummary;
import releases.search.OfficialSummary.RoleSpan;

/** Renders the officials directory: names, roles over time, quote and release counts, first and last dates. */
final class OfficialsOutput {

  private OfficialsOutput() {}

  /** The first officials of a directory of {@code total}. */
  static String render(List<OfficialSummary> officials, int total, String format) {
    return switch (format) {
      case "text" -> text(officials, total);
      case "json" -> Json.toJson(Shapes.officials(officials, total)) + "\n";
      case "jsonl" -> {
        StringBuilder sb = new StringBuilder();
        officials.forEach(o -> sb.append(Json.toJson(Shapes.official(o))).append('\n'));
        yield sb.toString();
      }
      case "csv" -> Csv.officials(officials);
      default -> {
        QuotesOutput.checkFormat(format);
        throw new IllegalStateException(format);
      }
    };
  }

  private static String text(List<OfficialSummary> officials, int total) {
    StringBuilder sb = new StringBuilder();
    sb.append(total == 0 ? "no quoted officials" : total + (total == 1 ? " official" : " officials"))
        .append(officials.size() < total ? " (showing 1-" + officials.size() + ")" : "").append('\n');
    for (OfficialSummary o : officials) {
      sb.append('\n').append(o.name()).append("  ").append(o.quotes()).append(o.quotes() == 1 ? " quote" : " quotes")
          .append(o.distinct() < o.quotes() ? " (" + o.distinct() + " distinct)" : "")
          .append(" in ").append(o.releases()).append(o.releases() == 1 ? " release" : " releases")
          .append(", ").append(span(o.first(), o.last())).append('\n');
      for (RoleSpan r : o.roles()) {
        String role = String.join(", ", QuotesOutput.present(r.role(), r.organization()));
        sb.append("   ").append(role).append("  ").append(span(r.first(), r.last()))
            .append(" (").append(r.quotes()).append(")\n");
      }
    }
    return sb.toString();
  }

  private static String span(Object first, Object last) {
    if (first == null) {
      return "undated";
    }
    return first.equals(last) ? first.toString() : first + " to " + last;
  }
}
