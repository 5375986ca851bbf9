package io.pdimesos.core.emulator;

import io.pdimesos.core.chronos.ChronosVersion;

class Chronos2EmulatorTest extends ChronosEmulatorTestBase {
  @Override
  ChronosVersion version() {
    return ChronosVersion.V2;
  }
}
