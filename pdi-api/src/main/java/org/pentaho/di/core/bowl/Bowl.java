package org.pentaho.di.core.bowl;

/**
 * PDI 11.0+ only: absent from 9.4 and 10.2. It is in the mirror so a step meta can declare the 11.x
 * {@code getFields(Bowl, ...)} overloads (see docs/architecture.md, "Bowl"); its members are not
 * mirrored because the plugins only pass it through.
 */
public interface Bowl {
}
