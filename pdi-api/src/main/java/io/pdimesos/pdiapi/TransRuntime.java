package io.pdimesos.pdiapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.pentaho.di.trans.Trans;

/**
 * What PDI's Trans keeps about its running step copies, reduced to what stopping needs: each step
 * registers a hook when it is created, and {@link Trans#stopAll()} runs every hook of that
 * transformation (PDI sets the stopped flag and calls {@code stopRunning} on each step).
 */
public final class TransRuntime {
  private static final Map<Trans, List<Runnable>> STOP_HOOKS = new WeakHashMap<Trans, List<Runnable>>();

  private TransRuntime() {
  }

  public static synchronized void onStop(Trans trans, Runnable hook) {
    List<Runnable> hooks = STOP_HOOKS.get(trans);
    if (hooks == null) {
      hooks = new ArrayList<Runnable>();
      STOP_HOOKS.put(trans, hooks);
    }
    hooks.add(hook);
  }

  public static void stopAll(Trans trans) {
    List<Runnable> hooks;
    synchronized (TransRuntime.class) {
      List<Runnable> registered = STOP_HOOKS.get(trans);
      hooks = registered == null ? new ArrayList<Runnable>() : new ArrayList<Runnable>(registered);
    }
    for (Runnable hook : hooks) {
      hook.run();
    }
  }
}
