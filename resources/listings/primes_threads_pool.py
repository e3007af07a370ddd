"""A thread pool does the queueing: the executor way."""
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from primes_common import NUMBERS, is_prime


def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)
    return n, prime, time.perf_counter() - t0


def main():
    args = sys.argv[1:]
    workers = int(args[0]) if args else os.cpu_count()
    count = len(NUMBERS)
    print(f'Checking {count} numbers with {workers} threads:')
    t0 = time.perf_counter()
    checked = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(check, n) for n in NUMBERS]
        for future in as_completed(futures):
            n, prime, elapsed = future.result()
            checked += 1
            label = 'P' if prime else ' '
            print(f'{n:16}  {label} {elapsed:9.6f}s')
    total = time.perf_counter() - t0
    print(f'{checked} checks in {total:.2f}s')


if __name__ == '__main__':
    main()
