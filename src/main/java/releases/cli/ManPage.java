package releases.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The manual page, releases(1), written in roff from the same command specs as {@code --help}. */
final class ManPage {

  private ManPage() {}

  static String of(CommandSpec root) {
    StringBuilder sb = new StringBuilder();
    sb.append(".TH RELEASES 1 \"\" \"").append(esc(new Main.Version().getVersion()[0])).append("\" \"User Commands\"\n");
    sb.append(".SH NAME\nreleases \\- ").append(esc(String.join(" ", root.usageMessage().description()))).append('\n');
    sb.append(".SH SYNOPSIS\n.B releases\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n");
    sb.append(".SH DESCRIPTION\nSearches saved agency news releases with Apache Lucene: full text, quotes and ")
        .append("their speakers, dates, datelines and counties. Each command is described below; ")
        .append("\\fBreleases\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR prints the same.\n");
    sb.append(".SH COMMANDS\n");
    for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
      CommandSpec sub = e.getValue().getCommandSpec();
      sb.append(".SS ").append(e.getKey());
      for (PositionalParamSpec p : sub.positionalParameters()) {
        sb.append(' ').append(esc(p.paramLabel()));
      }
      sb.append('\n').append(esc(String.join(" ", sub.usageMessage().description()))).append('\n');
      for (OptionSpec o : sub.options()) {
        if (o.hidden() || o.usageHelp() || o.versionHelp()) {
          continue;
        }
        sb.append(".TP\n.B ").append(esc(String.join(", ", o.names())));
        if (o.arity().max() > 0) {
          sb.append(" \\fI").append(esc(o.paramLabel())).append("\\fR");
        }
        String d = String.join(" ", o.description()).replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()));
        sb.append('\n').append(esc(d)).append('\n');
      }
    }
    sb.append(".SH EXIT STATUS\n.TP\n.B 0\nsuccess, also when nothing matches\n")
        .append(".TP\n.B 1\nfailure: I/O error, missing corpus or index, index locked or damaged\n")
        .append(".TP\n.B 2\nbad usage or bad query\n");
    sb.append(".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nno bold matches on a terminal\n")
        .append(".TP\n.B RELEASES_JAVA_OPTS\nJVM options for the launcher\n");
    return sb.toString();
  }

  /** Roff treats a leading dot or quote as a request and a backslash as an escape; hyphens are escaped as minus. */
  private static String esc(String s) {
    String t = s.replace("\\", "\\e").replace("-", "\\-");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }
}
