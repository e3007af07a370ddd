"""The racy first draft: it stops as soon as the job queue is empty."""
import os
import sys
import time
from multiprocessing import Process, SimpleQueue

from primes_common import is_prime, numbers_from

PILL = 0


def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)
    return n, prime, time.perf_counter() - t0


def worker(jobs, results):
    while True:
        n = jobs.get()
        if n == PILL:
            break                    # nothing is sent for the pill
        results.put(check(n))


def main():
    args = sys.argv[1:]
    workers = int(args[0]) if args else os.cpu_count()
    numbers = numbers_from(args[1:])
    print(f'Checking {len(numbers)} numbers with {workers} processes:')
    t0 = time.perf_counter()
    jobs, results = SimpleQueue(), SimpleQueue()
    for n in numbers:
        jobs.put(n)
    for _ in range(workers):
        Process(target=worker, args=(jobs, results)).start()
        jobs.put(PILL)               # one pill per worker
    while True:
        n, prime, elapsed = results.get()
        label = 'P' if prime else ' '
        print(f'{n:16}  {label} {elapsed:9.6f}s')
        if jobs.empty():             # BUG: results may still be on the way
            break
    total = time.perf_counter() - t0
    print(f'Total time: {total:.2f}s')


if __name__ == '__main__':
    main()
