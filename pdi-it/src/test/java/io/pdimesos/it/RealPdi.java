package io.pdimesos.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a test class against the PDI that {@code PDI_HOME} names, and hands it that
 * {@link PdiHome}. Without {@code PDI_HOME} every such class is skipped, and the suite says so
 * once, in one line, so a green build without PDI cannot be mistaken for a real-engine run.
 */
public final class RealPdi implements ExecutionCondition, ParameterResolver {
  static final String SKIP_LINE = "pdi-it: real-PDI suite skipped: PDI_HOME is not set (point it at a PDI "
      + "data-integration folder, e.g. PDI_HOME=/opt/pentaho/data-integration ./run-tests)";

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  /** Marks a test class of the real-PDI suite. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith(RealPdi.class)
  public @interface Suite {
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    // An invalid PDI_HOME throws here: a typo must fail the build, not skip it.
    Optional<PdiHome> home = PdiHome.fromEnvironment();
    if (home.isPresent()) {
      return ConditionEvaluationResult.enabled(home.get().toString());
    }
    if (TOLD.compareAndSet(false, true)) {
      System.out.println(SKIP_LINE);
    }
    return ConditionEvaluationResult.disabled("PDI_HOME is not set");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PdiHome.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.create(RealPdi.class))
        .getOrComputeIfAbsent(PdiHome.class, k -> PdiHome.fromEnvironment().orElseThrow(), PdiHome.class);
  }
}
