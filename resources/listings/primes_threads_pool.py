"""A thread pool does the queueing: the executor way.

Run: python3 -u primes_threads_pool.py [WORKERS [NUMBERS...]]
SWITCH_INTERVAL=0.001 sets sys.setswitchinterval() (seconds).
"""
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from primes_common import is_prime, numbers_from, timeline


def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)
    t1 = time.perf_counter()
    timeline(n, t0, t1)              # stderr: the app's timeline
    return n, prime, t1 - t0


def main():
    args = sys.argv[1:]
    workers = int(args[0]) if args else os.cpu_count()
    numbers = numbers_from(args[1:])
    count = len(numbers)
    print(f'Checking {count} numbers with {workers} threads:')
    t0 = time.perf_counter()
    checked = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(check, n) for n in numbers]
        for future in as_completed(futures):
            n, prime, elapsed = future.result()
            checked += 1
            label = 'P' if prime else ' '
            print(f'{n:16}  {label} {elapsed:9.6f}s')
    total = time.perf_counter() - t0
    print(f'{checked} checks in {total:.2f}s')


if __name__ == '__main__':
    interval = os.environ.get('SWITCH_INTERVAL')  # seconds
    if interval:
        sys.setswitchinterval(float(interval))
    main()
