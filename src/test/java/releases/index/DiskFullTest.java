package releases.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import releases.UserException;
import releases.generate.CorpusGenerator;
import releases.ingest.Corpus;

/**
 * A disk that fills up at any point of a run (while segments are flushed, merged or committed, in place or in a
 * new generation) ends the run with one line, prints nothing from any thread, releases the lock, and leaves the
 * last commit searchable.
 */
class DiskFullTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private int firstCount;

  @BeforeEach
  void firstBuild() throws Exception {
    new CorpusGenerator(new CorpusGenerator.Options(200, corpus, 1, null, 1)).run();
    new IndexUpdater(index, 2, 50, QUIET).update(new Corpus(corpus), false);
    firstCount = count();
  }

  @ParameterizedTest(name = "rebuild={0}, full after {1} bytes")
  @CsvSource({"false, 1000", "false, 400000", "true, 1000", "true, 500000"})
  void aFullDiskEndsTheRunInOneLineAndKeepsTheLastCommit(boolean rebuild, long bytes) throws Exception {
    // An incremental run has work to do: every file changed.
    try (var files = Files.walk(corpus)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, Files.readString(f) + "\nAn added line.\n");
      }
    }
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    UserException e;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      e = assertThrows(UserException.class, () -> new IndexUpdater(index, 2, 50, QUIET, d -> new FullAfter(d, bytes), true)
          .update(new Corpus(corpus), rebuild));
      Thread.sleep(200); // a merge thread that was going to print has had its chance
    } finally {
      System.setErr(err);
    }
    assertEquals("no space left on device while writing " + releases.extract.CorpusExtraction.displayPath(index)
        + "; the last complete index is intact", e.getMessage());
    assertEquals("", printed.toString(StandardCharsets.UTF_8), "nothing printed by any thread");
    if (rebuild) {
      assertEquals(firstCount, count(), "the old generation is still the live one, whole");
      assertEquals(List.of(index.resolve("gen-1")), new IndexHome(index).generations(), "the failed one gave its room back");
    } else {
      // In place, the last commit may be one the failed run made midway: complete as a commit, and readable.
      count();
    }
    // The lock was released: the next run, with room on the disk, finishes.
    new IndexUpdater(index, 2, 50, QUIET).update(new Corpus(corpus), false);
    assertEquals(firstCount, count());
  }

  private int count() throws IOException {
    try (Directory dir = IndexAccess.directory(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      return IndexAccess.indexed(reader).size();
    }
  }

  private static final IndexUpdater.Listener QUIET = new IndexUpdater.Listener() {
    @Override
    public void skipped(Path file, String reason) {}

    @Override
    public void progress(int done, int total) {}
  };

  /** A directory on a disk that is full once {@code limit} bytes have been written through it. */
  static final class FullAfter extends FilterDirectory {
    private final AtomicLong left;

    FullAfter(Directory in, long limit) {
      super(in);
      this.left = new AtomicLong(limit);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return new Out(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      return new Out(in.createTempOutput(prefix, suffix, context));
    }

    private final class Out extends IndexOutput {
      private final IndexOutput out;

      Out(IndexOutput out) {
        super("full(" + out + ")", out.getName());
        this.out = out;
      }

      private void room(int n) throws IOException {
        if (left.addAndGet(-n) < 0) {
          throw new IOException("No space left on device");
        }
      }

      @Override
      public void writeByte(byte b) throws IOException {
        room(1);
        out.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        room(length);
        out.writeBytes(b, offset, length);
      }

      @Override
      public long getFilePointer() {
        return out.getFilePointer();
      }

      @Override
      public long getChecksum() throws IOException {
        return out.getChecksum();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    }
  }
}
