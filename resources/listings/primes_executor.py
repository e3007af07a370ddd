"""The loop hands each check to a pool of worker processes."""
import asyncio
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from primes_common import NUMBERS, is_prime


def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)
    return n, prime, time.perf_counter() - t0


async def main():
    args = sys.argv[1:]
    workers = int(args[0]) if args else os.cpu_count()
    loop = asyncio.get_running_loop()
    print(f'Checking {len(NUMBERS)} numbers with coroutines '
          f'and {workers} processes:')
    t0 = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        jobs = [loop.run_in_executor(pool, check, n)
                for n in NUMBERS]
        for job in asyncio.as_completed(jobs):
            n, prime, elapsed = await job
            label = 'P' if prime else ' '
            print(f'{n:16}  {label} {elapsed:9.6f}s')
    total = time.perf_counter() - t0
    print(f'{len(NUMBERS)} checks in {total:.2f}s')


if __name__ == '__main__':
    asyncio.run(main())
