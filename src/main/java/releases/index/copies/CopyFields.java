package releases.index.copies;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.util.BytesRef;
import releases.extract.Paragraphs;
import releases.extract.Release;
import releases.extract.Words;
import releases.index.Fields;

/** Adds what copy detection needs to a release's documents: its signature, and the cluster it starts in. */
public final class CopyFields {

  /**
   * {@code -Dreleases.copies=off} leaves copy detection out of an index run (no signatures, no clusters): for
   * bench/copies, which times a run with and without it. Searches of such an index list every release alone.
   */
  public static final boolean ON = !"off".equals(System.getProperty("releases.copies"));

  private CopyFields() {}

  /** The signature of the release's body (the words of its {@code cut}, or null to scan it) and its own cluster (a release alone until {@link Clusters} says not). */
  public static void add(Document doc, Release release, Paragraphs.Cut cut) {
    if (!ON) {
      return;
    }
    long[] words = cut == null ? Words.keys(release.body()) : cut.words();
    doc.add(new BinaryDocValuesField(Fields.COPY_SIGNATURE, new BytesRef(signature(release, words).toBytes())));
    addCluster(doc, release);
  }

  /** What copy detection compares of a release: its body's words ({@link Words} keys), date and dateline state. */
  public static Signature signature(Release release, long[] words) {
    return Signature.of(words, release.date(), releases.index.ReleaseDocument.canonicalState(release));
  }

  /** The release's own cluster, on the release or one of its quote documents. */
  public static void addCluster(Document doc, Release release) {
    if (!ON) {
      return;
    }
    // Doc values only: the one kind of field IndexWriter can update without re-indexing the document.
    doc.add(new NumericDocValuesField(Fields.CLUSTER, clusterOf(release.id())));
  }

  /** A quote document's hash of its normalised words, so that copies of one quote fold into one hit. */
  public static void addQuoteWords(Document doc, String quote) {
    if (!ON) {
      return;
    }
    long h = 0x84222325cbf29ce4L;
    for (long w : Words.keys(quote)) {
      h = Signature.mix(h * 31 + Words.hashOf(w));
    }
    doc.add(new NumericDocValuesField(Fields.QUOTE_KEY, h));
  }

  /** One key from a cluster and a quote's words. */
  public static long combine(long cluster, long words) {
    return Signature.mix(cluster * 0x9E3779B97F4A7C15L + words);
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
