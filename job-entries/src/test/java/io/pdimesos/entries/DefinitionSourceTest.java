package io.pdimesos.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pentaho.di.core.variables.Variables;

class DefinitionSourceTest {
  @Test
  void pathsAndFileUrlsAreReadDirectly(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("app.json");
    Files.writeString(f, "{\"id\":\"/a\"}");
    assertThat(DefinitionSource.read(f.toString(), new Variables())).isEqualTo("{\"id\":\"/a\"}");
    assertThat(DefinitionSource.read(f.toUri().toString(), new Variables())).isEqualTo("{\"id\":\"/a\"}");
    assertThatThrownBy(() -> DefinitionSource.read(dir.resolve("none.json").toString(), new Variables()))
        .hasMessageStartingWith("there is no file ");
  }

  @Test
  void otherSchemesNeedPdisVfs() {
    assertThat(DefinitionSource.scheme("C:\\defs\\app.json")).isNull();
    assertThat(DefinitionSource.scheme("/defs/app.json")).isNull();
    assertThat(DefinitionSource.scheme("hdfs://nn/defs/app.json")).isEqualTo("hdfs");
    // the mirror has no KettleVFS: the error says what to do instead
    assertThatThrownBy(() -> DefinitionSource.read("s3://bucket/app.json", new Variables()))
        .hasMessageContaining("no VFS access for 's3' URLs");
  }
}
