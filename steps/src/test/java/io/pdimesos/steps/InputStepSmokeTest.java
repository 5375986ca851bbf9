package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.StepChain;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import org.junit.jupiter.api.Test;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;

class InputStepSmokeTest {
  @Test
  void mesosAgentsBecomeRows() {
    try (ClusterSim sim = ClusterSim.builder().agents(3).masters(1).marathonInstances(1)
        .chronosInstances(0).freePorts().build().start()) {
      MesosStateInputMeta meta = new MesosStateInputMeta();
      meta.setDefault();
      meta.settings().set(ConnectionSettings.MESOS_MASTERS, String.join(",", sim.mesosUrls()));
      meta.settings().set(MesosStateInputMeta.ENTITY, "agents");
      meta.settings().setTable(InputSettings.FIELDS, java.util.List.of());
      TransMeta transMeta = new TransMeta();
      StepChain chain = new StepChain(transMeta, new Trans(transMeta));
      chain.step("Agents", meta, meta.getStepData());
      chain.sink("Out");
      chain.hop("Agents", "Out");
      assertThat(chain.run(10)).isTrue();
      assertThat(chain.rows("Out")).hasSize(3);
      System.out.println(chain.rowMeta("Out").getFieldNames().length + " " + java.util.Arrays.toString(chain.rows("Out").get(0)));
    }
  }
}
