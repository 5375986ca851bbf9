package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.pdiapi.sample.SampleStepMeta;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * The Bowl decision rests on lazy linking: a step meta that declares the 11.x {@code getFields(Bowl, ...)}
 * overload must still load and work on PDI 9.4, where {@code org.pentaho.di.core.bowl.Bowl} does not
 * exist. This loads the sample meta in a class loader that hides Bowl, as a 9.4 install would.
 */
class BowlAbsentOn94Test {

  @Test
  void aMetaDeclaringTheBowlOverloadLoadsAndRunsWithoutBowl() throws Exception {
    try (Pdi94Loader loader = new Pdi94Loader()) {
      assertThatThrownBy(() -> loader.loadClass("org.pentaho.di.core.bowl.Bowl"))
          .isInstanceOf(ClassNotFoundException.class);

      Class<?> metaClass = loader.loadClass(SampleStepMeta.class.getName());
      assertThat(metaClass.getClassLoader()).isSameAs(loader);
      Object stepAnnotation = metaClass.getAnnotation(
          loader.loadClass("org.pentaho.di.core.annotations.Step").asSubclass(java.lang.annotation.Annotation.class));
      assertThat(stepAnnotation).as("the registry reads @Step").isNotNull();
      Object meta = metaClass.getDeclaredConstructor().newInstance();

      Class<?> rowMetaInterface = loader.loadClass("org.pentaho.di.core.row.RowMetaInterface");
      Object row = loader.loadClass("org.pentaho.di.core.row.RowMeta").getDeclaredConstructor().newInstance();
      // PDI calls getFields through StepMetaInterface (a virtual call): resolve it on the interface, not the class.
      Method legacy = loader.loadClass("org.pentaho.di.trans.step.StepMetaInterface").getMethod("getFields",
          rowMetaInterface, String.class,
          rowMetaInterface.arrayType(), loader.loadClass("org.pentaho.di.trans.step.StepMeta"),
          loader.loadClass("org.pentaho.di.core.variables.VariableSpace"),
          loader.loadClass("org.pentaho.di.repository.Repository"),
          loader.loadClass("org.pentaho.metastore.api.IMetaStore"));
      legacy.invoke(meta, row, "step", null, null, null, null, null);
      assertThat(row.toString()).contains("status");

      // The known cost, written down in docs/architecture.md: reflecting over the meta class's own methods
      // (getDeclaredMethods, and even getMethod, which lists them) needs every parameter type.
      assertThatThrownBy(metaClass::getDeclaredMethods).isInstanceOf(NoClassDefFoundError.class)
          .hasMessageContaining("org/pentaho/di/core/bowl/Bowl");
      assertThatThrownBy(() -> metaClass.getMethod("setDefault")).isInstanceOf(NoClassDefFoundError.class);
    }
  }

  /** Child-first over the mirror and test classes, without the 11.x-only Bowl package. */
  private static final class Pdi94Loader extends URLClassLoader {
    Pdi94Loader() {
      super(new URL[] {location(OutsideMirror.class), location(SampleStepMeta.class)},
          ClassLoader.getPlatformClassLoader());
    }

    private static URL location(Class<?> type) {
      return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (name.startsWith("org.pentaho.di.core.bowl.")) {
        throw new ClassNotFoundException(name + " does not exist in PDI 9.4");
      }
      return super.findClass(name);
    }
  }
}
