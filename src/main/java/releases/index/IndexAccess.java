package releases.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.Bits;
import releases.UserException;

/** Opens index readers and writers, turning Lucene's lock and format errors into messages a user can act on. */
public final class IndexAccess {

  /** Releases are small; a large buffer means fewer, larger flushes and less merging during a first run. */
  private static final double RAM_BUFFER_MB = 128;

  /**
   * Bumped whenever fields or analysis change, so that an index written by an older build is rebuilt rather
   * than searched with queries it cannot answer.
   */
  static final String SCHEMA = "10";

  private static final String SCHEMA_KEY = "schema";

  private IndexAccess() {}

  /** The user data every commit carries: the corpus stamp and the schema version. */
  static Map<String, String> userData(CorpusStamp stamp) {
    Map<String, String> m = new HashMap<>(stamp.toUserData());
    m.put(SCHEMA_KEY, SCHEMA);
    return m;
  }

  /** True when an index exists in {@code dir} but was written with another schema. */
  static boolean otherSchema(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return false;
    }
    try {
      return !SCHEMA.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(SCHEMA_KEY));
    } catch (IOException e) {
      return true; // damaged or foreign: either way not ours to append to
    }
  }

  /** True when {@code where} holds an index written by another version of this tool (another schema). */
  public static boolean outdated(Path where) throws IOException {
    if (!Files.isDirectory(where)) {
      return false;
    }
    IndexHome home = new IndexHome(where);
    for (int attempt = 0; ; attempt++) {
      Path live = home.live();
      try (Directory dir = open(live)) {
        if (!DirectoryReader.indexExists(dir)) {
          return false;
        }
        return !SCHEMA.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(SCHEMA_KEY));
      } catch (IOException e) {
        // A rebuild that switched generations meanwhile removes the one being read: read the new one.
        if (!switched(home, live, attempt)) {
          return true;
        }
      }
    }
  }

  /** Fails with advice when the reader's index was written with another schema. */
  public static void checkSchema(DirectoryReader reader, Path where) throws IOException {
    if (!SCHEMA.equals(reader.getIndexCommit().getUserData().get(SCHEMA_KEY))) {
      throw UserException.failure("index at " + where + " was built by another version of releases; "
          + "run `releases index --rebuild`");
    }
  }

  /**
   * NIOFSDirectory rather than the memory-mapping default, for reading and for writing. A command-line search
   * opens the index once and reads little of it, and mapping costs start-up time (the foreign-memory machinery).
   * An indexing run maps every segment it merges: at 1M releases with a 1 GB heap its resident memory grew to
   * 3.2 GB against 0.9 GB through NIOFS, for 7% less time; at 100k, 0.67 GB against 0.52 GB in the same time.
   */
  static Directory open(Path folder) throws IOException {
    return new NIOFSDirectory(folder);
  }

  /** The live generation of the index at {@code where}, for reading (see {@link IndexHome}). */
  public static Directory directory(Path where) throws IOException {
    return open(new IndexHome(where).live());
  }

  /**
   * True when {@code where} holds what is left of an index (a pointer, a generation, segment files) but no commit
   * that can be opened: damaged, not missing, and not to be filled with another corpus as if it were new.
   */
  public static boolean damaged(Path where) throws IOException {
    IndexHome home = new IndexHome(where);
    if (!home.traces()) {
      return false;
    }
    for (int attempt = 0; ; attempt++) {
      Path live = null;
      try {
        live = home.live();
        try (Directory dir = open(live)) {
          SegmentInfos.readLatestCommit(dir);
          return false;
        }
      } catch (IOException | UserException e) {
        if (!switched(home, live, attempt)) {
          return true; // no commit, or one whose segments_N or .si cannot be read
        }
      }
    }
  }

  /**
   * True when a rebuild published another generation since {@code seen} was read as the live one: what failed
   * there was the old generation being removed, and the caller tries the new one (a few times at most).
   */
  private static boolean switched(IndexHome home, Path seen, int attempt) {
    if (seen == null || attempt >= 5) {
      return false;
    }
    try {
      return !seen.equals(home.live());
    } catch (IOException | UserException e) {
      return false;
    }
  }

  /** An open reader of the live generation and its directory, both to be closed by the caller. */
  public record Opened(Directory dir, DirectoryReader reader) {}

  /**
   * Opens the last commit of the live generation of {@code where}, checked for this schema. A rebuild that
   * switches generations meanwhile removes the one being opened; the new one is opened instead.
   */
  public static Opened openLive(Path where) throws IOException {
    IndexHome home = new IndexHome(where);
    for (int attempt = 0; ; attempt++) {
      Path live = home.live();
      Directory dir = open(live);
      try {
        DirectoryReader reader = openReader(dir, where);
        try {
          checkSchema(reader, where);
        } catch (RuntimeException e) {
          reader.close();
          throw e;
        }
        return new Opened(dir, reader);
      } catch (IOException | RuntimeException e) {
        dir.close();
        if (!switched(home, live, attempt)) {
          throw e;
        }
      }
    }
  }

  /** True when {@code where} holds no live index yet, only a first build that was stopped before it finished. */
  public static boolean unfinished(Path where) throws IOException {
    IndexHome home = new IndexHome(where);
    return !home.traces() && !home.generations().isEmpty();
  }

  /** The message for a damaged index at {@code where}, with the command that rebuilds it. */
  public static UserException damagedMessage(Path where) {
    return IndexFailure.damaged(where);
  }

  /** The corpus that the live generation of {@code where} was built from, as its pointer records it, or null. */
  public static Path recordedCorpus(Path where) throws IOException {
    return new IndexHome(where).recordedCorpus();
  }

  /** True when {@code where} is a directory holding a committed index. */
  public static boolean exists(Path where) throws IOException {
    if (!Files.isDirectory(where)) {
      return false;
    }
    IndexHome home = new IndexHome(where);
    for (int attempt = 0; ; attempt++) {
      Path folder = home.live();
      boolean found;
      try (Directory dir = open(folder)) {
        found = Files.isDirectory(folder) && DirectoryReader.indexExists(dir);
      }
      if (found || !switched(home, folder, attempt)) {
        return found;
      }
    }
  }

  static IndexWriter openWriter(Directory dir, Path where, boolean rebuild, QuietMerges merges) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Fields.ANALYZER)
        .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setMergeScheduler(merges)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        // Releases repeat whole paragraphs of boilerplate: DEFLATE over large blocks stores them for a fraction
        // of LZ4's size, and a search decompresses only the page of hits it shows.
        .setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION))
        .setCommitOnClose(false);
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw UserException.failure("index at " + where + " is being written by another process; "
          + "wait for it to finish, or use another --index directory");
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
        | NoSuchFileException | EOFException e) {
      throw IndexFailure.damaged(where);
    }
  }

  /** Opens the last commit of the index at {@code where} for searching. */
  public static DirectoryReader openReader(Directory dir, Path where) throws IOException {
    try {
      return DirectoryReader.open(dir);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
        | NoSuchFileException | EOFException e) {
      // A missing or truncated segment file is damage too (a segments_N that names a deleted .cfs).
      throw e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException
          ? damaged(where, e) : IndexFailure.damaged(where);
    } catch (IndexNotFoundException e) {
      throw IndexFailure.damaged(where);
    }
  }

  private static UserException damaged(Path where, IOException e) {
    return UserException.failure("index at " + where + " is damaged or from another version ("
        + e.getClass().getSimpleName() + "); run `releases index --rebuild`");
  }

  /** The corpus stamp of the last commit of the index at {@code where}; null when there is no index or no stamp. */
  public static CorpusStamp stamp(Path where) throws IOException {
    try {
      Path folder = new IndexHome(where).live();
      if (unfinished(where)) {
        // A first build stopped before its switch: it knows its corpus, which the next run finishes.
        folder = new IndexHome(where).generations().getLast();
      }
      if (!exists(folder) || !Files.isDirectory(folder)) {
        return null;
      }
      try (Directory dir = open(folder)) {
        return CorpusStamp.fromUserData(SegmentInfos.readLatestCommit(dir).getUserData());
      }
    } catch (IOException | UserException e) {
      return null; // damaged: a rebuild says what to do about it
    }
  }

  /** The corpus stamp of the reader's commit, or null when it has none. */
  public static CorpusStamp stamp(DirectoryReader reader) throws IOException {
    return CorpusStamp.fromUserData(reader.getIndexCommit().getUserData());
  }

  /** What the index holds of one file: its content hash, and its stamp (null when indexed without one). */
  record Indexed(String hash, String stamp) {}

  /** Every file with a live release, by file id, read from doc values in one pass (no stored field is decoded). */
  static Map<String, Indexed> indexed(DirectoryReader reader) throws IOException {
    Map<String, Indexed> out = new HashMap<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      SortedSetDocValues ids = leaf.getSortedSetDocValues(Fields.FILE);
      // Only releases carry a hash: iterating it skips their quote documents.
      SortedDocValues hashes = leaf.getSortedDocValues(Fields.HASH);
      BinaryDocValues stamps = leaf.getBinaryDocValues(Fields.STAMP);
      if (ids == null || hashes == null) {
        continue;
      }
      Bits live = leaf.getLiveDocs();
      for (int doc = hashes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hashes.nextDoc()) {
        if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
          String stamp = stamps != null && stamps.advanceExact(doc) ? stamps.binaryValue().utf8ToString() : null;
          out.put(ids.lookupOrd(ids.nextOrd()).utf8ToString(),
              new Indexed(hashes.lookupOrd(hashes.ordValue()).utf8ToString(), stamp));
        }
      }
    }
    return out;
  }
}
