# gc: the JVM collects; the module's settings are kept and read back
import gc
print(gc.isenabled(), gc.collect(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
gc.set_threshold(100, 5); print(gc.get_threshold()[:2], gc.garbage, gc.is_tracked([]))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([1]), gc.get_count() is not None)
