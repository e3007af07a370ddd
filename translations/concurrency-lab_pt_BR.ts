<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>conlab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency Lab

The experiments run headless for now:
concurrency-lab primes --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::NumberListParser</name>
    <message>
        <source>line %1, column %2: &apos;%3&apos;: %4</source>
        <extracomment>%1 line, %2 column, %3 the offending token, %4 why it was refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs are not allowed; numbers run from 0 to 18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;_&apos; may only stand between two digits, as in 1_000_003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole decimal number; write integers such as 5_000_111_000_222_021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a decimal integer: only the digits 0-9 and &apos;_&apos; are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large; the largest number is 18446744073709551615 (2^64 - 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no numbers given: enter decimal integers separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no numbers</source>
        <extracomment>%1 file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PaceCalibration</name>
    <message>
        <source>unknown pace &apos;%1&apos;: use native, cpython, book, or a multiplier from 1 to 1000 such as 4</source>
        <extracomment>%1 the pace the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ProcessesRun</name>
    <message>
        <source>cannot start the worker process %1: %2</source>
        <extracomment>%1 path of the worker executable, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> while checking %1</source>
        <extracomment>%1 the number the worker was checking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it said: %1</source>
        <extracomment>%1 what the worker printed on stderr</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 answered for %2, a number it was not given</source>
        <extracomment>%1 worker number, %2 the number it answered for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 said done before it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 reported an error: %2</source>
        <extracomment>%1 worker number, %2 its message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 sent an unexpected %2 message</source>
        <extracomment>%1 worker number, %2 the kind of message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 sent malformed output (%2)</source>
        <extracomment>%1 worker number, %2 what was wrong with its output</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 (pid %2) %3</source>
        <extracomment>%1 worker number, %2 its pid, %3 how it ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::Options</name>
    <message>
        <source>unexpected argument &apos;%1&apos;; numbers go after --numbers, as in --numbers 2,3,5</source>
        <extracomment>%1 the unexpected word on the command line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <extracomment>%1 option name, %2 the value given, %3 and %4 the valid range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together</source>
        <extracomment>%1 and %2 option names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 at %2</source>
        <extracomment>%1 the position of the bad number in the list, %2 the detailed message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: unknown value &apos;%2&apos;; choose one of %3</source>
        <extracomment>%1 option name, %2 the value given, %3 the valid values</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is outside %3 to %4 %5</source>
        <extracomment>%1 option name, %2 value given, %3 and %4 the range, %5 the unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::PrimesCommand</name>
    <message>
        <source>and %1 more</source>
        <extracomment>%1 how many more numbers were not listed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--racy applies to --model processes only (it restores procs.py&apos;s report-loop bug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks numbers for primality with the book&apos;s trial division, in one of the
concurrency models of sequential.py, threads.py and procs.py, and prints
the same lines those scripts print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequential, threads, processes or pool (default sequential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads or processes, 1 to 256 (default: the CPU count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native, cpython (~31 ns per division), book (~93 ns), or a multiplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes only: stop reporting once the job queue is empty, as procs.py did before its fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to check, separated by commas or spaces (default: the book&apos;s 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the numbers from a file, with the same rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every result and the summary as JSON (schema in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost %1 results still in flight when the report loop stopped: %2</source>
        <extracomment>%1 how many results, %2 the numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; %1 of %2 numbers checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers left unchecked: %2</source>
        <extracomment>%1 count, %2 the numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
