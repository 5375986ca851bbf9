package io.pdimesos.pdiapi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.pentaho.di.core.bowl.Bowl;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;
import org.pentaho.metastore.api.IMetaStore;

/**
 * How each PDI line asks a step for its output fields (pdi-plugin-api.md section 7), so tests can run a
 * step meta through both paths. 9.4 and 10.2 call the legacy 7-argument {@code getFields}. 11.x calls
 * only the {@link Bowl} overloads: the 6-argument one, then, if the row did not change, the 8-argument
 * one; 11.x's BaseStepMeta leaves both empty, so a meta that does not declare them reports nothing.
 */
public final class FieldsDispatch {
  /** The PDI line whose dispatch {@code TransMeta.getThisStepFields} follows; 9.4 unless a test says otherwise. */
  public enum Line {
    PDI_9_4, PDI_10_2, PDI_11
  }

  private static volatile Line current = Line.PDI_9_4;

  /** A stand-in for 11.x's default bowl; the plugins only pass it on. */
  public static final Bowl DEFAULT_BOWL = new Bowl() {
    @Override
    public String toString() {
      return "DefaultBowl";
    }
  };

  private FieldsDispatch() {
  }

  public static Line current() {
    return current;
  }

  public static void emulate(Line line) {
    current = line;
  }

  public static void getFields(Line line, StepMetaInterface meta, RowMetaInterface row, String name,
      RowMetaInterface[] info, StepMeta nextStep, VariableSpace space, Repository repository, IMetaStore metaStore)
      throws KettleStepException {
    if (line == Line.PDI_11) {
      bowl(meta, row, name, info, nextStep, space, repository, metaStore);
    } else {
      meta.getFields(row, name, info, nextStep, space, repository, metaStore);
    }
  }

  private static void bowl(StepMetaInterface meta, RowMetaInterface row, String name, RowMetaInterface[] info,
      StepMeta nextStep, VariableSpace space, Repository repository, IMetaStore metaStore) throws KettleStepException {
    String before = row.toString();
    invoke(meta, new Class<?>[] {Bowl.class, RowMetaInterface.class, String.class, RowMetaInterface[].class,
        StepMeta.class, VariableSpace.class}, DEFAULT_BOWL, row, name, info, nextStep, space);
    if (row.toString().equals(before)) {
      invoke(meta, new Class<?>[] {Bowl.class, RowMetaInterface.class, String.class, RowMetaInterface[].class,
          StepMeta.class, VariableSpace.class, Repository.class, IMetaStore.class},
          DEFAULT_BOWL, row, name, info, nextStep, space, repository, metaStore);
    }
  }

  private static void invoke(StepMetaInterface meta, Class<?>[] parameterTypes, Object... arguments)
      throws KettleStepException {
    Method method;
    try {
      method = meta.getClass().getMethod("getFields", parameterTypes);
    } catch (NoSuchMethodException notDeclared) {
      return; // 11.x's BaseStepMeta implementation: nothing changes
    }
    try {
      method.invoke(meta, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof KettleStepException) {
        throw (KettleStepException) e.getCause();
      }
      throw new KettleStepException("getFields failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new KettleStepException("getFields is not accessible", e);
    }
  }
}
