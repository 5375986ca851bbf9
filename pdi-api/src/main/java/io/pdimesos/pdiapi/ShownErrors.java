package io.pdimesos.pdiapi;

import java.util.ArrayList;
import java.util.List;

/**
 * What the mirror's ErrorDialog would have shown. PDI opens a modal window; the mirror records the
 * error instead, so a dialog test never blocks on it and can assert the message.
 */
public final class ShownErrors {
  private static final List<String> SHOWN = new ArrayList<String>();

  private ShownErrors() {
  }

  public static synchronized void record(String title, String message, Throwable error) {
    SHOWN.add(title + ": " + message + (error == null ? "" : " (" + error + ")"));
  }

  public static synchronized List<String> shown() {
    return new ArrayList<String>(SHOWN);
  }

  public static synchronized void clear() {
    SHOWN.clear();
  }
}
