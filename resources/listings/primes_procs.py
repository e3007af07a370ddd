"""Worker processes share one job queue; 0 means: quit.

Run: python3 -u primes_procs.py [WORKERS [NUMBERS...]]
"""
import os
import sys
import time
from multiprocessing import Process, SimpleQueue

from primes_common import is_prime, numbers_from, timeline

PILL = 0


def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)
    t1 = time.perf_counter()
    timeline(n, t0, t1)              # stderr: the app's timeline
    return n, prime, t1 - t0


def worker(jobs, results):
    while (n := jobs.get()) != PILL:
        results.put(check(n))
    results.put((PILL, False, 0.0))  # this worker is done


def main():
    args = sys.argv[1:]
    workers = int(args[0]) if args else os.cpu_count()
    numbers = numbers_from(args[1:])
    jobs, results = SimpleQueue(), SimpleQueue()
    for n in numbers:
        jobs.put(n)
    count = len(numbers)
    print(f'Checking {count} numbers with {workers} processes:')
    t0 = time.perf_counter()
    for _ in range(workers):
        Process(target=worker, args=(jobs, results)).start()
        jobs.put(PILL)               # one pill per worker
    checked = done = 0
    while done < workers:            # wait for every "done"
        n, prime, elapsed = results.get()
        if n == PILL:
            done += 1
            continue
        checked += 1
        label = 'P' if prime else ' '
        print(f'{n:16}  {label} {elapsed:9.6f}s')
    total = time.perf_counter() - t0
    print(f'{checked} checks in {total:.2f}s')


if __name__ == '__main__':
    main()
