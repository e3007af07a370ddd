"""The loop hands each check to a pool of worker processes.

Run: python3 -u primes_executor.py [WORKERS [NUMBERS...]]
"""
import asyncio
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from primes_common import is_prime, numbers_from, timeline


def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)
    t1 = time.perf_counter()
    timeline(n, t0, t1)              # stderr: the app's timeline
    return n, prime, t1 - t0


async def main():
    args = sys.argv[1:]
    workers = int(args[0]) if args else os.cpu_count()
    numbers = numbers_from(args[1:])
    loop = asyncio.get_running_loop()
    print(f'Checking {len(numbers)} numbers with coroutines '
          f'and {workers} processes:')
    t0 = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        jobs = [loop.run_in_executor(pool, check, n)
                for n in numbers]
        for job in asyncio.as_completed(jobs):
            n, prime, elapsed = await job
            label = 'P' if prime else ' '
            print(f'{n:16}  {label} {elapsed:9.6f}s')
    total = time.perf_counter() - t0
    print(f'{len(numbers)} checks in {total:.2f}s')


if __name__ == '__main__':
    asyncio.run(main())
