package releases.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import releases.index.Fields;
import releases.render.Csv;
import releases.render.Shapes;
import releases.search.Facet;
import releases.search.FacetCount;

/** What {@code search} and {@code facets} share about facets: {@code --no-sideways}, and the rows of a facet as shown. */
final class FacetOptions {

  private FacetOptions() {}

  static void declareSideways(CommandSpec spec) {
    spec.addOption(Specs.flag("--no-sideways",
        "Count a dimension you filter on with its own filter applied (by default it ignores it: drill sideways)."));
  }

  /** {@code --count releases|clusters}: what a facet value counts. */
  static void declareCount(CommandSpec spec) {
    spec.addOption(Specs.value("--count", "WHAT", String.class, "releases",
        "What facet values count: releases (default), or clusters of copies (a release and its copies once).").build());
  }

  /** True for {@code --count clusters}; a usage error for anything but releases or clusters. */
  static boolean countClusters(CommandSpec spec) {
    String what = Specs.get(spec, "--count");
    return switch (what) {
      case "releases" -> false;
      case "clusters" -> true;
      default -> throw releases.UserException.usage("unknown --count '" + releases.Echo.of(what)
          + "': use releases or clusters");
    };
  }

  static boolean sideways(CommandSpec spec) {
    return !Specs.flag(spec, "--no-sideways");
  }

  /** The row that counts hits with no value of {@code dim}: an undated release, one that quotes nobody. */
  static String missingLabel(String dim) {
    return Shapes.missingLabel(dim);
  }

  /** The option that filters on {@code dim}. */
  static String filterOption(String dim) {
    return dim.equals(Fields.DIM_OFFICIAL) ? "--by" : "--" + dim;
  }

  /** "counts ignore --state (drill sideways; --no-sideways applies it)", or null when they do not. */
  static String sidewaysNote(String dim, Facet f) {
    return f.sideways()
        ? "counts ignore " + filterOption(dim) + " (drill sideways; --no-sideways applies it)" : null;
  }

  /** The rows shown: the values, then the hits without one, when there are any. */
  static List<FacetCount> rows(String dim, Facet f) {
    List<FacetCount> rows = new ArrayList<>(f.counts());
    if (f.missing() > 0) {
      rows.add(new FacetCount(missingLabel(dim), Math.toIntExact(f.missing())));
    }
    return rows;
  }

  /** {@code value,count,missing}, one row a line, the missing row last with {@code missing} true. */
  static void csv(PrintWriter out, String dim, Facet f) {
    out.print(Csv.facet(dim, f));
  }
}
