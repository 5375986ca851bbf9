package io.pdimesos.bench;

import java.util.Arrays;

/** Median and the 10th/90th percentiles (nearest rank) of a few samples. */
record Stats(double median, double p10, double p90) {
  static Stats of(double[] samples) {
    if (samples.length == 0) {
      return new Stats(Double.NaN, Double.NaN, Double.NaN);
    }
    double[] s = samples.clone();
    Arrays.sort(s);
    int n = s.length;
    double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    return new Stats(median, s[rank(0.10, n)], s[rank(0.90, n)]);
  }

  private static int rank(double p, int n) {
    return Math.min(n - 1, Math.max(0, (int) Math.ceil(p * n) - 1));
  }
}
