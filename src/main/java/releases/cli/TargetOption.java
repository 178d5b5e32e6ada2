package releases.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import releases.UserException;
import releases.opensearch.Indexes;
import releases.opensearch.OpenSearchClient;

/** The {@code --target} and {@code --url} options: the embedded index (default) or an OpenSearch cluster. */
final class TargetOption {

  static final String DEFAULT_URL = "http://127.0.0.1:9200";

  private final String target;
  private final String url;
  private final String osIndex;

  private TargetOption(CommandSpec spec) {
    target = Specs.get(spec, "--target");
    url = Specs.get(spec, "--url");
    osIndex = Specs.get(spec, "--os-index");
  }

  static void declare(CommandSpec spec) {
    spec.addOption(Specs.value("--target", "TARGET", String.class, null,
        "Where the index lives: embedded (a Lucene index on disk, the default) or opensearch. "
            + "Default from RELEASES_TARGET.").build());
    spec.addOption(Specs.value("--url", "URL", String.class, null,
        "The OpenSearch node to talk to, with --target opensearch (default: RELEASES_URL or " + DEFAULT_URL + ").")
        .build());
    spec.addOption(Specs.value("--os-index", "NAME", String.class, null,
        "Name of the OpenSearch releases index; quotes go to NAME-quotes (default: RELEASES_OS_INDEX or releases).")
        .hidden(true).build());
  }

  static TargetOption of(CommandSpec spec) {
    return new TargetOption(spec);
  }

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
