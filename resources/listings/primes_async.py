"""Coroutines, but is_prime never awaits: one at a time."""
import asyncio
import time

from primes_common import NUMBERS, is_prime


async def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)              # blocks the whole loop
    return n, prime, time.perf_counter() - t0


async def main():
    print(f'Checking {len(NUMBERS)} numbers with coroutines:')
    t0 = time.perf_counter()
    for n in NUMBERS:
        n, prime, elapsed = await check(n)
        label = 'P' if prime else ' '
        print(f'{n:16}  {label} {elapsed:9.6f}s')
    total = time.perf_counter() - t0
    print(f'{len(NUMBERS)} checks in {total:.2f}s')


if __name__ == '__main__':
    asyncio.run(main())
