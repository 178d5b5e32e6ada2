package releases.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.search.OfficialSummary;
import releases.search.OfficialSummary.RoleSpan;

/** Renders the officials directory: names, roles over time, quote and release counts, first and last dates. */
final class OfficialsOutput {

  private OfficialsOutput() {}

  /** The first officials of a directory of {@code total}. */
  static String render(List<OfficialSummary> officials, int total, String format) {
    return switch (format) {
      case "text" -> text(officials, total);
      case "json" -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("truncated", officials.size() < total);
        m.put("officials", officials.stream().map(OfficialsOutput::json).toList());
        yield Json.toJson(m) + "\n";
      }
      case "jsonl" -> {
        StringBuilder sb = new StringBuilder();
        officials.forEach(o -> sb.append(Json.toJson(json(o))).append('\n'));
        yield sb.toString();
      }
      case "csv" -> csv(officials);
      default -> {
        QuotesOutput.checkFormat(format);
        throw new IllegalStateException(format);
      }
    };
  }

  static Map<String, Object> json(OfficialSummary o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", o.name());
    List<Object> roles = new ArrayList<>();
    for (RoleSpan r : o.roles()) {
      Map<String, Object> role = new LinkedHashMap<>();
      role.put("role", r.role());
      role.put("organization", r.organization());
      role.put("first", r.first());
      role.put("last", r.last());
      role.put("quotes", r.quotes());
      roles.add(role);
    }
    m.put("roles", roles);
    m.put("quotes", o.quotes());
    m.put("releases", o.releases());
    m.put("first", o.first());
    m.put("last", o.last());
    return m;
  }

  private static String text(List<OfficialSummary> officials, int total) {
    StringBuilder sb = new StringBuilder();
    sb.append(total == 0 ? "no quoted officials" : total + (total == 1 ? " official" : " officials"))
        .append(officials.size() < total ? " (showing 1-" + officials.size() + ")" : "").append('\n');
    for (OfficialSummary o : officials) {
      sb.append('\n').append(o.name()).append("  ").append(o.quotes()).append(o.quotes() == 1 ? " quote" : " quotes")
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

  private static String csv(List<OfficialSummary> officials) {
    StringBuilder sb = new StringBuilder("name,role,organization,quotes,releases,first,last\r\n");
    for (OfficialSummary o : officials) {
      sb.append(row(o.name(), "", "", o.quotes(), o.releases(), o.first(), o.last()));
      for (RoleSpan r : o.roles()) {
        sb.append(row(o.name(), r.role(), r.organization(), r.quotes(), "", r.first(), r.last()));
      }
    }
    return sb.toString();
  }

  private static String row(Object... cells) {
    List<String> out = new ArrayList<>();
    for (Object c : cells) {
      out.add(SearchOutput.cell(QuotesOutput.str(c)));
    }
    return String.join(",", out) + "\r\n";
  }
}
