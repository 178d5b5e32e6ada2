package releases.extract;

import java.util.Objects;

/**
 * A quotation and the person it is attributed to.
 *
 * @param speaker      the speaker's full name as introduced in the release
 * @param role         the speaker's title ("Acting Assistant Director"), or null
 * @param organization the body the speaker speaks for ("Secure Communities"), or null
 * @param text         the quoted words, joined across attributions, paragraphs and page breaks
 */
public record Quote(String speaker, String role, String organization, String text) {

  public Quote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    if (speaker.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("a quote needs a speaker and words");
    }
  }
}
