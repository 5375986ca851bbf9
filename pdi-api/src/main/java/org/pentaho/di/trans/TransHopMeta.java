package org.pentaho.di.trans;

import org.pentaho.di.base.BaseHopMeta;
import org.pentaho.di.trans.step.StepMeta;

/** A hop between two steps of a transformation; two hops are equal when their ends are. */
public class TransHopMeta extends BaseHopMeta<StepMeta> implements Comparable<TransHopMeta> {
  public TransHopMeta(StepMeta from, StepMeta to, boolean flag) {
    this.from = from;
    this.to = to;
    this.enabled = flag;
  }

  public TransHopMeta(StepMeta from, StepMeta to) {
    this(from, to, true);
  }

  public TransHopMeta() {
    this(null, null, false);
  }

  public void setFromStep(StepMeta from) {
    this.from = from;
  }

  public void setToStep(StepMeta to) {
    this.to = to;
  }

  public StepMeta getFromStep() {
    return from;
  }

  public StepMeta getToStep() {
    return to;
  }

  public boolean equals(Object obj) {
    if (!(obj instanceof TransHopMeta) || from == null || to == null) {
      return false;
    }
    TransHopMeta other = (TransHopMeta) obj;
    return from.equals(other.getFromStep()) && to.equals(other.getToStep());
  }

  public int hashCode() {
    return 31 * (to == null ? 0 : to.hashCode()) + (from == null ? 0 : from.hashCode());
  }

  public int compareTo(TransHopMeta obj) {
    return toString().compareTo(obj.toString());
  }

  public String toString() {
    return (from == null ? "(empty)" : from.getName()) + " --> " + (to == null ? "(empty)" : to.getName()) + " ("
        + (enabled ? "enabled" : "disabled") + ")";
  }
}
