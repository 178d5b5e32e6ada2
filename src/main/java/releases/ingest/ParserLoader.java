package releases.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads {@link Parsers} where the parser libraries are. The build leaves their 16 jars off the manifest's class
 * path: the JVM opens every jar on it at start-up (a resource lookup scans them all), and they cost each command,
 * searches too, about 5 ms. The jars the build lists in {@value #LIST} are loaded here, by a class loader of their
 * own, with this tool's classes of {@value #PACKAGE} defined in it from this jar, so that they link against those
 * jars; every other class comes from the application's loader. When the libraries are already on the class path
 * (tests, an IDE, a class path given by hand), that loader serves them all.
 */
final class ParserLoader {

  static final String PACKAGE = "releases.ingest.parse.";
  static final String LIST = "/releases/ingest/parsers.classpath";
  private static final String IMPLEMENTATION = PACKAGE + "Libraries";
  private static final String PROBE = "org.jsoup.Jsoup";

  private static volatile Parsers parsers;

  private ParserLoader() {}

  static Parsers parsers() {
    Parsers p = parsers;
    if (p == null) {
      synchronized (ParserLoader.class) {
        p = parsers;
        if (p == null) {
          p = parsers = load();
        }
      }
    }
    return p;
  }

  private static Parsers load() {
    ClassLoader app = ParserLoader.class.getClassLoader();
    ClassLoader loader = visible(PROBE, app) ? app : new Isolated(jars(), app);
    try {
      return (Parsers) Class.forName(IMPLEMENTATION, true, loader).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("the parser libraries cannot be loaded (" + e + "); rebuild with mvn package", e);
    }
  }

  private static boolean visible(String name, ClassLoader loader) {
    return loader.getResource(name.replace('.', '/') + ".class") != null;
  }

  /** The jars in {@value #LIST}, relative to the directory of the jar (or class directory) this class came from. */
  static URL[] jars() {
    try (InputStream in = ParserLoader.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("the build's list of parser jars (" + LIST + ") is missing; rebuild with mvn package");
      }
      Path home = Path.of(ParserLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
      List<URL> urls = new ArrayList<>();
      for (String jar : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("[:\\s]+")) {
        if (!jar.isEmpty()) {
          Path p = home.resolve(jar);
          if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("a parser library is missing: " + p + "; rebuild with mvn package");
          }
          urls.add(p.toUri().toURL());
        }
      }
      return urls.toArray(URL[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Child-first for {@value #PACKAGE}, whose classes it defines from the parent's bytes; parent-first otherwise. */
  private static final class Isolated extends URLClassLoader {
    static {
      registerAsParallelCapable();
    }

    Isolated(URL[] jars, ClassLoader parent) {
      super("parsers", jars, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          String resource = name.replace('.', '/') + ".class";
          URL url = getParent().getResource(resource);
          if (url == null) {
            throw new ClassNotFoundException(name);
          }
          try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            c = defineClass(name, bytes, 0, bytes.length, ParserLoader.class.getProtectionDomain());
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
