package releases.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Model.CommandSpec;
import releases.extract.CorpusExtraction;
import releases.index.CorpusStamp;
import releases.index.IndexAccess;
import releases.index.IndexReport;
import releases.search.Searcher;

/** The index a read command searches: built first when missing, and checked cheaply against its corpus. */
final class OpenIndex implements Closeable {

  private final Directory dir;
  final Searcher searcher;

  private OpenIndex(Directory dir, Searcher searcher) {
    this.dir = dir;
    this.searcher = searcher;
  }

  static OpenIndex open(CommandSpec spec, CorpusOption corpus, IndexOption index) throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Path where = index.index();
    if (!Files.isDirectory(where) || !hasIndex(where)) {
      err.println("releases: no index at " + CorpusExtraction.displayPath(where) + " yet; indexing "
          + CorpusExtraction.displayPath(corpus.corpus()) + " first");
      IndexReport report = IndexCommand.run(spec, corpus, index, false, null, 5000, Terminal.interactive());
      err.println("releases: " + report.summary());
    }
    Directory dir = FSDirectory.open(where);
    try {
      DirectoryReader reader = IndexAccess.openReader(dir, where);
      warnIfStale(err, IndexAccess.stamp(reader));
      return new OpenIndex(dir, new Searcher(reader));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  private static boolean hasIndex(Path where) throws IOException {
    try (Directory d = FSDirectory.open(where)) {
      return IndexAccess.exists(d);
    }
  }

  /** One stat per corpus file, no reads: cheap next to starting the JVM, and it saves users from stale answers. */
  private static void warnIfStale(PrintWriter err, CorpusStamp stamp) {
    if (stamp == null) {
      return;
    }
    if (!stamp.complete()) {
      err.println("releases: note: the last index run did not finish; results may be partial (run `releases index` to complete it)");
      return;
    }
    if (!Files.isDirectory(stamp.corpus())) {
      return;
    }
    try {
      if (stamp.differsFrom(CorpusStamp.scan(stamp.corpus()))) {
        err.println("releases: note: " + CorpusExtraction.displayPath(stamp.corpus())
            + " changed since it was indexed; run `releases index` to update the index");
      }
    } catch (IOException e) {
      // The check is advice only; a corpus we cannot walk leaves the index as it is.
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searcher.close();
    } finally {
      dir.close();
    }
  }
}
