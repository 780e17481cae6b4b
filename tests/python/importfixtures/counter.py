import importfixtures
COUNT = getattr(importfixtures, '_counter_loads', 0) + 1
importfixtures._counter_loads = COUNT
