package releases.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds the picocli command specs in code and reads the parsed values back from them.
 *
 * <p>Why not picocli's annotations: reading them at run time makes the JDK generate a proxy class per annotation
 * type and reflect over every field and method of each command, about 100 ms of a 230 ms search on the seeds that
 * the AOT cache cannot keep. Built through the programmatic API the same commands cost a few milliseconds; the help
 * and error texts are unchanged (UsageGoldenTest holds them).
 */
final class Specs {

  private Specs() {}

  /** A command with picocli's standard {@code -h}/{@code --help} and {@code -V}/{@code --version}, as the annotation
   * attribute {@code mixinStandardHelpOptions} declares them, but without the annotated mixin class. */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** An option that takes no value and is true when given. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).type(boolean.class).arity("0").description(description).build();
  }

  /** An option with one value of {@code type}; null when absent unless {@code defaultValue} is not null. */
  static OptionSpec.Builder value(String name, String label, Class<?> type, String defaultValue, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(type).defaultValue(defaultValue).description(description);
  }

  /** A repeatable option of strings. */
  static OptionSpec.Builder list(String name, String label, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class)
        .description(description);
  }

  /** Positional words from {@code index} on, any number of them. */
  static PositionalParamSpec words(String index, String label, String description) {
    return PositionalParamSpec.builder().index(index).arity("0..*").paramLabel(label)
        .type(List.class).auxiliaryTypes(String.class).description(description).build();
  }

  /** The parsed (or default) value of option {@code name}, null when it has neither. */
  static <T> T get(CommandSpec spec, String name) {
    return spec.findOption(name).getValue();
  }

  static boolean flag(CommandSpec spec, String name) {
    Boolean b = get(spec, name);
    return b != null && b;
  }

  /** The values of a repeatable option or of the positional parameter at {@code index}; empty when none. */
  static List<String> list(CommandSpec spec, String name) {
    List<String> l = get(spec, name);
    return l == null ? List.of() : l;
  }

  /**
   * Lets a query start with {@code -word} or {@code +word}: for a command that takes a query, an argument that is
   * no option of its is a query word ({@code -x} excludes x),.
   */
  static void takesQuery(CommandSpec spec) {
    spec.parser().unmatchedOptionsArePositionalParams(true);
  }

  /**
   * The query words from positional {@code index}, joined by spaces. A word that looks like a long option
   * ({@code --limt}) is taken for a mistyped one and refused with the closest names, not searched for.
   */
  static String query(CommandSpec spec, int index) {
    List<String> words = positional(spec, index);
    for (String w : words) {
      if (w.startsWith("--") && w.length() > 2) {
        String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
        if (spec.findOption(name) != null) {
          // Only an argument after "--" reaches here as a word although it names an option.
          throw new picocli.CommandLine.ParameterException(spec.commandLine(),
              "'" + name + "' comes after '--', which ends the options; put options before it");
        }
        throw new picocli.CommandLine.UnmatchedArgumentException(spec.commandLine(), List.of(w));
      }
    }
    return String.join(" ", words);
  }

  static List<String> positional(CommandSpec spec, int index) {
    List<String> l = spec.positionalParameters().get(index).getValue();
    return l == null ? List.of() : l;
  }
}
