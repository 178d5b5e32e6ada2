package releases.search;

import java.util.List;
import java.util.Objects;
import releases.extract.Paragraphs;

/**
 * One release as the index holds it, for reading: its listed fields (title, date, dateline, counties, path), its
 * quotes in the order the release gives them, its clean body, and that body's paragraphs with what is known of each.
 */
public record ReleaseView(Hit release, List<QuoteHit> quotes, String body, List<Paragraph> paragraphs) {

  /**
   * One paragraph of the body.
   *
   * @param boilerplate whether it is boilerplate (in enough releases of the corpus), or null where the index
   *                    cannot tell (OpenSearch)
   * @param fresh       whether no earlier-dated release has it ({@code show --new}), or null when not asked
   */
  public record Paragraph(String text, Boolean boilerplate, Boolean fresh) {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  public ReleaseView {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(body, "body");
    quotes = List.copyOf(quotes);
    paragraphs = List.copyOf(paragraphs);
  }

  /** A view whose paragraphs carry no marks: a backend that does not know boilerplate. */
  public ReleaseView(Hit release, List<QuoteHit> quotes, String body) {
    this(release, quotes, body,
        Paragraphs.of(body).stream().map(p -> new Paragraph(p.text(), null, null)).toList());
  }
}
