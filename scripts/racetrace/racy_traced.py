# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
"""The racy procs.py (resources/listings/primes_procs_racy.py) with a
CLOCK_MONOTONIC stamp (ns) at each step, written as JSON to OUT.p (parent,
also on SIGTERM when it hangs) and OUT.w<k> (worker k).
Usage: racy_traced.py WORKERS OUT N..."""
import json
import os
import signal
import sys
import time
from multiprocessing import Process, SimpleQueue

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'resources', 'listings'))
from primes_common import is_prime  # noqa: E402  the listings' own

PILL = 0
now = time.monotonic_ns


def check(n):
    t0 = time.perf_counter()
    prime = is_prime(n)
    return n, prime, time.perf_counter() - t0


def worker(k, jobs, results, out):
    rec = [('boot', now())]
    while True:
        n = jobs.get()
        rec.append(('got', now(), n))
        if n == PILL:
            break
        r = check(n)
        rec.append(('put0', now(), n))
        results.put(r)
        rec.append(('put1', now(), n))
    with open(f'{out}.w{k}', 'w') as f:
        json.dump({'pid': os.getpid(), 'rec': rec}, f)


def main():
    workers = int(sys.argv[1])
    out = sys.argv[2]
    numbers = [int(x) for x in sys.argv[3:]]
    rec = []
    def dump(*_):
        with open(f'{out}.p', 'w') as f:
            json.dump({'pid': os.getpid(), 'rec': rec}, f)
        os._exit(0)
    signal.signal(signal.SIGTERM, dump)
    print(f'Checking {len(numbers)} numbers with {workers} processes:')
    rec.append(('start', now()))
    jobs, results = SimpleQueue(), SimpleQueue()
    for n in numbers:
        jobs.put(n)
    rec.append(('filled', now()))
    for k in range(workers):
        rec.append(('spawn0', now(), k))
        Process(target=worker, args=(k, jobs, results, out)).start()
        jobs.put(PILL)
        rec.append(('pill', now(), k))
    while True:
        rec.append(('get0', now()))
        n, prime, elapsed = results.get()
        rec.append(('get1', now(), n))
        label = 'P' if prime else ' '
        print(f'{n:16}  {label} {elapsed:9.6f}s')
        rec.append(('check', now()))
        if jobs.empty():
            rec.append(('empty', now()))
            break
        rec.append(('notempty', now()))
    rec.append(('end', now()))
    dump()

if __name__ == '__main__':
    main()
