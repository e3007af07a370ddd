"""Check every number, one after another, on one thread.

Run: python3 -u primes_sequential.py [NUMBERS...]
"""
import sys
import time

from primes_common import is_prime, numbers_from, timeline


def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)
    t1 = time.perf_counter()
    timeline(n, t0, t1)              # stderr: the app's timeline
    return n, prime, t1 - t0


def main():
    numbers = numbers_from(sys.argv[1:])
    print(f'Checking {len(numbers)} numbers sequentially:')
    t0 = time.perf_counter()
    for n in numbers:
        n, prime, elapsed = check(n)
        label = 'P' if prime else ' '
        print(f'{n:16}  {label} {elapsed:9.6f}s')
    total = time.perf_counter() - t0
    print(f'Total time: {total:.2f}s')


if __name__ == '__main__':
    main()
