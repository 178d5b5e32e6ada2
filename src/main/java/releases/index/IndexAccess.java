package releases.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import releases.UserException;

/** Opens index readers and writers, turning Lucene's lock and format errors into messages a user can act on. */
public final class IndexAccess {

  /** Releases are small; a large buffer means fewer, larger flushes and less merging during a first run. */
  private static final double RAM_BUFFER_MB = 128;

  private IndexAccess() {}

  /** True when {@code indexDir} holds a committed index. */
  public static boolean exists(Directory dir) throws IOException {
    return DirectoryReader.indexExists(dir);
  }

  static IndexWriter openWriter(Directory dir, Path where, boolean rebuild) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Fields.ANALYZER)
        .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setCommitOnClose(false);
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw UserException.failure("index at " + where + " is being written by another process; "
          + "wait for it to finish, or use another --index directory");
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw damaged(where, e);
    }
  }

  /** Opens the last commit of the index at {@code where} for searching. */
  public static DirectoryReader openReader(Directory dir, Path where) throws IOException {
    try {
      return DirectoryReader.open(dir);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw damaged(where, e);
    }
  }

  private static UserException damaged(Path where, IOException e) {
    return UserException.failure("index at " + where + " is damaged or from another version ("
        + e.getClass().getSimpleName() + "); run `releases index --rebuild`");
  }

  /** The corpus stamp of the reader's commit, or null when it has none. */
  public static CorpusStamp stamp(DirectoryReader reader) throws IOException {
    return CorpusStamp.fromUserData(reader.getIndexCommit().getUserData());
  }

  /** Every live document's id and content hash, read from doc values. */
  static Map<String, String> hashes(DirectoryReader reader) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      SortedSetDocValues ids = leaf.getSortedSetDocValues(Fields.ID);
      SortedDocValues hashes = leaf.getSortedDocValues(Fields.HASH);
      if (ids == null || hashes == null) {
        continue;
      }
      Bits live = leaf.getLiveDocs();
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if ((live == null || live.get(doc)) && hashes.advanceExact(doc)) {
          String id = ids.lookupOrd(ids.nextOrd()).utf8ToString();
          out.put(id, hashes.lookupOrd(hashes.ordValue()).utf8ToString());
        }
      }
    }
    return out;
  }
}
