package releases.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.extract.County;
import releases.extract.Quote;
import releases.extract.Release;
import releases.render.Json;

/** The JSON shape of an extracted {@link Release}, as {@code export} prints it. */
final class RecordJson {

  private RecordJson() {}

  static Map<String, Object> of(Release r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("path", r.path());
    m.put("format", r.provenance().format());
    m.put("source_url", r.provenance().sourceUrl());
    m.put("captured", r.provenance().captured());
    m.put("title", r.title());
    m.put("subtitle", r.subtitle());
    m.put("date", r.date());
    m.put("city", r.city());
    m.put("state", r.state());
    m.put("state_code", r.stateCode());
    m.put("counties", r.counties().stream().map(RecordJson::county).toList());
    m.put("quotes", r.quotes().stream().map(RecordJson::quote).toList());
    m.put("body", r.body());
    return m;
  }

  private static Map<String, Object> county(County c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("county", c.county());
    m.put("state", c.state());
    return m;
  }

  private static Map<String, Object> quote(Quote q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("speaker", q.speaker());
    m.put("role", q.role());
    m.put("organization", q.organization());
    m.put("text", q.text());
    return m;
  }

  static List<Map<String, Object>> all(List<Release> releases) {
    return releases.stream().map(RecordJson::of).toList();
  }
}
