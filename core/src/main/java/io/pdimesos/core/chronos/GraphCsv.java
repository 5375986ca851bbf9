package io.pdimesos.core.chronos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed {@code GET …/graph/csv} answer (reference chronos.md §5): one
 * {@code node,<name>,<lastOutcome>[,<currentState>]} line per job and one
 * {@code link,<parent>,<child>} line per dependency edge. Names cannot contain commas, so a plain
 * split is exact. Lines of other kinds are skipped so a newer server cannot break the reader,
 * but text with content and not one such line is not a graph (a proxy's page, garbage).
 */
public final class GraphCsv {
  private final Map<String, JobState> nodes;
  private final List<String[]> links;

  private GraphCsv(Map<String, JobState> nodes, List<String[]> links) {
    this.nodes = Collections.unmodifiableMap(nodes);
    this.links = Collections.unmodifiableList(links);
  }

  /**
   * @throws IllegalArgumentException when {@code text} has content but no node or link line
   */
  public static GraphCsv parse(String text) {
    Map<String, JobState> nodes = new LinkedHashMap<String, JobState>();
    List<String[]> links = new ArrayList<String[]>();
    if (text != null) {
      for (String raw : text.split("\r?\n")) {
        String[] f = raw.split(",", -1);
        if (f.length >= 3 && f[0].equals("node")) {
          nodes.put(f[1], new JobState(f[1], f[2], f.length >= 4 ? f[3] : null));
        } else if (f.length == 3 && f[0].equals("link")) {
          links.add(new String[] {f[1], f[2]});
        }
      }
      if (nodes.isEmpty() && links.isEmpty() && !text.trim().isEmpty()) {
        throw new IllegalArgumentException("no 'node,…' or 'link,…' line in "
            + io.pdimesos.core.http.Json.snippet(text));
      }
    }
    return new GraphCsv(nodes, links);
  }

  /** Jobs by name, in the server's (unsorted) order. */
  public Map<String, JobState> nodes() {
    return nodes;
  }

  /** The job's state, or null when the graph does not list it. */
  public JobState state(String jobName) {
    return nodes.get(jobName);
  }

  /** {@code [parent, child]} pairs. */
  public List<String[]> links() {
    return links;
  }

  /** Direct children of {@code parent}. */
  public List<String> children(String parent) {
    List<String> out = new ArrayList<String>();
    for (String[] l : links) {
      if (l[0].equals(parent)) {
        out.add(l[1]);
      }
    }
    return out;
  }
}
