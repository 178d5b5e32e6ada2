package releases.index.copies;

import java.io.IOException;
import java.util.ArrayList;
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
    List<String> ids = new ArrayList<>();
    List<Signature> sigs = new ArrayList<>();
    List<Long> dates = new ArrayList<>();
    List<Long> current = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        read(ctx.reader(), ids, sigs, dates, current);
      }
    }
    Signature[] all = sigs.toArray(Signature[]::new);
    // Earliest date first, undated last, then by id: the release a search shows for its cluster.
    Comparator<Integer> order = Comparator.<Integer>comparingLong(dates::get).thenComparing(ids::get);
    int[] rep = CopyFinder.clusters(all, order);
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
      if (want != current.get(i)) {
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

  private static void read(LeafReader leaf, List<String> ids, List<Signature> sigs, List<Long> dates,
      List<Long> current) throws IOException {
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
      sigs.add(Signature.fromBytes(b.bytes, b.offset, b.length));
      ids.add(id.lookupOrd(id.nextOrd()).utf8ToString());
      dates.add(date != null && date.advanceExact(doc) ? date.nextValue() : Long.MAX_VALUE);
      current.add(cluster != null && cluster.advanceExact(doc) ? cluster.longValue() : 0L);
    }
  }
}
