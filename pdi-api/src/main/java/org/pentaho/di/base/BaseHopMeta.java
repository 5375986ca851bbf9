package org.pentaho.di.base;

import org.pentaho.di.core.xml.XMLInterface;

/** A hop between two steps (or job entry copies): its ends and whether it is enabled. */
public abstract class BaseHopMeta<T> implements Cloneable, XMLInterface {
  protected T from;

  protected T to;

  protected boolean enabled;

  protected boolean changed;

  public Object clone() {
    try {
      return super.clone();
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }

  public void setChanged() {
    setChanged(true);
  }

  public void setChanged(boolean flag) {
    changed = flag;
  }

  public boolean hasChanged() {
    return changed;
  }

  public void setEnabled() {
    setEnabled(true);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean flag) {
    if (enabled != flag) {
      setChanged();
      enabled = flag;
    }
  }

  public boolean isErrorHop() {
    return errorHop;
  }

  public void setErrorHop(boolean flag) {
    errorHop = flag;
  }

  private boolean errorHop;
}
