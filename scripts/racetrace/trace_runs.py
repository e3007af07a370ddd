# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
"""Runs racy_traced.py RUNS times with the kernel's scheduler events traced
(tracefs, as root), keeping each run's stamps, trace and outcome in DIR.
A run is hung when every worker has written its stamps and the parent still
waits 0.5 s. On a loaded machine run it in its own autogroup at nice -20:
  setsid bash -c 'echo -20 > /proc/self/autogroup; exec python3 trace_runs.py ...'
Usage: trace_runs.py WORKERS COUNT RUNS DIR [FIRST]   (numbers FIRST.., default 10^6)"""
import glob
import json
import os
import subprocess
import sys
import time

TRACE = '/sys/kernel/tracing'
EVENTS = ('sched:sched_switch', 'sched:sched_wakeup', 'sched:sched_wakeup_new',
          'sched:sched_migrate_task', 'sched:sched_process_exit')


def write(name, text):
    with open(f'{TRACE}/{name}', 'w') as f:
        f.write(text)


def main():
    workers, count, runs, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    first = int(sys.argv[5]) if len(sys.argv) > 5 else 1_000_000
    if not os.path.isdir(TRACE + '/events'):
        sys.exit(f'no tracefs at {TRACE}: mount -t tracefs nodev {TRACE} (as root)')
    os.makedirs(out, exist_ok=True)
    write('tracing_on', '0')
    write('trace_clock', 'mono')  # the same clock as time.monotonic_ns()
    write('buffer_size_kb', '8192')
    write('set_event', '\n'.join(EVENTS) + '\n')
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'racy_traced.py')
    numbers = [str(n) for n in range(first, first + count)]
    for r in range(runs):
        base = f'{out}/run{r:03d}'
        for old in glob.glob(base + '.*'):
            os.remove(old)
        write('trace', '')
        write('tracing_on', '1')
        p = subprocess.Popen([sys.executable, '-u', script, str(workers), base] + numbers,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        hung, done_at, start = False, None, time.monotonic()
        while p.poll() is None:
            time.sleep(0.01)
            if done_at is None and len(glob.glob(base + '.w*')) == workers:
                done_at = time.monotonic()
            if done_at is not None and time.monotonic() - done_at > 0.5:
                hung = True
                p.terminate()
                p.wait()
            elif time.monotonic() - start > 60:
                p.kill()
                p.wait()
        write('tracing_on', '0')
        printed = sum(1 for line in p.stdout.read().decode().splitlines()[1:]
                      if line and not line.startswith('Total'))
        outcome = 'hung' if hung else 'complete' if printed == count else 'lost'
        with open(f'{TRACE}/trace') as f, open(base + '.trace', 'w') as g:
            g.write(f.read())
        with open(base + '.meta', 'w') as g:
            json.dump({'outcome': outcome, 'lost': 0 if hung else count - printed}, g)
        print(r, outcome, 0 if hung else count - printed, flush=True)


main()
