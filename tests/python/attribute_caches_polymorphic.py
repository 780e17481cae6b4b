# Attribute sites that see several receiver types (polymorphic), more types than a site caches
# (megamorphic), and modules (whose dict comes first): caching must never change the meaning.
import types


class Task:
    def run(self):
        return "Task"

    label = "task"


class Idle(Task):
    def run(self):
        return "Idle"


class Worker(Task):
    label = "worker"


class Device(Task):
    def run(self):
        return "Device"


class Handler(Worker):
    def run(self):
        return "Handler:" + super().run()


class Other:
    def run(self):
        return "Other"

    label = "other"


def run_all(tasks):
    return [t.run() for t in tasks]


def labels(tasks):
    return [t.label for t in tasks]


tasks = [Task(), Idle(), Worker(), Device(), Handler(), Other()]
for _ in range(3):
    print(run_all(tasks), labels(tasks))

# one cached type changes while the others stay cached
Idle.run = lambda self: "Idle2"
Worker.label = "worker2"
print(run_all(tasks), labels(tasks))
del Idle.run
print(run_all(tasks), labels(tasks))

# an instance attribute shadows the class method on one receiver only
tasks[3].run = lambda: "instance run"
print(run_all(tasks))
del tasks[3].run
print(run_all(tasks))

# the first two types alternate: both stay right
pair = [Idle(), Device()] * 3
print(run_all(pair))

# a module receiver: its dict first, rebinding, deletion, re-adding, module __getattr__
m = types.ModuleType("m")
m.f = lambda x: x + 1
m.value = 10


def use(mod):
    return mod.f(mod.value)


print([use(m) for _ in range(3)])
m.value = 20
print(use(m))
m.f = lambda x: x * 2
print(use(m))
del m.f
try:
    use(m)
except AttributeError as e:
    print("AttributeError", e)
m.__getattr__ = lambda name: (lambda x: "getattr " + name + " " + str(x))
print(use(m))
m.f = abs
m.value = -5
print(use(m))

# two modules at one site, and the same site on a class
n = types.ModuleType("n")
n.f = len
n.value = "abc"
print([use(x) for x in (m, n, m, n)])


class K:
    @staticmethod
    def f(x):
        return ("K", x)

    value = 7


print([use(x) for x in (m, K, n, K())])


# a module function defined in Python, called through the module
def twice(x):
    return [x, x]


m.f = twice
print(use(m), [use(m) for _ in range(2)])
import math
print(sum(math.sqrt(float(i)) for i in range(100)) > 0, math.floor(2.5))
