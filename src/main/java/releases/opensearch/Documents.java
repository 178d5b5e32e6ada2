package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import releases.extract.Quote;
import releases.extract.Release;
import releases.ingest.Provenance;
import releases.index.Fields;
import releases.index.ReleaseDocument;

/** The OpenSearch documents of one release and its quotes: the same fields, values and analysis as the embedded index. */
final class Documents {

  /** Holds the headline shown in hit lists; {@code title} also holds the subtitle, for searching. */
  static final String HEADLINE = "headline";
  /** A quote's own key ({@code id#n}), to page through quotes in a stable order. */
  static final String KEY = "key";

  static final String FORMAT = "format";
  static final String SOURCE_URL = "source_url";
  static final String CAPTURED = "captured";

  private Documents() {}

  /** The release's provenance on one of its documents, as a hit shows it. */
  private static void provenance(ObjectNode d, Release r) {
    d.put(FORMAT, r.provenance().format());
    if (r.provenance().sourceUrl() != null) {
      d.put(SOURCE_URL, r.provenance().sourceUrl());
    }
    if (r.provenance().captured() != null) {
      d.put(CAPTURED, r.provenance().captured());
    }
  }

  /** The provenance of a hit, from its document's source. */
  static Provenance provenance(JsonNode s) {
    String format = s.path(FORMAT).asText(null);
    return format == null ? Provenance.TEXT
        : new Provenance(format, s.path(SOURCE_URL).asText(null), s.path(CAPTURED).asText(null));
  }

  static ObjectNode release(Release r, String file, String hash) {
    ObjectNode d = OpenSearchClient.object().put(Fields.ID, r.id()).put(Fields.FILE, file).put(Fields.PATH, r.path())
        .put(Fields.HASH, hash);
    provenance(d, r);
    if (present(r.title())) {
      d.put(HEADLINE, r.title());
    }
    List<String> titles = new ArrayList<>();
    if (present(r.title())) {
      titles.add(r.title());
    }
    if (present(r.subtitle())) {
      titles.add(r.subtitle());
    }
    titles.forEach(d.withArray(Fields.TITLE)::add);
    d.put(Fields.BODY, r.body());
    LocalDate date = r.date();
    if (date != null) {
      d.put(Fields.DATE, date.toString());
      d.put(Fields.DIM_YEAR, String.valueOf(date.getYear()));
      d.put(Fields.DIM_MONTH, date.toString().substring(0, 7));
    }
    if (present(r.city())) {
      d.put(Fields.CITY, r.city());
    }
    String state = ReleaseDocument.canonicalState(r);
    if (state != null) {
      d.put(Fields.STATE, state);
    }
    ReleaseDocument.counties(r).forEach(d.withArray(Fields.COUNTY)::add);
    ReleaseDocument.officials(r).forEach(d.withArray(Fields.OFFICIAL)::add);
    return d;
  }

  /** One document per quote, in the order the quotes appear; each keyed {@code id#n}. */
  static List<ObjectNode> quotes(Release r, String file) {
    List<ObjectNode> out = new ArrayList<>();
    String state = ReleaseDocument.canonicalState(r);
    int n = 0;
    for (Quote q : r.quotes()) {
      ObjectNode d = OpenSearchClient.object().put(KEY, r.id() + "#" + n++).put(Fields.ID, r.id())
          .put(Fields.FILE, file)
          .put(Fields.PATH, r.path()).put(Fields.QUOTE, q.text()).put(Fields.SPEAKER, q.speaker())
          .put(Fields.OFFICIAL, q.speaker());
      provenance(d, r);
      if (q.role() != null) {
        d.put(Fields.ROLE, q.role());
      }
      if (q.organization() != null) {
        d.put(Fields.ORGANIZATION, q.organization());
      }
      if (r.title() != null) {
        d.put(Fields.RELEASE_TITLE, r.title());
      }
      if (r.date() != null) {
        d.put(Fields.DATE, r.date().toString());
      }
      if (r.city() != null) {
        d.put(Fields.CITY, r.city());
      }
      if (state != null) {
        d.put(Fields.STATE, state);
      }
      out.add(d);
    }
    return out;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
