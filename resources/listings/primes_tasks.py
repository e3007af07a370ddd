"""procs.py's job queue, scaled out: Redis holds the queue, Celery's
workers check the numbers, on this machine or on any other.

Run a worker node in this file's folder:
    celery -A primes_tasks -b redis://:PASSWORD@HOST:PORT/0 worker
The broker, and the result backend (the same Redis unless
CELERY_RESULT_BACKEND says otherwise), come from -b or CELERY_BROKER_URL.
ACKS_LATE=off acknowledges each task when it starts, as Celery does by
default: then a worker killed mid-task loses it.
"""
import math
import os
import socket
import time

from celery import Celery, bootsteps, signals

app = Celery('primes_tasks')         # the broker: -b, or CELERY_BROKER_URL
late = os.environ.get('ACKS_LATE', 'on') != 'off'
app.conf.update(
    accept_content=['json'],         # never pickle: a message could run code here
    task_serializer='json',
    result_serializer='json',
    task_acks_late=late,             # ack after the check, not before it...
    task_reject_on_worker_lost=late, # ...so a killed worker's task comes back
    worker_prefetch_multiplier=1,    # one task at a time per process, like procs.py
    task_track_started=True,         # say who began a task: the app draws it live
)


@signals.celeryd_init.connect
def results_beside_the_tasks(conf=None, **kwargs):
    """Results go to the broker's Redis unless --result-backend or
    CELERY_RESULT_BACKEND says otherwise (-b is read after this import)."""
    if not conf.result_backend:
        conf.result_backend = conf.broker_url


class Tick(bootsteps.StartStopStep):
    """With late acks and a prefetch of 1, a node takes its next task only
    when its event loop wakes; idle, it sleeps up to a second. A tick every
    20 ms wakes it, so a freed process takes a task at once."""
    requires = {'celery.worker.components:Hub'}

    def start(self, worker):
        if worker.hub:
            worker.hub.call_repeatedly(0.02, lambda: None)


app.steps['worker'].add(Tick)


def is_prime(n):                     # the book's loop, unchanged
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    for divisor in range(3, math.isqrt(n) + 1, 2):
        if n % divisor == 0:
            return False
    return True


@app.task(name='primes_tasks.check')
def check(n):
    start = time.time()              # wall clock: lanes from many machines
    t0 = time.perf_counter()
    prime = is_prime(n)
    elapsed = time.perf_counter() - t0
    return {'n': n, 'prime': prime, 'elapsed': elapsed,
            'host': socket.gethostname(), 'pid': os.getpid(),
            'start': start, 'end': start + elapsed}
