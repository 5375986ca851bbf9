package io.pdimesos.steps;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Step metas for a parameterized test, each supplier named by its step class in the report. */
final class NamedMetas {
  private NamedMetas() {}

  static <T> Stream<Supplier<T>> named(List<Supplier<T>> makes) {
    return makes.stream().map(make -> {
      String name = make.get().getClass().getSimpleName();
      return new Supplier<T>() {
        @Override
        public T get() {
          return make.get();
        }

        @Override
        public String toString() {
          return name;
        }
      };
    });
  }
}
