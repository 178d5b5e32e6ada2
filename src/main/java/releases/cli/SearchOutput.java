package releases.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import releases.UserException;
import releases.render.Csv;
import releases.render.Json;
import releases.render.Shapes;
import releases.search.Facet;
import releases.search.FacetCount;
import releases.ingest.Provenance;
import releases.search.Hit;
import releases.search.SearchResult;
import releases.search.Snippet;

/** Renders a {@link SearchResult} as text for people, or as JSON or CSV for programs. */
final class SearchOutput {

  private enum Format { TEXT, JSON, CSV }

  private static final String BOLD = "\033[1m";
  private static final String RESET = "\033[0m";

  private final Format format;
  private final boolean colour;

  private SearchOutput(Format format, boolean colour) {
    this.format = format;
    this.colour = colour;
  }

  static SearchOutput of(String format, boolean colour) {
    Format f = switch (format) {
      case "text" -> Format.TEXT;
      case "json" -> Format.JSON;
      case "csv" -> Format.CSV;
      default -> throw UserException.usage("unknown format '" + format + "': use text, json or csv");
    };
    return new SearchOutput(f, colour);
  }

  String render(SearchResult r, int offset) {
    return switch (format) {
      case TEXT -> text(r, offset);
      case JSON -> Json.toJson(Shapes.search(r)) + "\n";
      case CSV -> Csv.search(r);
    };
  }

  private String text(SearchResult r, int offset) {
    StringBuilder sb = new StringBuilder();
    String what = r.query().isEmpty() ? "" : " " + r.query();
    String folded = CopiesOption.folded(r.total(), r.clusters(), "hits");
    if (r.hits().isEmpty()) {
      sb.append(r.total() == 0 ? "no releases match" + what : r.total() + (r.total() == 1 ? " release matches" : " releases match") + what
          + folded + "; none on this page")
          .append('\n');
    } else {
      sb.append(r.total()).append(r.total() == 1 ? " release matches" : " releases match").append(what).append(folded)
          .append(" (showing ").append(offset + 1).append('-').append(offset + r.hits().size()).append(")\n");
    }
    int n = offset;
    for (Hit h : r.hits()) {
      sb.append('\n').append(++n).append(". ").append(h.title() != null ? h.title() : h.id()).append('\n');
      List<String> meta = new ArrayList<>();
      meta.add(h.date() != null ? h.date().toString() : "undated");
      String place = String.join(", ", nonNull(h.city(), h.state()));
      if (!place.isEmpty()) {
        meta.add(place);
      }
      meta.add(h.path());
      if (h.scored()) {
        meta.add(String.format(Locale.ROOT, "score %.3g", h.score()));
      }
      sb.append("   ").append(String.join(" | ", meta)).append('\n');
      if (!h.counties().isEmpty()) {
        sb.append("   ").append(h.counties().size() == 1 ? "county: " : "counties: ")
            .append(String.join("; ", h.counties())).append('\n');
      }
      String from = provenance(h.provenance());
      if (from != null) {
        sb.append("   ").append(from).append('\n');
      }
      String copies = CopiesOption.line(h.copies());
      if (copies != null) {
        sb.append("   ").append(copies).append('\n');
      }
      for (Snippet s : h.snippets()) {
        sb.append("   ... ").append(mark(s, colour)).append(" ...\n");
      }
    }
    r.facets().forEach((dim, f) -> {
      sb.append('\n').append(dim)
          .append(f.sideways() ? " (ignores " + FacetOptions.filterOption(dim) + "; --no-sideways applies it)" : "")
          .append(f.clusters() ? " (clusters of copies)" : "")
          .append(": ");
      List<FacetCount> rows = FacetOptions.rows(dim, f);
      // Semicolons, because county values ("Stark, Ohio") hold commas.
      sb.append(rows.isEmpty() ? "(none)" : String.join("; ", rows.stream().map(c -> c.value() + " " + c.count()).toList()));
      if (f.truncated()) {
        sb.append("; ... ").append(f.counts().size()).append(" of ").append(f.values())
            .append(" values (--facet-limit 0 for all)");
      }
      sb.append('\n');
    });
    return sb.toString();
  }

  /** Bold on a colour terminal; elsewhere the text is left as it is, which pipes and screen readers prefer. */
  static String mark(Snippet s, boolean colour) {
    if (!colour) {
      return s.text();
    }
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Snippet.Match m : s.matches()) {
      sb.append(s.text(), at, m.start()).append(BOLD).append(s.text(), m.start(), m.end()).append(RESET);
      at = m.end();
    }
    return sb.append(s.text().substring(at)).toString();
  }

  private static List<String> nonNull(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        out.add(v);
      }
    }
    return out;
  }

  private static String str(String s) {
    return s == null ? "" : s;
  }

  /** "from pdf", "from warc https://... captured 2011-05-10T14:03:22Z": a line for a release not saved as text. */
  static String provenance(Provenance p) {
    if (p.format().equals(Provenance.TEXT.format()) && p.sourceUrl() == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder("from ").append(p.format());
    if (p.sourceUrl() != null) {
      sb.append(' ').append(p.sourceUrl());
    }
    if (p.captured() != null) {
      sb.append(" captured ").append(p.captured());
    }
    return sb.toString();
  }
}
