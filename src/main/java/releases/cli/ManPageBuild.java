package releases.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the manual pages during the Maven build (pom.xml runs it after compiling; it is left out of the jar):
 * {@code releases.1}, the roff page {@code releases manpage} prints, and picocli's own AsciiDoc pages, one per
 * command, from the same command specs, for {@code asciidoctor -b manpage}.
 */
public final class ManPageBuild {

  private ManPageBuild() {}

  /** {@code args[0]}: the directory to write into (target/man). */
  public static void main(String[] args) throws IOException {
    Path out = Files.createDirectories(Path.of(args[0]));
    CommandSpec root = Main.tree().getCommandSpec();
    Files.writeString(out.resolve("releases.1"), ManPage.of(root), StandardCharsets.UTF_8);
    int status = ManPageGenerator.generateManPage(out.resolve("adoc").toFile(), (File) null, new boolean[0], true, root);
    if (status != 0) {
      throw new IOException("picocli's ManPageGenerator stopped with status " + status);
    }
  }
}
