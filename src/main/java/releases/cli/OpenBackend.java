package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import releases.UserException;
import releases.extract.CorpusExtraction;
import releases.index.IndexReport;
import releases.opensearch.Indexes;
import releases.opensearch.OpenSearchBackend;
import releases.opensearch.OpenSearchIndexer;
import releases.ingest.Corpus;
import releases.search.Backend;

/** Opens the backend a read command searches, as its options choose; like the embedded index, built first when missing. */
final class OpenBackend {

  private OpenBackend() {}

  /** Declares what every read command takes to say where to read: --corpus, --index and --target/--url. */
  static void declare(CommandSpec spec) {
    CorpusOption.declare(spec);
    IndexOption.declare(spec);
    TargetOption.declare(spec);
  }

  /** The backend the options {@link #declare} added choose. */
  static Backend open(CommandSpec spec) throws IOException, InterruptedException {
    return open(spec, CorpusOption.of(spec), IndexOption.of(spec), TargetOption.of(spec));
  }

  static Backend open(CommandSpec spec, CorpusOption corpus, IndexOption index, TargetOption target)
      throws IOException, InterruptedException {
    if (!target.openSearch()) {
      return OpenIndex.open(spec, corpus, index);
    }
    Indexes indexes = target.indexes();
    if (!indexes.exist()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("releases: no index '" + indexes.releases() + "' at " + indexes.client().url() + " yet; indexing "
          + CorpusExtraction.displayPath(corpus.corpus()) + " first");
      err.println("releases: " + index(spec, corpus, indexes, false, null, Terminal.stderrInteractive()).summary());
    } else if (!indexes.current()) {
      throw UserException.failure("the OpenSearch index '" + indexes.releases() + "' was built by another version; "
          + "run `releases index --target opensearch` to rebuild it");
    }
    return new OpenSearchBackend(indexes);
  }

  /** One index run into OpenSearch, with the same progress bar as the embedded index. */
  static IndexReport index(CommandSpec spec, CorpusOption corpus, Indexes indexes, boolean rebuild, Integer threads,
      boolean progress) throws IOException, InterruptedException {
    ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), progress);
    int n = threads != null ? threads : CorpusExtraction.defaultThreads();
    try {
      return new OpenSearchIndexer(indexes, n, bar).update(corpus.open(), rebuild);
    } finally {
      bar.clear();
    }
  }
}
