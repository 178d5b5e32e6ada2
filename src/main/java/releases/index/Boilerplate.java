package releases.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.internal.hppc.LongIntHashMap;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import releases.extract.Paragraphs.Paragraph;
import releases.extract.SharedParagraphs;

/**
 * Corpus-wide boilerplate: a paragraph whose fingerprint is in at least {@link #MIN_RELEASES} releases. During a
 * run, counts kept from the index and the releases seen so far decide each new release's split; at the end,
 * {@link #settle} counts again over the live releases and re-indexes every release whose split is no longer right.
 */
public final class Boilerplate {

  /** The threshold, the same for the index and for {@code export}: see {@link SharedParagraphs#MIN_RELEASES}. */
  public static final int MIN_RELEASES = SharedParagraphs.MIN_RELEASES;

  /**
   * {@code -Dreleases.boilerplate=off} leaves paragraphs out of an index run (no fingerprints, no split body, no
   * quote prints, nothing to settle): for bench/run, which times a run with and without issue 16's work. Searches
   * of such an index treat every paragraph as the release's own.
   */
  public static final boolean ON = !"off".equals(System.getProperty("releases.boilerplate"));

  /** Re-indexes the files whose split was wrong, splitting by {@code boilerplate}; returns how many releases. */
  public interface Reindex {
    int files(Set<String> fileIds, LongPredicate boilerplate) throws IOException, InterruptedException;
  }

  /** Paragraph fingerprints counted in one exact pass at most: a map of 2 million takes about 50 MB. */
  private static final long PASS = 2_000_000;

  private final ParagraphCounts counts; // guarded by this

  private Boilerplate(ParagraphCounts counts) {
    this.counts = counts;
  }

  /**
   * Counts as the index at {@code reader} holds them, to be added to as the run indexes up to {@code incoming}
   * releases more.
   */
  static Boilerplate open(IndexReader reader, int incoming) throws IOException {
    // About 16 paragraphs a release; numDocs counts quote documents too, which only makes the filter roomier.
    ParagraphCounts counts = new ParagraphCounts(16L * ((long) reader.numDocs() + incoming));
    forEachRelease(reader, (all, doc) -> {
      for (int i = 0; i < all.docValueCount(); i++) {
        counts.add(all.nextValue());
      }
    });
    return new Boilerplate(counts);
  }

  /**
   * Adds a release's paragraphs (null when {@link #ON} is false) to the counts and says which of them are
   * boilerplate by now. The counts may run high (see {@link ParagraphCounts}), and a release indexed before one of
   * its paragraphs reaches the threshold is early: {@link #settle} puts both right.
   */
  synchronized LongPredicate add(List<Paragraph> paragraphs) {
    if (paragraphs == null) {
      return fingerprint -> false;
    }
    LongHashSet mine = new LongHashSet();
    paragraphs.forEach(p -> mine.add(p.fingerprint()));
    LongHashSet common = new LongHashSet();
    for (var c : mine) {
      if (counts.add(c.value) >= MIN_RELEASES) {
        common.add(c.value);
      }
    }
    return common::contains;
  }

  /**
   * Counts every paragraph exactly over the live releases of {@code writer} (deletes applied) and re-indexes,
   * through {@code reindex}, the files holding a release whose boilerplate is not what those counts make it.
   * Returns how many releases were re-indexed. Counting reads two doc-values columns, no stored field, in as many
   * passes as keep each pass's map under {@link #PASS} fingerprints.
   */
  public static int settle(IndexWriter writer, Reindex reindex) throws IOException, InterruptedException {
    if (!ON) {
      return 0;
    }
    Set<String> wrong = new TreeSet<>();
    LongHashSet common;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      common = common(reader);
      for (LeafReaderContext ctx : reader.leaves()) {
        LeafReader leaf = ctx.reader();
        Bits live = leaf.getLiveDocs();
        SortedNumericDocValues all = leaf.getSortedNumericDocValues(Fields.PARAGRAPH);
        SortedNumericDocValues marked = leaf.getSortedNumericDocValues(Fields.BOILERPLATE_PARAGRAPH);
        SortedSetDocValues files = leaf.getSortedSetDocValues(Fields.FILE);
        if (all == null || files == null) {
          continue;
        }
        for (int doc = all.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = all.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          LongHashSet should = new LongHashSet();
          for (int i = 0; i < all.docValueCount(); i++) {
            long fp = all.nextValue();
            if (common.contains(fp)) {
              should.add(fp);
            }
          }
          LongHashSet is = new LongHashSet();
          if (marked != null && marked.docID() < doc) {
            marked.advance(doc);
          }
          if (marked != null && marked.docID() == doc) {
            for (int i = 0; i < marked.docValueCount(); i++) {
              is.add(marked.nextValue());
            }
          }
          if (!should.equals(is) && files.advanceExact(doc)) {
            wrong.add(files.lookupOrd(files.nextOrd()).utf8ToString());
          }
        }
      }
    }
    if (wrong.isEmpty()) {
      return 0;
    }
    LongHashSet exact = common;
    return reindex.files(wrong, exact::contains);
  }

  /**
   * The fingerprints that at least {@link #MIN_RELEASES} live releases of {@code reader} hold, counted exactly:
   * fingerprints are split by their value into passes, each counted in a map of its own.
   */
  static LongHashSet common(IndexReader reader) throws IOException {
    long[] values = {0};
    forEachRelease(reader, (all, doc) -> values[0] += all.docValueCount());
    int passes = (int) Math.max(1, (values[0] + PASS - 1) / PASS);
    LongHashSet out = new LongHashSet();
    for (int pass = 0; pass < passes; pass++) {
      LongIntHashMap counts = new LongIntHashMap();
      int part = pass;
      forEachRelease(reader, (all, doc) -> {
        for (int i = 0; i < all.docValueCount(); i++) {
          long fp = all.nextValue();
          if (Long.remainderUnsigned(fp, passes) == part) {
            counts.addTo(fp, 1);
          }
        }
      });
      for (var c : counts) {
        if (c.value >= MIN_RELEASES) {
          out.add(c.key);
        }
      }
    }
    return out;
  }

  private interface ReleaseValues {
    void accept(SortedNumericDocValues all, int doc) throws IOException;
  }

  /** Calls {@code visit} with each live release's paragraph fingerprints, positioned on the release. */
  private static void forEachRelease(IndexReader reader, ReleaseValues visit) throws IOException {
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      Bits live = leaf.getLiveDocs();
      SortedNumericDocValues all = leaf.getSortedNumericDocValues(Fields.PARAGRAPH);
      if (all == null) {
        continue;
      }
      for (int doc = all.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = all.nextDoc()) {
        if (live == null || live.get(doc)) {
          visit.accept(all, doc);
        }
      }
    }
  }

  /** The boilerplate fingerprints of the release document {@code doc} of {@code leaf}, as indexed. */
  public static LongHashSet of(LeafReader leaf, int doc) throws IOException {
    LongHashSet out = new LongHashSet();
    SortedNumericDocValues marked = leaf.getSortedNumericDocValues(Fields.BOILERPLATE_PARAGRAPH);
    if (marked != null && marked.advanceExact(doc)) {
      for (int i = 0; i < marked.docValueCount(); i++) {
        out.add(marked.nextValue());
      }
    }
    return out;
  }
}
