"""Check every number, one after another, on one thread."""
import time

from primes_common import NUMBERS, is_prime


def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)
    return n, prime, time.perf_counter() - t0


def main():
    print(f'Checking {len(NUMBERS)} numbers sequentially:')
    t0 = time.perf_counter()
    for n in NUMBERS:
        n, prime, elapsed = check(n)
        label = 'P' if prime else ' '
        print(f'{n:16}  {label} {elapsed:9.6f}s')
    total = time.perf_counter() - t0
    print(f'Total time: {total:.2f}s')


if __name__ == '__main__':
    main()
