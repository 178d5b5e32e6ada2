package releases.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code releases manpage}: prints the manual page, in roff, for {@code man}. */
final class ManPageCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "manpage",
      "Print the manual page, in roff, for man(1).",
      "Install it with: releases manpage > ~/.local/share/man/man1/releases.1");

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ManPage.of(Main.tree().getCommandSpec()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
