# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
"""Reads DIRs written by trace_runs.py and prints what RaceTiming needs: the
CPU time (on a core, from sched_switch) of the parent's Process.start() +
put(0), of a child from its fork to its first get(), of a child from its pill
to its exit, the extra CPU of the first 10 results and items, and the medians
of the steps (wall time, from the stamps) to compare with the measured ones.
Usage: trace_costs.py DIR..."""
import glob
import json
import re
import statistics
import sys

LINE = re.compile(r'\s*\S.*?-(\d+)\s+\[(\d+)\]\s+\S+\s+([\d.]+): (\w+): (.*)')
SWITCH = re.compile(r'prev_pid=(\d+) .*prev_state=(\S+) ==> .* next_pid=(\d+)')
QUANTILES = (0, .1, .25, .5, .75, .9, .95, .99, 1)


def on_cpu(path):
    """Per pid: the intervals (s) it ran, and when it became a zombie."""
    running, spans, exits = {}, {}, {}
    for line in open(path):
        m = LINE.match(line)
        if not m or m.group(4) != 'sched_switch':
            continue
        cpu, ts = int(m.group(2)), float(m.group(3))
        s = SWITCH.search(m.group(5))
        prev, state, nxt = int(s.group(1)), s.group(2), int(s.group(3))
        if cpu in running:
            pid, since = running[cpu]
            spans.setdefault(pid, []).append((since, ts))
        if state == 'Z':
            exits.setdefault(prev, ts)
        running[cpu] = (nxt, ts)
    return spans, exits


def cpu(spans, pid, a, b):
    return sum(max(0.0, min(y, b) - max(x, a)) for x, y in spans.get(pid, []))


def quantiles(values):
    v = sorted(values)
    return [round(v[min(len(v) - 1, round(q * (len(v) - 1)))] * 1e6) for q in QUANTILES] if v else []


def main():
    fork, boot, exit_, pwarm, wwarm = [], [], [], [], []
    steps = {k: [] for k in ('get', 'print', 'empty', 'put', 'take')}
    for d in sys.argv[1:]:
        for base in sorted(p[:-2] for p in glob.glob(d + '/run*.p')):
            parent = json.load(open(base + '.p'))
            workers = [json.load(open(f)) for f in sorted(glob.glob(base + '.w*'))]
            spans, exits = on_cpu(base + '.trace')
            rec = parent['rec']
            starts = [e[1] / 1e9 for e in rec if e[0] == 'spawn0']
            pills = [e[1] / 1e9 for e in rec if e[0] == 'pill']
            if len(starts) == 2:  # forks and boots from the 2-worker runs
                for a, b in zip(starts, pills):
                    fork.append(cpu(spans, parent['pid'], a, b))
            gets = [e[1] / 1e9 for e in rec if e[0] == 'get1']
            if len(gets) > 100:
                steady = cpu(spans, parent['pid'], gets[30], gets[100]) / 70
                pwarm.append(cpu(spans, parent['pid'], gets[0], gets[10]) - 10 * steady)
            for a, b, c, e in zip(rec, rec[1:], rec[2:], rec[3:]):
                if (a[0], b[0], c[0], e[0]) == ('get0', 'get1', 'check', 'notempty'):
                    steps['get'].append(b[1] - a[1])
                    steps['print'].append(c[1] - b[1])
                    steps['empty'].append(e[1] - c[1])
            for k, w in enumerate(workers):
                got = [e[1] / 1e9 for e in w['rec'] if e[0] == 'got']
                if len(starts) == 2:
                    boot.append(cpu(spans, w['pid'], starts[k], got[0]))
                if w['pid'] in exits:
                    exit_.append(cpu(spans, w['pid'], got[-1], exits[w['pid']]))
                if len(got) > 101:
                    steady = cpu(spans, w['pid'], got[30], got[100]) / 70
                    wwarm.append(cpu(spans, w['pid'], got[0], got[10]) - 10 * steady)
                r = w['rec']
                for a, b, c, e in zip(r, r[1:], r[2:], r[3:]):
                    if (a[0], b[0], c[0], e[0]) == ('got', 'put0', 'put1', 'got'):
                        steps['put'].append(c[1] - b[1])
                        steps['take'].append(e[1] - c[1])
    print('quantiles 0 10 25 50 75 90 95 99 100%, microseconds of CPU')
    print(f'forkCpu ({len(fork)}):', quantiles(fork))
    print(f'bootCpu ({len(boot)}):', quantiles(boot))
    print(f'exitCpu ({len(exit_)}):', quantiles(exit_))
    if pwarm:
        print(f'parentWarmUs ({len(pwarm)}): {statistics.median(pwarm) * 1e6:.0f}')
    if wwarm:
        print(f'workerWarmUs ({len(wwarm)}): {statistics.median(wwarm) * 1e6:.0f}')
    medians = {k: statistics.median(v) / 1e3 for k, v in steps.items() if v}
    print('step medians, wall time (us):', {k: round(m, 1) for k, m in medians.items()})
    # RaceTiming's measured step medians, over the traced ones: traceScale.
    measured = {'get': 6.0, 'print': 5.0, 'empty': 5.8, 'put': 6.1, 'take': 5.7}
    if len(medians) == len(measured):
        print(f'traceScale: {statistics.mean(measured[k] / medians[k] for k in measured):.2f}')


main()
