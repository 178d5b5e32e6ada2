package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import releases.UserException;
import releases.extract.CorpusExtraction;
import releases.index.CorpusStamp;
import releases.index.IndexAccess;
import releases.index.IndexReport;
import releases.search.Searcher;

/** Opens the index a read command searches: built first when missing, and checked cheaply against its corpus. */
final class OpenIndex {

  private OpenIndex() {}

  static Searcher open(CommandSpec spec, CorpusOption corpus, IndexOption index) throws IOException, InterruptedException {
    QuietLogs.apply();
    PrintWriter err = spec.commandLine().getErr();
    Path where = index.index();
    // The embedded defaults are the tool's own to manage: an index left by an older version is rebuilt like a
    // missing one. An index the user named is theirs, and IndexAccess refuses it with advice instead.
    boolean defaults = index.index == null && corpus.corpus == null;
    if (IndexAccess.damaged(where)) {
      // Never filled with the seeds as if it were new: the user's releases may be one rebuild away.
      throw IndexAccess.damagedMessage(where);
    }
    boolean missing = !IndexAccess.exists(where);
    if (missing && !defaults && IndexAccess.unfinished(where)) {
      throw UserException.failure("the index at " + CorpusExtraction.displayPath(where) + " is not built yet: its "
          + "first run did not finish; run `" + IndexedCorpus.command(index) + "` to finish it");
    }
    if (missing && !defaults) {
      // Only the tool's own default index of its own seeds is built on demand: a mistyped --index must not be
      // filled with the seeds, nor a named corpus be indexed as a side effect of a search.
      throw UserException.failure("no index at " + CorpusExtraction.displayPath(where) + "; build it with `releases index"
          + (corpus.corpus == null ? " --corpus DIR" : " --corpus " + corpus.corpus)
          + (index.index == null ? "" : " --index " + index.index) + "`");
    }
    if (missing || (defaults && IndexAccess.outdated(where))) {
      err.println("releases: " + (missing ? "no index at " + CorpusExtraction.displayPath(where) + " yet"
          : "the index at " + CorpusExtraction.displayPath(where) + " is from another version")
          + "; indexing " + CorpusExtraction.displayPath(corpus.corpus()) + " first");
      IndexReport report = IndexCommand.run(spec, corpus, index, false, null, IndexCommand.COMMIT_EVERY, Terminal.stderrInteractive());
      err.println("releases: " + report.summary());
    }
    if (!defaults && IndexAccess.outdated(where)) {
      // A user's index is never rebuilt behind their back; the advice names it, and the corpus they gave.
      throw UserException.failure("index at " + CorpusExtraction.displayPath(where)
          + " was built by another version of releases; run `" + IndexedCorpus.command(index) + " --rebuild"
          + (corpus.corpus == null ? "" : " --corpus " + corpus.corpus) + "`");
    }
    Searcher searcher = Searcher.open(where);
    try {
      if (corpus.corpus != null) {
        IndexedCorpus.check(searcher.stamp(), corpus.corpus, index);
      }
      warnIfStale(err, searcher.stamp(), IndexedCorpus.command(index));
    } catch (RuntimeException e) {
      searcher.close();
      throw e;
    }
    return searcher;
  }

  /** A stat per file of a small corpus, per directory of a large one, no reads: it saves users from stale answers. */
  private static void warnIfStale(PrintWriter err, CorpusStamp stamp, String command) {
    if (stamp == null) {
      return;
    }
    if (!stamp.complete()) {
      err.println("releases: note: the last index run did not finish; results may be partial (run `" + command + "` to complete it)");
      return;
    }
    if (!Files.isDirectory(stamp.corpus())) {
      return;
    }
    try {
      if (stamp.changedOnDisk()) {
        err.println("releases: note: " + CorpusExtraction.displayPath(stamp.corpus())
            + " changed since it was indexed; run `" + command + "` to update the index");
      }
    } catch (IOException e) {
      // The check is advice only; a corpus we cannot walk leaves the index as it is.
    }
  }
}
