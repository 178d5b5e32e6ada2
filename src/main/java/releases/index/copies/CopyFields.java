package releases.index.copies;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.util.BytesRef;
import releases.extract.Release;
import releases.index.Fields;

/** Adds what copy detection needs to a release's documents: its signature, and the cluster it starts in. */
public final class CopyFields {

  private CopyFields() {}

  /** The signature of the release's body and its own cluster (a release alone until {@link Clusters} says not). */
  public static void add(Document doc, Release release) {
    doc.add(new BinaryDocValuesField(Fields.COPY_SIGNATURE, new BytesRef(Signature.of(release.body()).toBytes())));
    addCluster(doc, release);
  }

  /** The release's own cluster, on the release or one of its quote documents. */
  public static void addCluster(Document doc, Release release) {
    // Doc values only: the one kind of field IndexWriter can update without re-indexing the document.
    doc.add(new NumericDocValuesField(Fields.CLUSTER, clusterOf(release.id())));
  }

  /** The cluster named by its representative's id: a 64-bit hash, stable across runs. */
  public static long clusterOf(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    return Signature.mix(h);
  }
}
