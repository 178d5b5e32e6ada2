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

  // Lucene's own primitive map (its internal copy of HPPC): a boxed map of a million paragraphs would be ten times
  // the memory. Guarded by this.
  private final LongIntHashMap counts;

  private Boilerplate(LongIntHashMap counts) {
    this.counts = counts;
  }

  /** Counts as the index at {@code reader} holds them, to be added to as the run indexes releases. */
  static Boilerplate open(IndexReader reader) throws IOException {
    return new Boilerplate(counts(reader));
  }

  /**
   * Adds a release's paragraphs (null when {@link #ON} is false) to the counts and says which of them are boilerplate by now. A release indexed
   * before one of its paragraphs reaches the threshold is put right by {@link #settle}.
   */
  synchronized LongPredicate add(List<Paragraph> paragraphs) {
    if (paragraphs == null) {
      return fingerprint -> false;
    }
    LongHashSet mine = new LongHashSet();
    paragraphs.forEach(p -> mine.add(p.fingerprint()));
    LongHashSet common = new LongHashSet();
    for (var c : mine) {
      if (counts.addTo(c.value, 1) >= MIN_RELEASES) {
        common.add(c.value);
      }
    }
    return common::contains;
  }

  /**
   * Counts every paragraph over the live releases of {@code writer} (deletes applied) and re-indexes, through
   * {@code reindex}, the files holding a release whose boilerplate is not what those counts make it. Returns how
   * many releases were re-indexed. Counting reads two doc-values columns: no stored field is decoded.
   */
  public static int settle(IndexWriter writer, Reindex reindex) throws IOException, InterruptedException {
    if (!ON) {
      return 0;
    }
    Set<String> wrong = new TreeSet<>();
    LongIntHashMap counts;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      counts = counts(reader);
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
            if (counts.get(fp) >= MIN_RELEASES) {
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
    LongIntHashMap exact = counts;
    return reindex.files(wrong, fp -> exact.get(fp) >= MIN_RELEASES);
  }

  /** How many live releases of {@code reader} hold each paragraph fingerprint. */
  static LongIntHashMap counts(IndexReader reader) throws IOException {
    LongIntHashMap out = new LongIntHashMap();
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      Bits live = leaf.getLiveDocs();
      SortedNumericDocValues all = leaf.getSortedNumericDocValues(Fields.PARAGRAPH);
      if (all == null) {
        continue;
      }
      for (int doc = all.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = all.nextDoc()) {
        if (live == null || live.get(doc)) {
          for (int i = 0; i < all.docValueCount(); i++) {
            out.addTo(all.nextValue(), 1);
          }
        }
      }
    }
    return out;
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
