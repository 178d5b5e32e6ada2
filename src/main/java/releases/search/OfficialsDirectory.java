package releases.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import releases.index.Fields;
import releases.search.OfficialSummary.RoleSpan;
import releases.search.Officials.Official;

/**
 * The directory of quoted officials: one pass over the selected quote documents' doc values (no stored fields
 * decoded), tallied per official and per role.
 */
final class OfficialsDirectory {

  private OfficialsDirectory() {}

  static List<OfficialSummary> list(IndexSearcher searcher, Query quotes, List<Official> officials) throws IOException {
    Map<String, Official> byForm = new HashMap<>();
    officials.forEach(o -> o.forms().forEach(f -> byForm.put(f, o)));
    Map<Official, Tally> tallies = new LinkedHashMap<>();
    Weight weight = searcher.createWeight(searcher.rewrite(quotes), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Columns c = new Columns(leaf);
      // A scorer's iterator still visits deleted documents (replaced releases' old quotes); skip them.
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Official o = byForm.get(c.text(c.speaker, doc));
        if (o != null) {
          tallies.computeIfAbsent(o, k -> new Tally()).add(c, doc);
        }
      }
    }
    List<OfficialSummary> out = new ArrayList<>();
    tallies.forEach((o, t) -> out.add(t.summary(o.name())));
    out.sort(Comparator.comparingInt(OfficialSummary::quotes).reversed().thenComparing(OfficialSummary::name));
    return out;
  }

  /** The doc values one leaf offers for the tally. */
  private static final class Columns {
    final SortedSetDocValues speaker;
    final SortedSetDocValues id;
    final SortedDocValues role;
    final SortedDocValues organization;
    final SortedNumericDocValues date;

    Columns(LeafReaderContext leaf) throws IOException {
      speaker = leaf.reader().getSortedSetDocValues(Fields.SPEAKER);
      id = leaf.reader().getSortedSetDocValues(Fields.ID);
      role = leaf.reader().getSortedDocValues(Fields.ROLE);
      organization = leaf.reader().getSortedDocValues(Fields.ORGANIZATION);
      date = leaf.reader().getSortedNumericDocValues(Fields.DATE);
    }

    String text(SortedSetDocValues dv, int doc) throws IOException {
      return dv != null && dv.advanceExact(doc) ? dv.lookupOrd(dv.nextOrd()).utf8ToString() : null;
    }

    String text(SortedDocValues dv, int doc) throws IOException {
      return dv != null && dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }

    LocalDate date(int doc) throws IOException {
      return date != null && date.advanceExact(doc) ? LocalDate.ofEpochDay(date.nextValue()) : null;
    }
  }

  /** Counts and date spans of one official's quotes, overall and per role. */
  private static final class Tally {
    final Set<String> releases = new HashSet<>();
    final Map<String, Span> roles = new LinkedHashMap<>();
    final Span all = new Span(null, null);

    void add(Columns c, int doc) throws IOException {
      LocalDate date = c.date(doc);
      releases.add(c.text(c.id, doc));
      all.add(date);
      String role = c.text(c.role, doc);
      String org = c.text(c.organization, doc);
      if (role != null || org != null) {
        // "US VISIT" and "US-VISIT" are one organisation written two ways: group on letters and digits only.
        String key = fold(role) + "|" + fold(org);
        roles.computeIfAbsent(key, k -> new Span(role, org)).add(date);
      }
    }

    OfficialSummary summary(String name) {
      List<RoleSpan> spans = new ArrayList<>();
      roles.values().forEach(s -> spans.add(new RoleSpan(s.role, s.organization, s.count, s.first, s.last)));
      // Roles over time: in the order they were first held, undated ones last.
      spans.sort(Comparator.comparing(RoleSpan::first, Comparator.nullsLast(Comparator.naturalOrder())));
      return new OfficialSummary(name, spans, all.count, releases.size(), all.first, all.last);
    }
  }

  private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private static String fold(String s) {
    return s == null ? "" : PUNCTUATION.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
  }

  /** A role as first written, how many quotes were given in it, and the first and last date among them. */
  private static final class Span {
    final String role;
    final String organization;
    int count;
    LocalDate first;
    LocalDate last;

    Span(String role, String organization) {
      this.role = role;
      this.organization = organization;
    }

    void add(LocalDate date) {
      count++;
      if (date != null) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
      }
    }
  }
}
