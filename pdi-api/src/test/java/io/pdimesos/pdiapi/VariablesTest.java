package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.variables.Variables;

class VariablesTest {

  @Test
  void substitutesBothSyntaxesAndKeepsUnknownReferences() {
    Variables vars = new Variables();
    vars.setVariable("HOST", "master.mesos");
    vars.setVariable("PORT", "5050");

    assertThat(vars.environmentSubstitute("http://${HOST}:%%PORT%%/state")).isEqualTo("http://master.mesos:5050/state");
    assertThat(vars.environmentSubstitute("${MISSING}/%%ALSO%%")).isEqualTo("${MISSING}/%%ALSO%%");
    assertThat(vars.environmentSubstitute("${HOST")).isEqualTo("${HOST");
    assertThat(vars.environmentSubstitute((String) null)).isNull();
    assertThat(vars.environmentSubstitute(new String[] {"${HOST}", "x"})).containsExactly("master.mesos", "x");
  }

  @Test
  void substitutesOnlyOnce() {
    Variables vars = new Variables();
    vars.setVariable("A", "${B}");
    vars.setVariable("B", "b");
    assertThat(vars.environmentSubstitute("${A}")).isEqualTo("${B}");
  }

  @Test
  void childCopiesParentScopeAtInitialisation() {
    Variables parent = new Variables();
    parent.setVariable("SCOPE", "parent");
    Variables child = new Variables();
    child.initializeVariablesFrom(parent);

    assertThat(child.getParentVariableSpace()).isSameAs(parent);
    assertThat(child.getVariable("SCOPE")).isEqualTo("parent");
    child.setVariable("SCOPE", "child");
    assertThat(parent.getVariable("SCOPE")).isEqualTo("parent");
    assertThat(child.getVariable("java.version")).isEqualTo(System.getProperty("java.version"));
  }

  @Test
  void defaultsBooleansAndRemoval() {
    Variables vars = new Variables();
    vars.setVariable("FLAG", "Y");
    assertThat(vars.getBooleanValueOfVariable("${FLAG}", false)).isTrue();
    assertThat(vars.getBooleanValueOfVariable("${NOPE}", true)).isFalse();
    assertThat(vars.getBooleanValueOfVariable("", true)).isTrue();
    assertThat(vars.getVariable("NOPE", "dflt")).isEqualTo("dflt");
    vars.setVariable("FLAG", null);
    assertThat(vars.getVariable("FLAG")).isNull();
  }

  @Test
  void injectedVariablesApplyAtInitialisation() {
    Variables vars = new Variables();
    vars.injectVariables(Map.of("INJ", "1"));
    assertThat(vars.getVariable("INJ")).isNull();
    vars.initializeVariablesFrom(null);
    assertThat(vars.getVariable("INJ")).isEqualTo("1");
  }

  @Test
  void fieldSubstitution() throws Exception {
    RowMeta meta = new RowMeta();
    meta.addValueMeta(new ValueMetaString("app"));
    meta.addValueMeta(new ValueMetaInteger("n"));
    assertThat(new Variables().fieldSubstitute("?{APP} x?{n} ?{other}", meta, new Object[] {"web", 3L}))
        .isEqualTo("web x3 ?{other}");
  }

  @Test
  void xmlEscapedSubstitution() {
    Variables vars = new Variables();
    vars.setVariable("V", "a<b");
    assertThat(vars.environmentSubstitute("<x>${V}</x>", true)).isEqualTo("<x>a&lt;b</x>");
  }
}
