package io.pdimesos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.http.Json;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateGeneratorTest {

  @Test
  void writesValidStateWithTheRequestedTasksSpreadOverFrameworksAndAgents() throws Exception {
    int tasks = StateGenerator.TASKS_PER_FRAMEWORK + 7;
    StateGenerator generator = new StateGenerator(tasks);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    generator.writeTo(body);

    assertThat((long) body.size()).as("Content-Length matches the body written")
        .isEqualTo(generator.contentLength());
    JsonNode state = Json.MAPPER.readTree(body.toByteArray());
    assertThat(state.get("version").asText()).isEqualTo("1.8.0");
    assertThat(state.has("flags")).isTrue();

    Set<String> agentIds = new HashSet<>();
    for (JsonNode agent : state.get("slaves")) {
      agentIds.add(agent.get("id").asText());
      assertThat(agent.get("pid").asText()).isEqualTo("slave(1)@" + agent.get("hostname").asText()
          + ":5051");
    }
    assertThat(agentIds).hasSize(tasks / StateGenerator.TASKS_PER_AGENT)
        .hasSize(generator.agents());
    assertThat(state.get("frameworks")).hasSize(2);

    Set<String> taskIds = new HashSet<>();
    for (JsonNode framework : state.get("frameworks")) {
      for (JsonNode task : framework.get("tasks")) {
        taskIds.add(task.get("id").asText());
        assertThat(task.get("framework_id").asText()).isEqualTo(framework.get("id").asText());
        assertThat(agentIds).contains(task.get("slave_id").asText());
        assertThat(task.get("state").asText()).isEqualTo("TASK_RUNNING");
        assertThat(task.at("/statuses/1/container_status/network_infos/0/ip_addresses/0/ip_address")
            .asText()).isEqualTo("9.0.2.2");
      }
    }
    assertThat(taskIds).as("unique task ids").hasSize(tasks);
  }

  @Test
  void aSingleTaskStateHasOneAgentAndOneFramework() throws Exception {
    StateGenerator generator = new StateGenerator(1);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    generator.writeTo(body);
    JsonNode state = Json.MAPPER.readTree(body.toByteArray());
    assertThat(state.get("slaves")).hasSize(1);
    assertThat(state.get("frameworks")).hasSize(1);
    assertThat(state.at("/frameworks/0/tasks")).hasSize(1);
  }
}
