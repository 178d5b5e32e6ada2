package releases.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import releases.UserException;
import releases.extract.CorpusExtraction;
import releases.index.CorpusStamp;
import releases.index.IndexAccess;

/**
 * The corpus an index belongs to. An index records the corpus it was built from; a later run without
 * {@code --corpus} updates that corpus, and a run naming another one is refused unless it rebuilds, since an
 * incremental run would delete every release the index held.
 */
final class IndexedCorpus {

  private IndexedCorpus() {}

  /** The corpus option an index run over {@code index} should use. */
  static CorpusOption choose(CorpusOption given, IndexOption index, boolean rebuild) throws IOException {
    CorpusStamp stamp = IndexAccess.stamp(index.index());
    if (stamp == null && IndexAccess.damaged(index.index())) {
      return forDamaged(given, index, rebuild);
    }
    if (stamp == null) {
      return given;
    }
    if (given.corpus == null) {
      if (Files.isDirectory(stamp.corpus())) {
        return given.remembered(stamp.corpus());
      }
      if (index.index == null) {
        // The default index of a project that was moved: its seeds moved with it.
        return given;
      }
      throw UserException.failure("the index at " + CorpusExtraction.displayPath(index.index()) + " was built from "
          + CorpusExtraction.displayPath(stamp.corpus()) + ", which is gone; run `" + command(index)
          + " --corpus DIR --rebuild` to index another corpus into it");
    }
    if (!rebuild) {
      check(stamp, given.corpus, index);
    }
    return given;
  }

  /**
   * A damaged index has no readable stamp: only a rebuild may write it, from the corpus given, or else the one
   * its pointer file recorded, or for the default index the seeds; never a guess for an index the user named.
   */
  private static CorpusOption forDamaged(CorpusOption given, IndexOption index, boolean rebuild) throws IOException {
    if (!rebuild) {
      throw IndexAccess.damagedMessage(index.index());
    }
    if (given.corpus != null || index.index == null) {
      return given;
    }
    Path recorded = IndexAccess.recordedCorpus(index.index());
    if (recorded != null && Files.isDirectory(recorded)) {
      return given.remembered(recorded);
    }
    throw UserException.failure("the index at " + CorpusExtraction.displayPath(index.index()) + " is damaged and "
        + "does not say which corpus it held; run `" + command(index) + " --corpus DIR --rebuild`");
  }

  /** Refuses {@code corpus} for an index whose stamp names another corpus. */
  static void check(CorpusStamp stamp, Path corpus, IndexOption index) {
    if (stamp == null || same(stamp.corpus(), corpus)) {
      return;
    }
    throw UserException.usage("the index at " + CorpusExtraction.displayPath(index.index()) + " holds "
        + CorpusExtraction.displayPath(stamp.corpus()) + ", not " + CorpusExtraction.displayPath(corpus)
        + "; run `" + command(index) + " --corpus " + corpus + " --rebuild` to replace it, or give another --index");
  }

  /** {@code releases index}, with {@code --index DIR} when the index is not the default one. */
  static String command(IndexOption index) {
    return "releases index" + (index.index == null ? "" : " --index " + index.index);
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Fall back on the paths as written.
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
