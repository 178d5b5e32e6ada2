package releases.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import releases.UserException;

/** {@code releases completion bash|zsh|fish}: prints a shell completion script for every command and option. */
final class CompletionCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "completion",
      "Print a shell completion script (bash, zsh or fish).",
      "bash:  releases completion bash > ~/.local/share/bash-completion/completions/releases",
      "zsh:   releases completion zsh > ~/.zfunc/releases.zsh, sourced from ~/.zshrc",
      "fish:  releases completion fish > ~/.config/fish/completions/releases.fish");

  CompletionCommand() {
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").paramLabel("SHELL").type(String.class)
        .description("bash, zsh or fish.").build());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    String shell = spec.positionalParameters().get(0).getValue();
    String script = switch (shell) {
      // picocli's script is bash; it loads zsh's bashcompinit itself when run by zsh.
      case "bash", "zsh" -> picocli.AutoComplete.bash("releases", Main.tree());
      case "fish" -> Completions.fish(Main.tree().getCommandSpec());
      default -> throw UserException.usage("unknown shell '" + shell + "': use bash, zsh or fish");
    };
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
