package releases.cli;

import java.util.Locale;
import picocli.CommandLine.Option;
import releases.UserException;
import releases.opensearch.Indexes;
import releases.opensearch.OpenSearchClient;

/** The {@code --target} and {@code --url} options: the embedded index (default) or an OpenSearch cluster. */
final class TargetOption {

  static final String DEFAULT_URL = "http://127.0.0.1:9200";

  @Option(names = "--target", paramLabel = "TARGET",
      description = "Where the index lives: embedded (a Lucene index on disk, the default) or opensearch. "
          + "Default from RELEASES_TARGET.")
  String target;

  @Option(names = "--url", paramLabel = "URL",
      description = "The OpenSearch node to talk to, with --target opensearch (default: RELEASES_URL or " + DEFAULT_URL + ").")
  String url;

  @Option(names = "--os-index", paramLabel = "NAME", hidden = true,
      description = "Name of the OpenSearch releases index; quotes go to NAME-quotes (default: RELEASES_OS_INDEX or releases).")
  String osIndex;

  /** True for OpenSearch, false for the embedded index; anything else is a usage error. */
  boolean openSearch() {
    String t = target != null ? target : System.getenv("RELEASES_TARGET");
    if (t == null || t.isBlank()) {
      return false;
    }
    return switch (t.strip().toLowerCase(Locale.ROOT)) {
      case "embedded", "lucene" -> false;
      case "opensearch" -> true;
      default -> throw UserException.usage("unknown target '" + t + "': use embedded or opensearch");
    };
  }

  /** The OpenSearch indexes these options name. */
  Indexes indexes() {
    String u = url != null ? url : System.getenv("RELEASES_URL");
    String name = osIndex != null ? osIndex : System.getenv("RELEASES_OS_INDEX");
    return Indexes.of(new OpenSearchClient(u == null || u.isBlank() ? DEFAULT_URL : u), name);
  }
}
