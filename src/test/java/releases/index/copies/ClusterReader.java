package releases.index.copies;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import releases.index.Fields;
import releases.index.IndexAccess;

/** Reads the cluster of every live release of an index, for tests. */
public final class ClusterReader {

  private ClusterReader() {}

  /** Release id to cluster value. */
  public static Map<String, Long> clusters(Path index) throws IOException {
    Map<String, Long> out = new HashMap<>();
    IndexAccess.Opened opened = IndexAccess.openLive(index);
    try (var dir = opened.dir(); var reader = opened.reader()) {
      for (LeafReaderContext ctx : reader.leaves()) {
        BinaryDocValues sig = ctx.reader().getBinaryDocValues(Fields.COPY_SIGNATURE);
        SortedSetDocValues ids = ctx.reader().getSortedSetDocValues(Fields.ID);
        NumericDocValues cluster = ctx.reader().getNumericDocValues(Fields.CLUSTER);
        Bits live = ctx.reader().getLiveDocs();
        if (sig == null) {
          continue;
        }
        for (int d = sig.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = sig.nextDoc()) {
          if ((live == null || live.get(d)) && ids.advanceExact(d) && cluster.advanceExact(d)) {
            out.put(ids.lookupOrd(ids.nextOrd()).utf8ToString(), cluster.longValue());
          }
        }
      }
    }
    return out;
  }

  /** Release id to signature. */
  public static Map<String, Signature> signatures(Path index) throws IOException {
    Map<String, Signature> out = new HashMap<>();
    IndexAccess.Opened opened = IndexAccess.openLive(index);
    try (var dir = opened.dir(); var reader = opened.reader()) {
      for (LeafReaderContext ctx : reader.leaves()) {
        BinaryDocValues sig = ctx.reader().getBinaryDocValues(Fields.COPY_SIGNATURE);
        SortedSetDocValues ids = ctx.reader().getSortedSetDocValues(Fields.ID);
        Bits live = ctx.reader().getLiveDocs();
        if (sig == null) {
          continue;
        }
        for (int d = sig.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = sig.nextDoc()) {
          if ((live == null || live.get(d)) && ids.advanceExact(d)) {
            var b = sig.binaryValue();
            out.put(ids.lookupOrd(ids.nextOrd()).utf8ToString(), Signature.fromBytes(b.bytes, b.offset, b.length));
          }
        }
      }
    }
    return out;
  }

  /** Releases grouped: each cluster's members, for clusters of two or more. */
  public static Map<Long, java.util.List<String>> groups(Map<String, Long> clusters) {
    Map<Long, java.util.List<String>> out = new HashMap<>();
    clusters.forEach((id, c) -> out.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(id));
    out.values().removeIf(l -> l.size() < 2);
    out.values().forEach(java.util.Collections::sort);
    return out;
  }
}
