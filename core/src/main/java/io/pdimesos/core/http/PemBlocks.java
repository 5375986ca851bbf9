package io.pdimesos.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a PEM file into its blocks of one kind, each with its BEGIN/END lines. */
public final class PemBlocks {
  private PemBlocks() {}

  public static List<String> split(String pem, String kind) {
    Pattern p = Pattern.compile("-----BEGIN " + Pattern.quote(kind) + "-----[\\s\\S]*?-----END "
        + Pattern.quote(kind) + "-----");
    Matcher m = p.matcher(pem);
    List<String> out = new ArrayList<String>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
