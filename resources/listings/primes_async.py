"""Coroutines, but is_prime never awaits: one at a time.

Run: python3 -u primes_async.py [NUMBERS...]
"""
import asyncio
import sys
import time

from primes_common import is_prime, numbers_from, timeline


async def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)              # blocks the whole loop
    t1 = time.perf_counter()
    timeline(n, t0, t1)              # stderr: the app's timeline
    return n, prime, t1 - t0


async def main():
    numbers = numbers_from(sys.argv[1:])
    print(f'Checking {len(numbers)} numbers with coroutines:')
    t0 = time.perf_counter()
    for n in numbers:
        n, prime, elapsed = await check(n)
        label = 'P' if prime else ' '
        print(f'{n:16}  {label} {elapsed:9.6f}s')
    total = time.perf_counter() - t0
    print(f'{len(numbers)} checks in {total:.2f}s')


if __name__ == '__main__':
    asyncio.run(main())
