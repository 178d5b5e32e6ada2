package releases.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import releases.ingest.Page;
import releases.ingest.Source;

/**
 * The releases of one read file: each page's text through {@link Extractor#extractAll}, with the page's
 * provenance, and its declared title and date where the text gave none. A page of a mailbox or web archive
 * takes the id {@code FILE#N}.
 */
public final class SourceReleases {

  private SourceReleases() {}

  public static List<Release> of(Source source, String shownPath) {
    return of(source, shownPath, null);
  }

  /** @param notAfter the latest date a release of this file can carry (the day after it was written), or null */
  public static List<Release> of(Source source, String shownPath, LocalDate notAfter) {
    List<Release> out = new ArrayList<>();
    for (Page page : source.pages()) {
      String id = page.number() > 0 ? source.id() + "#" + page.number() : source.id();
      for (Release r : Extractor.extractAll(id, shownPath, page.text(), notAfter)) {
        out.add(withPage(r, page));
      }
    }
    return out;
  }

  /** The format's metadata are fallbacks: the release's own headline and date, read from its text, come first. */
  static Release withPage(Release r, Page page) {
    String title = r.title() != null ? r.title() : page.title();
    return new Release(r.id(), r.path(), title, r.subtitle(), r.date() != null ? r.date() : page.date(), r.city(),
        r.state(), r.stateCode(), r.counties(), r.quotes(), r.body(), page.provenance());
  }
}
