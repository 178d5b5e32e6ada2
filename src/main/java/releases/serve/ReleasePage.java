package releases.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import releases.UserException;
import releases.extract.Paragraphs;
import releases.search.Hit;
import releases.search.QuoteHit;
import releases.search.ReleaseView;

/** One release: title, date, dateline, counties, source and provenance, quotes, and the body with its quotes marked. */
final class ReleasePage {

  private final Index index;

  ReleasePage(Index index) {
    this.index = index;
  }

  Reply render(Call c) throws IOException {
    String id = c.param("id");
    if (id == null) {
      throw UserException.usage("a release page needs ?id=ID, as the search lists it");
    }
    ReleaseView v = index.show(id);
    Hit h = v.release();
    StringBuilder sb = new StringBuilder("<article class=\"release\"><h1 id=\"title\">")
        .append(Html.esc(h.title() != null ? h.title() : h.id())).append("</h1><dl class=\"facts\">");
    fact(sb, "Date", h.date() != null ? Html.esc(h.date()) : "undated", "date");
    String place = String.join(", ", java.util.stream.Stream.of(h.city(), h.state()).filter(s -> s != null && !s.isBlank()).toList());
    fact(sb, "Dateline", place.isEmpty() ? "none found" : Html.esc(place), "dateline");
    if (!h.counties().isEmpty()) {
      List<String> links = new ArrayList<>();
      for (String county : h.counties()) {
        links.add(Html.a("/?county=" + Html.enc(county), county));
      }
      fact(sb, h.counties().size() == 1 ? "County" : "Counties", String.join("; ", links), "counties");
    }
    fact(sb, "Id", Html.esc(h.id()), "id");
    fact(sb, "File", Html.esc(h.path()) + " (" + Html.esc(h.provenance().format()) + ")", "path");
    if (h.provenance().sourceUrl() != null) {
      fact(sb, "Source", Html.external(h.provenance().sourceUrl()), "source");
    }
    if (h.provenance().captured() != null) {
      fact(sb, "Captured", Html.esc(h.provenance().captured()), "captured");
    }
    sb.append("</dl>");
    if (!v.quotes().isEmpty()) {
      sb.append("<h2>").append(Html.plural(v.quotes().size(), "quote", "quotes")).append("</h2><ul class=\"quotes\">");
      for (QuoteHit q : v.quotes()) {
        sb.append("<li><q>").append(Html.esc(q.text().text())).append("</q> \u2014 ").append(speaker(q)).append("</li>");
      }
      sb.append("</ul>");
    }
    sb.append("<h2>Text</h2><div class=\"body\" id=\"body\">").append(body(v)).append("</div>")
        .append("<p class=\"downloads\">Download: <a id=\"json\" href=\"").append(Html.esc("/api/release?id=" + Html.enc(id)))
        .append("\">JSON</a></p>")
        .append("</article>");
    return Reply.html(Layout.page(h.title() != null ? h.title() : h.id(), "", sb.toString()));
  }

  private static void fact(StringBuilder sb, String label, String html, String id) {
    sb.append("<dt>").append(label).append("</dt><dd id=\"fact-").append(id).append("\">").append(html).append("</dd>");
  }

  private static String speaker(QuoteHit q) {
    StringBuilder sb = new StringBuilder("<a class=\"speaker\" href=\"")
        .append(Html.esc("/official?name=" + Html.enc(q.speaker()))).append("\">").append(Html.esc(q.speaker())).append("</a>");
    String role = String.join(", ", java.util.stream.Stream.of(q.role(), q.organization()).filter(s -> s != null && !s.isBlank()).toList());
    if (!role.isEmpty()) {
      sb.append(", ").append(Html.esc(role));
    }
    return sb.toString();
  }

  /**
   * The body, escaped, with each quote found in it wrapped in a mark that names and links its speaker, and each
   * boilerplate paragraph (one that three or more releases of the corpus share) wrapped in a dimmed span.
   */
  static String body(ReleaseView v) {
    String body = v.body();
    record Span(int start, int end, QuoteHit quote) {}
    List<Span> spans = new ArrayList<>();
    for (QuoteHit q : v.quotes()) {
      String text = q.text().text().strip();
      int at = text.isEmpty() ? -1 : body.indexOf(text);
      int length = text.length();
      if (at < 0 && text.length() > 40) {
        // A quote joined across paragraphs or pages is found by its opening words.
        at = body.indexOf(text.substring(0, 40));
        length = 40;
      }
      if (at >= 0) {
        spans.add(new Span(at, at + length, q));
      }
    }
    spans.sort(Comparator.comparingInt(Span::start));
    // Tags to put in at body offsets; at one offset, closing tags go first, a mark inside a paragraph's span.
    record Tag(int at, int order, String html) {}
    List<Tag> tags = new ArrayList<>();
    int end = 0;
    List<Span> kept = new ArrayList<>();
    for (Span s : spans) {
      if (s.start() >= end) {
        kept.add(s);
        tags.add(new Tag(s.start(), 3, "<mark class=\"quote\" title=\"" + Html.esc(s.quote().speaker()) + "\">"));
        tags.add(new Tag(s.end(), 0, "</mark><sup class=\"said\">" + speaker(s.quote()) + "</sup>"));
        end = s.end();
      }
    }
    List<Paragraphs.Paragraph> cut = Paragraphs.of(body);
    if (cut.size() == v.paragraphs().size()) {
      for (int i = 0; i < cut.size(); i++) {
        Paragraphs.Paragraph p = cut.get(i);
        boolean crossed = kept.stream().anyMatch(s -> s.start() < p.end() && s.end() > p.start()
            && (s.start() < p.start() || s.end() > p.end()));
        if (Boolean.TRUE.equals(v.paragraphs().get(i).boilerplate()) && !crossed) {
          tags.add(new Tag(p.start(), 2,
              "<span class=\"boilerplate\" title=\"boilerplate: three or more releases have this paragraph\">"));
          tags.add(new Tag(p.end(), 1, "</span>"));
        }
      }
    }
    tags.sort(Comparator.comparingInt(Tag::at).thenComparingInt(Tag::order));
    StringBuilder sb = new StringBuilder(body.length() + tags.size() * 100);
    int at = 0;
    for (Tag t : tags) {
      sb.append(Html.esc(body.substring(at, t.at()))).append(t.html());
      at = t.at();
    }
    return sb.append(Html.esc(body.substring(at))).toString();
  }
}
