package io.pdimesos.core.emulator;

import io.pdimesos.core.chronos.ChronosVersion;

class Chronos3EmulatorTest extends ChronosEmulatorTestBase {
  @Override
  ChronosVersion version() {
    return ChronosVersion.V3;
  }
}
