package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Const;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleStepException;

/** PDI frames exception messages with line breaks and appends the cause's message (KettleException.getMessage). */
class KettleExceptionTest {

  @Test
  void messageIsFramedAndCarriesTheCause() {
    KettleException error = new KettleStepException("Marathon rejected the app", new IllegalStateException("409"));
    assertThat(error.getMessage()).isEqualTo(Const.CR + "Marathon rejected the app" + Const.CR + "409" + Const.CR);
    assertThat(error.getSuperMessage()).isEqualTo("Marathon rejected the app");
    assertThat(new KettleException("alone").getMessage()).isEqualTo(Const.CR + "alone" + Const.CR);
  }
}
