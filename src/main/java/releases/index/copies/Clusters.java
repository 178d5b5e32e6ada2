package releases.index.copies;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;
import releases.index.Fields;

/**
 * Keeps the clusters of near-duplicates right after an indexing run: reads every live release's signature from
 * doc values, clusters them corpus-wide ({@link CopyFinder}), and updates the cluster doc values of the releases
 * (and their quotes) whose cluster changed, without re-indexing anything.
 */
public final class Clusters {

  private Clusters() {}

  /** What a refresh did: releases read, clusters of two or more, and cluster values rewritten. */
  public record Refresh(int releases, int copyClusters, int updated, long millis) {}

  /** Brings every cluster of the writer's index up to date; the caller commits. */
  public static Refresh refresh(IndexWriter writer) throws IOException {
    long start = System.nanoTime();
    if (!CopyFields.ON) {
      return new Refresh(0, 0, 0, 0);
    }
    Rows rows;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      long signed = 0;
      for (LeafReaderContext ctx : reader.leaves()) {
        BinaryDocValues sig = ctx.reader().getBinaryDocValues(Fields.COPY_SIGNATURE);
        signed += sig == null ? 0 : sig.cost();
      }
      // Sized once: growing a million rows' arrays by doubling held both copies at the run's peak of heap.
      rows = new Rows((int) Math.min(Integer.MAX_VALUE / Signature.BINS, signed));
      for (LeafReaderContext ctx : reader.leaves()) {
        read(ctx.reader(), rows);
      }
    }
    List<String> ids = rows.ids;
    long[] dates = rows.dates;
    long[] current = rows.current;
    // Earliest date first, undated last, then by id: the release a search shows for its cluster.
    Comparator<Integer> order = Comparator.<Integer>comparingLong(i -> dates[i]).thenComparing(ids::get);
    int[] rep = CopyFinder.clusters(rows.sigs, order);
    int updated = 0;
    int clusters = 0;
    int[] size = new int[rep.length];
    for (int r : rep) {
      size[r]++;
    }
    for (int i = 0; i < rep.length; i++) {
      if (rep[i] == i && size[i] > 1) {
        clusters++;
      }
      long want = CopyFields.clusterOf(ids.get(rep[i]));
      if (want != current[i]) {
        // By id: the release and its quote documents carry the id, and all move to the new cluster together.
        writer.updateNumericDocValue(new Term(Fields.ID, ids.get(i)), Fields.CLUSTER, want);
        updated++;
      }
    }
    Refresh done = new Refresh(rep.length, clusters, updated, (System.nanoTime() - start) / 1_000_000);
    if (Boolean.getBoolean("releases.copies.report")) {
      System.err.printf("clusters: %d releases, %d clusters of copies, %d cluster values updated, in %d ms%n",
          done.releases(), done.copyClusters(), done.updated(), done.millis());
    }
    return done;
  }

  /** What a refresh reads of each live release, row by row, in primitive arrays where it can. */
  private static final class Rows {
    final SignatureTable sigs;
    final List<String> ids;
    long[] dates;
    long[] current;

    Rows(int capacity) {
      int n = Math.max(16, capacity);
      sigs = new SignatureTable(n);
      ids = new ArrayList<>(n);
      dates = new long[n];
      current = new long[n];
    }

    void add(byte[] sig, int offset, int length, String id, long date, long cluster) {
      int i = ids.size();
      if (i == dates.length) {
        dates = Arrays.copyOf(dates, i * 2);
        current = Arrays.copyOf(current, i * 2);
      }
      sigs.add(sig, offset, length);
      ids.add(id);
      dates[i] = date;
      current[i] = cluster;
    }
  }

  private static void read(LeafReader leaf, Rows rows) throws IOException {
    BinaryDocValues sig = leaf.getBinaryDocValues(Fields.COPY_SIGNATURE);
    if (sig == null) {
      return;
    }
    SortedSetDocValues id = leaf.getSortedSetDocValues(Fields.ID);
    SortedNumericDocValues date = leaf.getSortedNumericDocValues(Fields.DATE);
    NumericDocValues cluster = leaf.getNumericDocValues(Fields.CLUSTER);
    Bits live = leaf.getLiveDocs();
    for (int doc = sig.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sig.nextDoc()) {
      if ((live != null && !live.get(doc)) || id == null || !id.advanceExact(doc)) {
        continue;
      }
      BytesRef b = sig.binaryValue();
      rows.add(b.bytes, b.offset, b.length, id.lookupOrd(id.nextOrd()).utf8ToString(),
          date != null && date.advanceExact(doc) ? date.nextValue() : Long.MAX_VALUE,
          cluster != null && cluster.advanceExact(doc) ? cluster.longValue() : 0L);
    }
  }
}
