package releases.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.UserException;
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
      case "json" -> Json.toJson(json(r)) + "\n";
      case "csv" -> csv(r);
      default -> {
        checkFormat(format);
        throw new IllegalStateException(format);
      }
    };
  }

  static Map<String, Object> json(QuoteResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.total());
    m.put("truncated", r.hits().size() < r.total());
    if (!r.officials().isEmpty()) {
      m.put("officials", r.officials());
    }
    List<Object> quotes = new ArrayList<>();
    for (QuoteHit h : r.hits()) {
      quotes.add(quote(h));
    }
    m.put("quotes", quotes);
    return m;
  }

  /** One quote as a JSON object: the elements of {@code quotes} in JSON, and each line of JSON lines. */
  static Map<String, Object> quote(QuoteHit h) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("speaker", h.speaker());
    o.put("role", h.role());
    o.put("organization", h.organization());
    o.put("text", h.text().text());
    o.put("release_id", h.releaseId());
    o.put("date", h.date());
    o.put("state", h.state());
    o.put("title", h.title());
    o.put("city", h.city());
    o.put("path", h.path());
    o.put("format", h.provenance().format());
    o.put("source_url", h.provenance().sourceUrl());
    o.put("captured", h.provenance().captured());
    return o;
  }

  private static String text(QuoteResult r, boolean colour, int offset) {
    StringBuilder sb = new StringBuilder();
    String by = r.officials().isEmpty() ? "" : " by " + String.join(" or ", r.officials());
    String what = r.query().isEmpty() ? "" : " matching " + r.query();
    if (r.hits().isEmpty()) {
      sb.append(r.total() == 0 ? "no quotes" : r.total() + (r.total() == 1 ? " quote" : " quotes")).append(by).append(what)
          .append(r.total() == 0 ? "" : "; none on this page");
    } else {
      sb.append(r.total()).append(r.total() == 1 ? " quote" : " quotes").append(by).append(what)
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
    }
    return sb.toString();
  }

  private static String csv(QuoteResult r) {
    StringBuilder sb = new StringBuilder("speaker,role,organization,date,city,state,release_id,title,text\r\n");
    for (QuoteHit h : r.hits()) {
      List<String> cells = List.of(h.speaker(), str(h.role()), str(h.organization()), str(h.date()), str(h.city()),
          str(h.state()), h.releaseId(), str(h.title()), h.text().text());
      sb.append(String.join(",", cells.stream().map(SearchOutput::cell).toList())).append("\r\n");
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
