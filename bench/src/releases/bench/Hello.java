package releases.bench;

/** The smallest Java program: the floor for whole-process start-up time on the same JDK. */
public final class Hello {

  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
