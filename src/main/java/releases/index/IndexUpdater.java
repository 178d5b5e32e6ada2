package releases.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Lock;
import releases.UserException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import releases.extract.CorpusExtraction;
import releases.extract.Outcome;
import releases.extract.Paragraphs;
import releases.extract.Release;
import releases.index.copies.Clusters;
import releases.ingest.Corpus;
import releases.ingest.SourceReader;

/**
 * Brings an index up to date with a corpus: new and changed files are (re)indexed, unchanged ones skipped by
 * content hash, removed ones deleted. Commits every so often, so a run killed midway keeps what it did.
 */
public final class IndexUpdater {

  /** What a run tells its caller while it works. */
  public interface Listener {
    void skipped(Path file, String reason);

    void progress(int done, int total);
  }

  /** Often enough that a killed run loses little, rarely enough not to cut many tiny segments. */
  private static final long COMMIT_MILLIS = 30_000;

  private final Path indexDir;
  private final int threads;
  private final int commitEvery;
  private final Listener listener;
  private final UnaryOperator<Directory> wrap;
  private final boolean verify;

  /** @param commitEvery commit after this many (re)indexed documents, or every thirty seconds */
  public IndexUpdater(Path indexDir, int threads, int commitEvery, Listener listener) {
    this(indexDir, threads, commitEvery, listener, d -> d, true);
  }

  /**
   * @param wrap   wraps the directory the run writes (tests inject I/O failures through it)
   * @param verify whether to check the checksums of the existing segments before relying on them
   */
  IndexUpdater(Path indexDir, int threads, int commitEvery, Listener listener, UnaryOperator<Directory> wrap,
      boolean verify) {
    this.wrap = wrap;
    this.verify = verify;
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be positive");
    }
    this.indexDir = indexDir;
    this.threads = Math.max(1, threads);
    this.commitEvery = commitEvery;
    this.listener = listener;
  }

  /** Runs once over {@code corpus}; {@code rebuild} drops everything indexed before. */
  public IndexReport update(Corpus corpus, boolean rebuild) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Corpus.Listing listing = corpus.listOrFail();
    List<Path> files = listing.files();
    CorpusStamp stamp = CorpusStamp.of(corpus.root(), files);
    IndexHome home = new IndexHome(indexDir);
    try (Lock lock = home.lock()) {
      Path live;
      try {
        live = home.live();
      } catch (UserException e) {
        if (!rebuild) {
          throw e;
        }
        live = null; // a pointer beyond reading: a rebuild replaces it
      }
      boolean inPlace = !rebuild && live != null && usable(live);
      // A rebuild, a first build and a schema upgrade are written beside the live index and published by one
      // rename: readers see the old index until then, and a damaged old index is never opened at all.
      Path target = inPlace ? live : rebuild ? home.fresh() : resumable(home, corpus.root());
      boolean create = !inPlace && !IndexAccess.exists(target);
      IndexReport report;
      try {
        report = write(target, create, corpus, listing, stamp, start);
      } catch (Throwable t) {
        UserException user = IndexFailure.of(t, indexDir);
        if (!inPlace && user != null && user.getMessage().startsWith(IndexFailure.DISK_FULL)) {
          IndexHome.delete(target); // a full disk needs the room; the old index is still live
        }
        if (user != null) {
          throw user;
        }
        throw t;
      }
      if (!inPlace) {
        home.publish(target, corpus.root());
      }
      return report;
    }
  }

  /** True when {@code live} holds a commit of this schema, to be updated in place. */
  private static boolean usable(Path live) throws IOException {
    if (!IndexAccess.exists(live)) {
      return false;
    }
    try (Directory dir = IndexAccess.open(live)) {
      return !IndexAccess.otherSchema(dir);
    }
  }

  /**
   * The generation a first build or an upgrade writes: one left by such a build that was killed before its
   * switch (same schema and corpus: its commits are kept, and this run finishes it), else a new one.
   */
  private static Path resumable(IndexHome home, Path corpus) throws IOException {
    Path pending = home.pending();
    if (pending != null && usable(pending)) {
      CorpusStamp was = IndexAccess.stamp(pending);
      if (was != null && was.corpus().equals(corpus)) {
        return pending;
      }
    }
    return home.fresh();
  }

  private IndexReport write(Path target, boolean create, Corpus corpus, Corpus.Listing listing, CorpusStamp stamp,
      long start) throws IOException, InterruptedException {
    List<Path> files = listing.files();
    QuietMerges merges = new QuietMerges();
    try (Directory dir = wrap.apply(IndexAccess.open(target));
        IndexWriter writer = IndexAccess.openWriter(dir, indexDir, create, merges)) {
      Map<String, IndexAccess.Indexed> known;
      Boilerplate boilerplate;
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        verify(reader);
        known = IndexAccess.indexed(reader);
        boilerplate = Boilerplate.open(reader, files.size());
      }
      writer.setLiveCommitData(IndexAccess.userData(stamp.incomplete()).entrySet(), true);
      Run run = new Run(writer, known, files.size() + listing.skipped().size(), boilerplate);
      listing.skipped().forEach(s -> {
        run.skipped++;
        listener.skipped(s.path(), s.reason());
      });
      new CorpusExtraction(corpus, threads, f -> sameStamp(f, known.get(corpus.idOf(f))),
          s -> known.get(s.id()) == null || !s.hash().equals(known.get(s.id()).hash()))
          .run(files, outcome -> run.accept(outcome, corpus));
      run.finish();
      Set<String> present = new HashSet<>();
      files.forEach(f -> present.add(corpus.idOf(f)));
      int removed = 0;
      for (String file : known.keySet()) {
        if (!present.contains(file) && !listing.unseen(file)) {
          writer.deleteDocuments(new Term(Fields.FILE, file));
          removed++;
        }
      }
      Boilerplate.settle(writer, (ids, split) -> reindex(writer, corpus, files, ids, split));
      Clusters.refresh(writer);
      writer.setLiveCommitData(IndexAccess.userData(stamp).entrySet(), true);
      writer.commit();
      if (merges.failure() != null) {
        throw new IOException("a merge failed", merges.failure());
      }
      return new IndexReport(run.indexed, run.unchanged, removed, run.skipped, (System.nanoTime() - start) / 1_000_000);
    }
  }

  /**
   * Re-extracts and re-indexes the files {@code ids} of {@code files}, splitting their bodies by {@code split}; a
   * file no longer in the listing is left as it is. Returns how many releases were indexed.
   */
  private int reindex(IndexWriter writer, Corpus corpus, List<Path> files, Set<String> ids,
      java.util.function.LongPredicate split) throws InterruptedException {
    Set<String> first = new HashSet<>();
    // "a.txt" and "a.md" share the id "a": the first in corpus order is the release, as in the run itself.
    List<Path> again = files.stream().filter(f -> ids.contains(corpus.idOf(f)) && first.add(corpus.idOf(f))).toList();
    int[] n = {0};
    new CorpusExtraction(corpus, threads, s -> true).run(again, outcome -> {
      if (outcome instanceof Outcome.Extracted e) {
        String file = e.source().id();
        List<Document> block = new ArrayList<>();
        for (Release r : e.releases()) {
          block.addAll(ReleaseDocument.block(r, file, e.source().hash(), e.source().stamp(), e.file(), split));
          n[0]++;
        }
        try {
          writer.updateDocuments(new Term(Fields.FILE, file), block);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }
    });
    return n[0];
  }

  /**
   * Checks every checksum of the segments this run relies on before it adds to them: an update would otherwise
   * answer from, and merge, damaged data. It reads the whole index once (see docs/index-safety.md for the cost).
   */
  private void verify(DirectoryReader reader) throws IOException {
    if (!verify) {
      return;
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      leaf.reader().checkIntegrity();
    }
  }

  /** True when {@code file} still has the size and time it had when indexed; a file that cannot be read is not. */
  private static boolean sameStamp(Path file, IndexAccess.Indexed indexed) {
    try {
      return indexed != null && indexed.stamp() != null && indexed.stamp().equals(SourceReader.stamp(file));
    } catch (IOException e) {
      return false; // reading it will tell why
    }
  }


  /** The state of one run: counters, the indexing threads and the commit schedule. */
  private final class Run {
    private final IndexWriter writer;
    private final Map<String, IndexAccess.Indexed> known;
    /** File ids met in this run, in corpus order (the consumer runs on one thread). */
    private final Set<String> seen = new HashSet<>();
    private final int total;
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "index");
      t.setDaemon(true);
      return t;
    });
    private final Semaphore slots = new Semaphore(threads * 4);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private int indexed;
    private int unchanged;
    private int skipped;
    private int sinceCommit;
    private long lastCommit = System.nanoTime();

    private final Boilerplate boilerplate;

    Run(IndexWriter writer, Map<String, IndexAccess.Indexed> known, int total, Boilerplate boilerplate) {
      this.writer = writer;
      this.boilerplate = boilerplate;
      this.known = known;
      this.total = total;
    }

    void accept(Outcome outcome, Corpus corpus) {
      rethrow();
      switch (outcome) {
        case Outcome.Extracted e when !seen.add(e.source().id()) -> {
          // "a.txt" and "a.md" share the id "a": the first in corpus order is the release, as on every run.
          skipped++;
          listener.skipped(e.file(), "same id as an earlier file (" + e.source().id() + ")");
        }
        case Outcome.Extracted e -> {
          indexed++;
          sinceCommit += e.releases().size();
          e.source().notes().forEach(note -> listener.skipped(e.file(), note));
          submit(e);
        }
        case Outcome.Unchanged u -> {
          seen.add(u.id());
          unchanged++;
        }
        case Outcome.Skipped s -> {
          skipped++;
          listener.skipped(s.file(), s.reason());
          String id = corpus.idOf(s.file());
          if (known.containsKey(id)) {
            // A file that became unreadable no longer backs its old document.
            delete(id);
          }
        }
      }
      listener.progress(indexed + unchanged + skipped, total);
      if (sinceCommit >= commitEvery || (sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_MILLIS * 1_000_000)) {
        commit();
      }
    }

    private void submit(Outcome.Extracted e) {
      slots.acquireUninterruptibly();
      pool.execute(() -> {
        try {
          String file = e.source().id();
          List<Document> block = new ArrayList<>();
          for (Release r : e.releases()) {
            Paragraphs.Cut cut = ReleaseDocument.cut(r);
            block.addAll(ReleaseDocument.block(r, file, e.source().hash(), e.source().stamp(), e.file(), cut,
                boilerplate.add(cut == null ? null : cut.paragraphs())));
          }
          if (known.containsKey(file)) {
            // One call for all of the file's releases: a listing that lost an item loses it in the same update.
            writer.updateDocuments(new Term(Fields.FILE, file), block);
          } else {
            // Nothing to replace (a new file, or a fresh index): skipping the delete by id saves a term lookup
            // in every segment at flush time.
            writer.addDocuments(block);
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          slots.release();
        }
      });
    }

    private void delete(String file) {
      try {
        writer.deleteDocuments(new Term(Fields.FILE, file));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    private void commit() {
      try {
        writer.commit();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      sinceCommit = 0;
      lastCommit = System.nanoTime();
    }

    void finish() throws InterruptedException {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.DAYS);
      rethrow();
    }

    private void rethrow() {
      Throwable t = failure.get();
      if (t instanceof IOException io) {
        throw new UncheckedIOException(io);
      } else if (t instanceof RuntimeException re) {
        throw re;
      } else if (t instanceof Error err) {
        throw err;
      } else if (t != null) {
        throw new IllegalStateException(t);
      }
    }
  }
}
