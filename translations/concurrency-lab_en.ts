<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>conlab::AudienceController</name>
    <message>
        <source>Audience is off: %1</source>
        <extracomment>%1 why the listener could not start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine has no network address phones could reach; connect to the room&apos;s network, or give --audience-bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the room&apos;s votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience: the room votes from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a voting page on the local network, with a QR code and a session code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;counts while voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the room sees the counts only at the reveal, so nobody follows the crowd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the room&apos;s votes (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::AudienceOptions</name>
    <message>
        <source>--audience-port: &quot;%1&quot; is not a port; give 1 to 65535, or 0 for a free one</source>
        <extracomment>%1 the value given to --audience-port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience-bind: &quot;%1&quot; is not an IP address, such as 127.0.0.1 or 192.168.1.20</source>
        <extracomment>%1 the value given to --audience-bind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience-code: &quot;%1&quot; is not a session code; give 4 digits, such as 0427</source>
        <extracomment>%1 the value given to --audience-code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::AudienceQuestion</name>
    <message>
        <source>What will the spinner do?</source>
        <extracomment>The question on the students&apos; phones before a spinner run</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::AudienceService</name>
    <message>
        <source>no address to listen on: this machine has no LAN address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <extracomment>%1 an address such as 192.168.1.20, %2 a port, %3 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::AudienceStrip</name>
    <message>
        <source>Vote at %1 · code %2</source>
        <extracomment>The audience strip: %1 the address to type on a phone, %2 the 4-digit code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on this machine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to the network: anyone here with the code can vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the voting page: phones can no longer reach this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Open to the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::BookMediansChart</name>
    <message>
        <source>The book&apos;s medians, procs.py on 6 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median of the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest median (6 processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest median %1 s with %2 processes; %3 s with 1 process, %5 s with %4</source>
        <extracomment>Screen reader: the book&apos;s chart; %1 the lowest median in s, %2 the process count it was at, %3 the median with 1 process, %4 the highest count, %5 the median there</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::BoundedRead</name>
    <message>
        <source>it is a character device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a block device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a pipe or socket, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>a size limit in mebibytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 a file path (quoted), %2 why it cannot be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for %3</source>
        <extracomment>%1 a file path (quoted), %2 a size such as &quot;64 MiB&quot;, %3 the kind of file, e.g. &quot;a numbers file&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::BrokerUrl</name>
    <message>
        <source>broker URL &quot;%1&quot;: it must start with redis:// (redis://[:password@]host:port/db)</source>
        <extracomment>%1 the URL as given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: no host (redis://[:password@]host:port/db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: options after ? or # are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: the port must be 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: the database after the / must be a number from 0 to 15</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::CPythonHeading</name>
    <message>
        <source>&lt;b&gt;CPython&lt;/b&gt;: running the same listing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CPython&lt;/b&gt;: did not run. %1</source>
        <extracomment>%1 why no interpreter could run the listing, and how to get one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran %2</source>
        <extracomment>%1 the interpreter (&quot;CPython 3.11.2 (/usr/bin/python3)&quot;), %2 the command line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ran %2</source>
        <extracomment>%1 the interpreter&apos;s version (&quot;CPython 3.11.2&quot;), %2 the command line, cut to fit</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::CPythonPrimesRun</name>
    <message>
        <source>procs.py fills its job queue (a pipe) before it starts a worker; with this many numbers the queue fills up and the script blocks on its own put().</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the listing ended without printing %n result(s)</source>
        <extracomment>%n how many numbers</extracomment>
        <translation>
            <numerusform>the listing ended without printing %n result</numerusform>
            <numerusform>the listing ended without printing %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::CPythonSpinnerRun</name>
    <message>
        <source>%1 printed no spinner object or no Answer line</source>
        <extracomment>%1 the listing&apos;s file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::CeleryLocator</name>
    <message>
        <source>%1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery %1 on %2</source>
        <extracomment>%1 a version such as 5.2.6, %2 the interpreter&apos;s path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPython with Celery and its Redis transport was found. Install them (Debian: sudo apt install python3-celery python3-redis celery redis-server).
Tried:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-server was not found on PATH. Install it (Debian: sudo apt install redis-server), or give an existing broker with a URL (redis://:PASSWORD@HOST:PORT/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read redis-py&apos;s lock scripts from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::CelerySweepEngine</name>
    <message numerus="yes">
        <source>%n task(s) lost</source>
        <translation>
            <numerusform>%n task lost</numerusform>
            <numerusform>%n tasks lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::ChildProcess</name>
    <message>
        <source>%1 did not start it (is it from another version?)</source>
        <extracomment>%1 the path of concurrency-lab-worker</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::CodePane</name>
    <message>
        <source># listing not found: %1</source>
        <extracomment>a Python comment shown instead of a missing listing; %1 the listing&apos;s resource path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Python equivalent:&lt;/b&gt; %1</source>
        <extracomment>%1 the file name of the Python listing, e.g. spinner_thread.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the baseline listing of this experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line differs from the baseline listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: lines that differ from %1.</source>
        <extracomment>%1 the file name of the baseline listing the highlighted lines are compared against</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller code (Ctrl+Shift+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger code (Ctrl+Shift+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show code large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the page (F9 or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show code large (F9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::CodeSplit</name>
    <message>
        <source>◂ Back to the live view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Python code ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is too narrow for the code beside the live view: this switches between the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the code ◂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code beside the live view, or the whole width for the run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonFacts</name>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiprocessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP 554</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal CSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-threaded
(GIL off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared raw memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP 684 (Python 3.12): each interpreter has its own GIL, so interpreters run in parallel. PEP 734 (3.14) brings them to Python code: concurrent.interpreters and InterpreterPoolExecutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP 734 (3.14): only memoryview and the interpreters&apos; Queue share mutable data between interpreters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP 734 (3.14): other objects are copied, most through pickle, so mutable ones do not stay in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: there is no settled figure for what an interpreter costs against a thread or a process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP 703, supported since Python 3.14 (PEP 779): a build without the GIL, where threads run Python code in parallel and share objects as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads cost what they did; single-threaded code runs somewhat slower than on the default build (Python 3.14 documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 with coroutines: every number is checked on one thread, no faster than sequential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 against P3: processes run at once, one per core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 against P2: threads take turns at the GIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 with the GIL off: threads run at once, one per core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P5: processes share no objects, only queues, and the report loop races on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T5: with many tiny tasks, the round trip of each task dominates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonModel</name>
    <message>
        <source>The book (2020): %1</source>
        <extracomment>tooltip of a changed cell; %1 the book&apos;s answer (2020), for example &quot;?&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter: opens %1, ready to run.</source>
        <extracomment>tooltip of a cell that opens an experiment; %1 its entry in the list, &quot;7 · Threads and the GIL&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonPage</name>
    <message>
        <source>The models compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: Mark Shannon&apos;s table from the python-dev discussion of PEP 554 (subinterpreters), as the chapter cites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Shannon&apos;s table, as the chapter cites it: four models of concurrency in Python, PEP 554&apos;s subinterpreters among them, against Hoare&apos;s ideal. The question marks were the honest state of 2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of the open cells since the book, and the free-threaded column (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (Python 3.14). Bold in a frame, with its source&apos;s number: changed since the book. Dashed frame: still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s table (2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlined with ↗: click it, or press Enter on it, to open the experiment that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal CSP is Hoare&apos;s Communicating Sequential Processes (1978): nothing is shared, and units talk only through channels. Go breaks the ideal: goroutines may share objects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::EmbeddedBroker</name>
    <message>
        <source>cannot make a private folder for the broker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker is not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ExperimentList</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the experiment&apos;s number in the list, %2 its title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1 (running)</source>
        <extracomment>marks the experiment in the list whose run is going; %1 its entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ExportFormats</name>
    <message>
        <source>“%1” is named as a .%2 file, but this export writes %3. Save it under a name ending in .%4.</source>
        <extracomment>%1 the chosen file name, %2 its suffix (e.g. svg), %3 the export&apos;s format (PNG, SVG or PDF), %4 that format&apos;s suffix</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::FidelityExperiments</name>
    <message>
        <source>switch interval %1 ms</source>
        <extracomment>a fidelity row&apos;s title: the GIL&apos;s switch interval, %1 in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>racy report loop</source>
        <extracomment>a fidelity row&apos;s title: the racy report loop of the book&apos;s py36/procs.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::FidelityJudge</name>
    <message>
        <source>the emulation takes %1x CPython&apos;s time, within 10%</source>
        <extracomment>%1 the ratio, e.g. 1.04</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulation takes %1x CPython&apos;s time, outside 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spinner that should keep spinning stuttered or never appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames a second in the emulation against %2 in CPython</source>
        <extracomment>%1 and %2 frames per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both keep spinning at the same rate; time %1x CPython&apos;s</source>
        <extracomment>%1 the ratio of the times</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither ever drew a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 frames in CPython and %2 in the emulation; the spinner should never appear</source>
        <extracomment>%1 and %2 the most frames a run drew</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest gap %1 ms in CPython, %2 ms in the emulation</source>
        <extracomment>%1 and %2 the longest frozen glyph in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both stutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one stutters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly %1 in CPython, mostly %2 in the emulation</source>
        <extracomment>%1 and %2 outcomes: complete, lost or hung</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run finished in %1: %2</source>
        <extracomment>%1 the engine (CPython or the emulation), %2 its error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython took no measurable time: too few or too small numbers to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 time over %2 time</source>
        <extracomment>the derived fidelity row: %1 and %2 are row keys (S8, S7)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs both rows in both engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x in the emulation, %2x in CPython: within 10%</source>
        <extracomment>%1 and %2 ratios such as 1.55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x in the emulation, %2x in CPython: outside 10%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::FileJob</name>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <extracomment>%1 file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::FrameGapChart</name>
    <message>
        <source>frame</source>
        <extracomment>the frame axis&apos;s title, then its short form when space is scarce</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap (ms)</source>
        <extracomment>the gap axis&apos;s title, then its short form when space is scarce</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 ms: the spinner&apos;s pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frame until the spinner stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frame yet</source>
        <extracomment>Screen reader: the frame-gap chart before any frame</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), longest gap %1 ms</source>
        <extracomment>Screen reader: %n frames plotted, %1 the longest gap in ms</extracomment>
        <translation>
            <numerusform>%n frame, longest gap %1 ms</numerusform>
            <numerusform>%n frames, longest gap %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame gaps: time before each frame, against the spinner&apos;s 100 ms</source>
        <extracomment>The frame-gap chart&apos;s name for a screen reader</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::GilTimeline</name>
    <message>
        <source>Who holds the GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread %1</source>
        <extracomment>%1 a thread id number, shown when the thread has no name yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 seconds, the end of the time axis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hold yet</source>
        <extracomment>Screen reader: the GIL lanes before any hold was reported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hold(s), %2 s held (%3%)</source>
        <extracomment>Screen reader: one GIL lane; %1 the thread&apos;s name, %2 seconds held, %3 percent of the run</extracomment>
        <translation>
            <numerusform>%1: %n hold, %2 s held (%3%)</numerusform>
            <numerusform>%1: %n holds, %2 s held (%3%)</numerusform>
        </translation>
    </message>
    <message>
        <source>over %1 s</source>
        <extracomment>Screen reader: the GIL lanes&apos; time axis; %1 seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::JoinOverlay</name>
    <message>
        <source>Vote from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <extracomment>Over the join screen; %1 the 4-digit session code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on this machine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to the network: anyone here with the code can vote. Turn Audience off when the lecture ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::LegacyLocations</name>
    <message>
        <source>could not move %1 to %2: %3</source>
        <extracomment>%1 a file, %2 where it should have gone, %3 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create %1</source>
        <extracomment>%1 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>concurrency-lab: moved %n file(s) from the old folders named &quot;Concurrency Lab&quot; to %1 and %2.</source>
        <extracomment>%n how many files; %1 the new settings file, %2 the new data folder</extracomment>
        <translation>
            <numerusform>concurrency-lab: moved %n file from the old folders named &quot;Concurrency Lab&quot; to %1 and %2.</numerusform>
            <numerusform>concurrency-lab: moved %n files from the old folders named &quot;Concurrency Lab&quot; to %1 and %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::ListingCommand</name>
    <message>
        <source>No numbers to check: an empty list would make the listing check the book&apos;s sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n numbers are too many for a command line: the listings take their numbers as arguments, and this system allows about %1 of these</source>
        <extracomment>%n how many numbers were given</extracomment>
        <translation>
            <numerusform>%n number is too many for a command line: the listings take their numbers as arguments, and this system allows about %1 of these</numerusform>
            <numerusform>%n numbers are too many for a command line: the listings take their numbers as arguments, and this system allows about %1 of these</numerusform>
        </translation>
    </message>
    <message>
        <source>The listing sleeps %2 s; CPython cannot run it with %1 s</source>
        <extracomment>%1 seconds asked for, %2 the listing&apos;s own</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing checks %1; CPython cannot run it with another number</source>
        <extracomment>%1 the listing&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing spins with the message thinking!; CPython cannot run it with another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ListingRunner</name>
    <message>
        <source>Could not start %1: %2</source>
        <extracomment>%1 a program path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s; its processes were killed</source>
        <extracomment>%1 the listing, %2 seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was killed by signal %2</source>
        <extracomment>%1 the listing, %2 a signal number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit status %2)</source>
        <extracomment>%1 the listing, %2 its exit status</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ListingStage</name>
    <message>
        <source>Could not create a folder for the listings: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listings are missing from this build (no :/listings resources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::LoopView</name>
    <message>
        <source>Event loop: steps of each task, ready queue and timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task-%1…%2 %3</source>
        <extracomment>a lane shared by many tasks of one coroutine; %1 the first task&apos;s number, %2 the last one&apos;s, %3 the coroutine&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <extracomment>%1 the longest step in ms</extracomment>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>longest %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel() called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready queue at most %1</source>
        <extracomment>%1 the most tasks that waited in the ready queue at once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop&apos;s tasks appear here when a run starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s): make the view taller</source>
        <extracomment>more lanes than the view has room for; %n how many are not shown</extracomment>
        <translation>
            <numerusform>%n more lane: make the view taller</numerusform>
            <numerusform>%n more lanes: make the view taller</numerusform>
        </translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready, waiting</source>
        <extracomment>legend: the task is in the ready queue, waiting for its turn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <extracomment>the largest length the ready queue reached; %1 a count of tasks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time-axis tick in seconds; %1 the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a time-axis tick in milliseconds; %1 the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::MainWindow</name>
    <message>
        <source>About Concurrency Lab</source>
        <extracomment>%1 the version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency Lab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency Lab shows, live, how Python&apos;s threads, processes and coroutines behave, rebuilding the experiments of the chapter &quot;Concurrency Models in Python&quot; of Fluent Python in C++ and Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the experiment (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ &amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the result, the guess and the charts: a clean question (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export live view as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export live view as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Concurrency Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython &amp;Interpreter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which CPython runs the listings, and its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::NumberListParser</name>
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
        <source>%1 holds no numbers</source>
        <extracomment>%1 file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3: %4</source>
        <extracomment>%1 line, %2 column, %3 the offending token, %4 why it was refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numbers file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::NumbersInput</name>
    <message>
        <source>%1 could not be used: type numbers here or load another file</source>
        <extracomment>placeholder after a file of numbers could not be used; %1 its file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers, separated by commas or spaces</source>
        <extracomment>placeholder of the numbers field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers from %1 (type here to replace them)</source>
        <extracomment>placeholder while the numbers come from a file; %1 the file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load file…</source>
        <extracomment>button that opens a file of numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book sample</source>
        <extracomment>button that puts the book&apos;s 20 numbers back in the field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field holds at most %1 characters; use Load file… for longer lists</source>
        <extracomment>%1 the field&apos;s limit in characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load numbers</source>
        <extracomment>title of the file dialog that loads numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number lists (*.txt *.csv);;All files (*)</source>
        <extracomment>file dialog filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 file name being read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers</source>
        <extracomment>%Ln how many numbers</extracomment>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers from %1</source>
        <extracomment>%Ln how many numbers, %1 the file they came from</extracomment>
        <translation>
            <numerusform>%Ln number from %1</numerusform>
            <numerusform>%Ln numbers from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 file name, %2 what is wrong in it (line, column, token and reason)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::OutputFile</name>
    <message>
        <source>the path is %1 bytes long; the system allows %2</source>
        <extracomment>%1 and %2 counts of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is %1 bytes long; the file system allows %2</source>
        <extracomment>%1 and %2 counts of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder name %1 is %2 bytes long; the file system allows %3</source>
        <extracomment>%1 a folder&apos;s name (quoted), %2 and %3 counts of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>%1 a path that should be a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a file in %1 (%2)</source>
        <extracomment>%1 a folder&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program reading it has closed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file descriptor %1 is not open for writing</source>
        <extracomment>%1 a file descriptor&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder; name a file in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither a file, a character device nor a FIFO; name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe) and no program reads it yet; start the reader first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PaceCalibration</name>
    <message>
        <source>unknown pace %1: use native, cpython, book, or a multiplier from 1 to 1000 such as 4</source>
        <extracomment>%1 the pace the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PhoneTexts</name>
    <message>
        <source>Concurrency Lab: vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4 digits on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the session code first: the 4 digits on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question right now. Keep this page open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is open: tap your answer. You can change it until the run starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting has closed: watch the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <extracomment>On a phone; %1 the answer chosen, e.g. &quot;Stutters&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person has voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people have voted</source>
        <extracomment>On a phone; %1 a number of people, 0 or more than 1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session code is wrong. Check the 4 digits on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer was not counted (error %1). Try again.</source>
        <extracomment>On a phone; %1 an HTTP status such as 503</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the lecturer&apos;s laptop. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the run showed: %1</source>
        <extracomment>On a phone after the run; %1 what it showed, e.g. &quot;Never appeared&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run</source>
        <extracomment>On a phone: the badge on the bar of the answer the run showed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>On a phone: the name of the language switch</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PredictionBox</name>
    <message>
        <source>Predict: what will the spinner do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Keep spinning</source>
        <extracomment>Keyboard hint: the key 1 picks this answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Stutter</source>
        <extracomment>Keyboard hint: the key 2 picks this answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Never appear</source>
        <extracomment>Keyboard hint: the key 3 picks this answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guess</source>
        <extracomment>Screen reader: no answer to the prediction is chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guess: %1</source>
        <extracomment>Screen reader: %1 the answer chosen, e.g. &quot;Stutters&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run showed: %1</source>
        <extracomment>Screen reader, after the reveal; %1 what the spinner did, e.g. &quot;Never appears&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Screen reader, after the reveal: the guess matched what the run showed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <extracomment>Screen reader, after the reveal: the guess did not match what the run showed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PrimesCPythonPanel</name>
    <message>
        <source>CPython %1</source>
        <extracomment>a lane of the CPython run&apos;s timeline; %1 the worker (&quot;Process-1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython&apos;s timeline: each worker&apos;s start and end, from the listing&apos;s own records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PrimesControls</name>
    <message>
        <source>sequential (sequential.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coroutines on one event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes (procs.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coroutines + process executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads (threads.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread pool (ThreadPoolExecutor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race condition (procs.py before its fix)</source>
        <extracomment>checkbox on the process-pool page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report loop stops once the job queue is empty, while workers may still be checking numbers: their results are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <extracomment>label of the model choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many small numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the 400 numbers from 1000000: the results come in a burst, and the race loses or hangs far more often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <extracomment>button beside the race box; the count next to it says how many runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the racy procs.py again and again, each run with a new seed, and tally how the runs end: complete, lost or hung. With &quot;Run in CPython too&quot;, CPython then runs the racy listing as many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <extracomment>suffix of the repeat count: &quot;10×&quot; reads &quot;ten times&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many racy runs Repeat makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PrimesExports</name>
    <message>
        <source>Export results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed Chrome trace (*.json.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chrome trace for Perfetto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recording…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PrimesOutcome</name>
    <message>
        <source>pace: %1</source>
        <extracomment>%1 the pace&apos;s name (native, cpython, book or a multiplier)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one thread · %1</source>
        <extracomment>%1 the pace</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker processes: %1 · %2</source>
        <extracomment>%1 how many worker processes, %2 the pace</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL on, switch interval %1 ms</source>
        <extracomment>%1 the GIL&apos;s switch interval in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL off (free-threaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads: %1 · %2 · %3</source>
        <extracomment>%1 how many threads, %2 the GIL state, %3 the pace</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>%1 a list of numbers, %2 how many more were not listed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <extracomment>%1 what went wrong (e.g. a worker process died)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers left unchecked (%1): %2</source>
        <extracomment>%1 how many numbers, %2 the numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %Ln numbers checked.</source>
        <extracomment>%1 numbers checked, %Ln numbers given</extracomment>
        <translation>
            <numerusform>Stopped: %1 of %Ln number checked.</numerusform>
            <numerusform>Stopped: %1 of %Ln numbers checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es) crashed and were replaced.</source>
        <extracomment>%n how many worker processes crashed during a run that was then stopped</extracomment>
        <translation>
            <numerusform>%n worker process crashed and was replaced.</numerusform>
            <numerusform>%n worker processes crashed and were replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es) crashed and were replaced; each number in flight was checked again, so no result was lost. The red marks on the timeline say when and why.</source>
        <extracomment>%n how many worker processes crashed during a run that finished</extracomment>
        <translation>
            <numerusform>%n worker process crashed and was replaced; each number in flight was checked again, so no result was lost. The red marks on the timeline say when and why.</numerusform>
            <numerusform>%n worker processes crashed and were replaced; each number in flight was checked again, so no result was lost. The red marks on the timeline say when and why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost results (%1): %2. The report loop stopped as soon as the job queue was empty, while workers were still checking these numbers. procs.py&apos;s fix counts one &quot;done&quot; per worker.</source>
        <extracomment>%1 how many results, %2 the lost numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet. Press Run (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checked · %3 s so far</source>
        <extracomment>%1 results so far, %2 numbers given, %3 seconds so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln numbers checked in %2 s at %3 pace</source>
        <extracomment>%1 numbers checked, %Ln numbers given, %2 wall time in seconds, %3 the pace (native, cpython, ...)</extracomment>
        <translation>
            <numerusform>%1 of %Ln number checked in %2 s at %3 pace</numerusform>
            <numerusform>%1 of %Ln numbers checked in %2 s at %3 pace</numerusform>
        </translation>
    </message>
    <message>
        <source>no sequential run at %1 pace with these numbers yet: run Sequential to see the speedup</source>
        <extracomment>%1 the pace (native, cpython, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hanging: every result is printed, yet the report loop waits in results.get() for one more: a result that will never come.
The book&apos;s script would wait for ever; the lab ends the wait in %n second(s).</source>
        <extracomment>while the racy run hangs; %n seconds until the lab ends the wait</extracomment>
        <translation>
            <numerusform>Hanging: every result is printed, yet the report loop waits in results.get() for one more: a result that will never come.
The book&apos;s script would wait for ever; the lab ends the wait in %n second.</numerusform>
            <numerusform>Hanging: every result is printed, yet the report loop waits in results.get() for one more: a result that will never come.
The book&apos;s script would wait for ever; the lab ends the wait in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hung: %1. The lab ended the wait after its grace time.</source>
        <extracomment>%1 the reason, as the CLI prints it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hung: every result was printed, but %n pill(s) were still in the job queue: worker %1 had not yet come back for its pill. So jobs.empty() was False, and the loop called results.get() again, for a result no worker will send.
The book&apos;s script would wait for ever; the lab ended the wait after its grace time (seed %2).</source>
        <extracomment>%n pills left in the job queue, %1 the worker that had not taken its pill, %2 the seed that replays the run</extracomment>
        <translation>
            <numerusform>Hung: every result was printed, but %n pill was still in the job queue: worker %1 had not yet come back for its pill. So jobs.empty() was False, and the loop called results.get() again, for a result no worker will send.
The book&apos;s script would wait for ever; the lab ended the wait after its grace time (seed %2).</numerusform>
            <numerusform>Hung: every result was printed, but %n pills were still in the job queue: worker %1 had not yet come back for its pill. So jobs.empty() was False, and the loop called results.get() again, for a result no worker will send.
The book&apos;s script would wait for ever; the lab ended the wait after its grace time (seed %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::PrimesPage</name>
    <message>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads and the GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next run: %1</source>
        <extracomment>%1 the settings the next run will use (workers, GIL, pace)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the run on screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this recording is of a spinner run; open it on a spinner page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the run first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in CPython too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the emulated run, run the same listing in real CPython and show both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PrimesReplayBanner</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay of a recording from %1.</source>
        <extracomment>%1 when the recording was made (date and time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay of a recording from %1 (%2).</source>
        <extracomment>%1 when the recording was made (date and time), %2 its file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played %1× faster than it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results appear at the pace they were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (F5) runs it live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to end</source>
        <extracomment>button on the replay banner: show the rest of the recording at once</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PrimesSideBySide</name>
    <message>
        <source>The CPython run was stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython measured nothing: %1</source>
        <extracomment>%1 why the CPython run has no figures (the interpreter&apos;s error, the listing&apos;s traceback)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: emulation %1 s, CPython %2 s (%3). Speedup (sum of per-number times ÷ total): emulation ×%4, CPython ×%5 (%6).</source>
        <extracomment>%1 and %2 wall times in seconds, %3 their ratio (×1.05); %4 and %5 speedups, %6 their ratio</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ProcessesRun</name>
    <message>
        <source>worker %1 answered for %2, a number it was not given</source>
        <extracomment>%1 worker number, %2 the number it answered for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 said done before it answered</source>
        <extracomment>%1 worker number</extracomment>
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
</context>
<context>
    <name>conlab::PythonDialog</name>
    <message>
        <source>Choose a CPython interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose the interpreter&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the interpreter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1: free-threaded, so GIL off can run in it too.</source>
        <extracomment>%1 an interpreter such as &quot;CPython 3.11.2 (/usr/bin/python3)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1, with the GIL (not free-threaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL off runs in %1, with PYTHON_GIL=0.</source>
        <extracomment>%1 an interpreter such as &quot;CPython 3.13.1 free-threaded (/usr/bin/python3.13t)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPython that runs the book&apos;s listings beside the emulation: &quot;Run in CPython too&quot; and the sweep&apos;s CPython series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;python3 on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/usr/bin/python3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::PythonLocator</name>
    <message>
        <source>%1 was not found or is not executable</source>
        <extracomment>%1 a program name or path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer as a CPython 3 interpreter: %2</source>
        <extracomment>%1 a program path, %2 what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Python %2; the listings need CPython 3.8 or later</source>
        <extracomment>%1 a program path, %2 a version such as 2.7.18</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen CPython interpreter cannot be used: %1</source>
        <extracomment>%1 why the chosen interpreter (the window&apos;s setting, or --python) cannot be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No python3 on PATH, so nothing can run in CPython. Install it (Debian: sudo apt install python3), or choose an interpreter (Run &gt; CPython Interpreter, or --python).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL off needs a free-threaded CPython (python3.13t or python3.14t, PEP 703), and none was found on PATH or in the settings. The GIL-on run works with any python3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::QrCodeView</name>
    <message>
        <source>QR code for %1</source>
        <extracomment>Screen reader name of the QR code; %1 the address it holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::QueueLengthChart</name>
    <message>
        <source>Queue: %1 waiting</source>
        <extracomment>heading of the queue-length chart; %1 is the number of tasks waiting in Redis now</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::QuotedValue</name>
    <message numerus="yes">
        <source>&apos;%1&apos; (%n characters)</source>
        <extracomment>a long value quoted in an error message, cut in the middle; %1 the quoted start and end, %n its length</extracomment>
        <translation>
            <numerusform>&apos;%1&apos; (%n character)</numerusform>
            <numerusform>&apos;%1&apos; (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::RaceTally</name>
    <message numerus="yes">
        <source>stopped after %1 of %n run(s)</source>
        <extracomment>%1 runs made, %n runs asked for</extracomment>
        <translation>
            <numerusform>stopped after %1 of %n run</numerusform>
            <numerusform>stopped after %1 of %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) so far</source>
        <extracomment>%1 runs made, %n runs asked for</extracomment>
        <translation>
            <numerusform>%1 of %n run so far</numerusform>
            <numerusform>%1 of %n runs so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <extracomment>how a racy run ended: every result was read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>how a racy run ended: some results were never read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hung</source>
        <extracomment>how a racy run ended: the report loop waited for ever</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an outcome (Complete, Lost, Hung), %2 how many runs ended so</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every result read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) lost</source>
        <extracomment>%n results one lost run lost</extracomment>
        <translation>
            <numerusform>%n result lost</numerusform>
            <numerusform>%n results lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) lost in each</source>
        <extracomment>%n results each lost run lost</extracomment>
        <translation>
            <numerusform>%n result lost in each</numerusform>
            <numerusform>%n results lost in each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %n results lost per run</source>
        <extracomment>%1 the fewest results a lost run lost, %n the most</extracomment>
        <translation>
            <numerusform>%1 to %n results lost per run</numerusform>
            <numerusform>%1 to %n results lost per run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worker %1 (%n run(s))</source>
        <extracomment>%1 a worker&apos;s number, %n how many hung runs waited for its pill</extracomment>
        <translation>
            <numerusform>worker %1 (%n run)</numerusform>
            <numerusform>worker %1 (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>a pill still queued for %1</source>
        <extracomment>%1 a list like &quot;worker 2 (3 runs), worker 1 (1 run)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every result printed, then get() waited until the grace limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>seed(s) %1</source>
        <extracomment>%1 the seeds that replay these runs; %n how many seeds</extracomment>
        <translation>
            <numerusform>seed %1</numerusform>
            <numerusform>seeds %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a verdict: failed, or short of results at the grace limit</source>
        <extracomment>%n runs that ended as none of complete, lost or hung</extracomment>
        <translation>
            <numerusform>%n run without a verdict: failed, or short of results at the grace limit</numerusform>
            <numerusform>%n runs without a verdict: failed, or short of results at the grace limit</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <extracomment>%1 and %2 the bounds of the number expected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs counted, more than the %2 planned</source>
        <extracomment>%1 the runs counted, %2 the runs planned</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the counts, which add up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;min&quot;, &quot;max&quot;} or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be given exactly when some runs lost results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a worker number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected seeds as decimal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;emulation&quot;</source>
        <extracomment>%1 where in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RaceTallyView</name>
    <message>
        <source>Emulation, racy procs.py: %1</source>
        <extracomment>heading of the repeated racy run&apos;s tally; %1 how far it is (&quot;3 of 10 runs so far&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython, the same listing: %1</source>
        <extracomment>heading of CPython&apos;s tally; %1 how far it is (&quot;3 of 10 runs so far&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RaceVerdict</name>
    <message>
        <source>complete: the last result was read after the last pill was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lost: jobs.empty() was true while %n result(s) were still on the way: %1</source>
        <extracomment>%n how many results were lost, %1 the numbers</extracomment>
        <translation>
            <numerusform>lost: jobs.empty() was true while %n result was still on the way: %1</numerusform>
            <numerusform>lost: jobs.empty() was true while %n results were still on the way: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hung: every result was printed, but %n pill(s) were still in the job queue (worker %1 had not come back for its pill), so get() waits for a result that never comes</source>
        <extracomment>%n pills still in the job queue, %1 the worker that had not yet taken one</extracomment>
        <translation>
            <numerusform>hung: every result was printed, but %n pill was still in the job queue (worker %1 had not come back for its pill), so get() waits for a result that never comes</numerusform>
            <numerusform>hung: every result was printed, but %n pills were still in the job queue (worker %1 had not come back for its pill), so get() waits for a result that never comes</numerusform>
        </translation>
    </message>
    <message>
        <source>hung: every result was printed, but the loop called get() again, and no worker will ever send another result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RecordingOpener</name>
    <message>
        <source>Open recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 (%2)…</source>
        <extracomment>%1 file name, %2 its size such as &quot;180 MB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <extracomment>%1 file path, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RedisConnection</name>
    <message>
        <source>the broker at %1</source>
        <extracomment>%1 host:port of the broker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <extracomment>%1 the broker, %2 the system&apos;s reason (e.g. Connection refused)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the password: %2</source>
        <extracomment>%1 the broker, %2 Redis&apos;s reason (WRONGPASS ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a password: give it in the URL, redis://:PASSWORD@host:port/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost %1: %2</source>
        <extracomment>%1 the broker, %2 the reason (Connection reset, timed out ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ResultsTableModel</name>
    <message>
        <source>main</source>
        <extracomment>the worker column for a run with no workers (sequential, coroutines)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <extracomment>marks a prime in the results table, as the book&apos;s scripts print it
----------
column marking primes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 seconds with 6 decimals, as the book prints them
----------
%1 seconds since the run started</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>column of the checked number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>when the check started, since the run&apos;s start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RoomPanel</name>
    <message>
        <source>Open to the room: this broker listens on the LAN at %1. Anyone with the command below can run tasks for it.</source>
        <extracomment>%1 is the LAN address and port of the app&apos;s Redis, as 192.168.1.20:40123</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy both commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tasks module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save primes_tasks.py, to run the Celery line in its folder on another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tasks module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Run the Celery line in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <extracomment>%1 is the file&apos;s path, %2 why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RoomTallyChart</name>
    <message numerus="yes">
        <source>The room: %n voted</source>
        <extracomment>Over the room&apos;s tally; %n how many voted from their phones</extracomment>
        <translation>
            <numerusform>The room: %n voted</numerusform>
            <numerusform>The room: %n voted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>One line of the room&apos;s tally as text: %1 the answer, %2 votes, %3 per cent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the run showed this)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RoundStatus</name>
    <message>
        <source>No question on this page: phones wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voted</source>
        <extracomment>%n how many have voted in this round</extracomment>
        <translation>
            <numerusform>%n voted</numerusform>
            <numerusform>%n voted</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting open · %1</source>
        <extracomment>%1 e.g. &quot;23 voted&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed · %1</source>
        <extracomment>%1 e.g. &quot;23 voted&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closed · %1</source>
        <extracomment>%1 e.g. &quot;23 voted&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RoundTally</name>
    <message>
        <source>%1% said %2; it %3.</source>
        <extracomment>The reveal of the room&apos;s vote. %1 a per cent, %2 the answer most chose (e.g. &quot;Keeps spinning&quot;), %3 what the run showed (e.g. &quot;never appeared&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>In a recording file: %1 where, e.g. &quot;audience.counts&quot;, %2 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three texts expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three counts expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count must be a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RunGate</name>
    <message>
        <source>“%1” is still running. One run at a time: stop it (Shift+F5 on its page) first.</source>
        <extracomment>%1 the title of the experiment that is running</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RunRecordings</name>
    <message>
        <source>not valid JSON at byte %1: %2 (is the file truncated?)</source>
        <extracomment>%1 byte offset in the file, %2 the JSON parser&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a recording: the file holds no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Concurrency Lab recording (no &quot;schema&quot; of concurrency-lab.recording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording format %1 is not supported; this version reads %2</source>
        <extracomment>%1 the file&apos;s schema, %2 the schemas this version reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of run &quot;%1&quot;; expected primes or spinner</source>
        <extracomment>%1 the kind found in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 where in the file (e.g. results.endNs[41]), %2 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 entries, expected %2</source>
        <extracomment>%1 entries found, %2 entries expected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot;</source>
        <extracomment>%1 the model name found in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected died, malformed or unresponsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown spinner model &quot;%1&quot;</source>
        <extracomment>%1 the model name found in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown slow() kind &quot;%1&quot;</source>
        <extracomment>%1 the slow() kind found in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected seconds from 0 to %1</source>
        <extracomment>%1 the largest number of seconds accepted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame times must be non-negative and in the order drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is %2; expected only 0 (not prime) and 1 (prime)</source>
        <extracomment>%1 the position in the text (0-based), %2 the character found there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown end of a CPython run &quot;%1&quot;</source>
        <extracomment>%1 the word found in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected complete, lost or hung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::RunToolBar</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book (2018 laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much one trial division costs: raw C++ speed, today&apos;s CPython, or the laptop the book was timed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulate CPython&apos;s global interpreter lock for threads. Off behaves like free-threaded CPython 3.13t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sys.setswitchinterval(): how long a waiting thread lets the holder keep the GIL before asking for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;orkers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker processes or threads for the primes experiments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ServiceChild</name>
    <message>
        <source>%1 ended (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not ready within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::Settings</name>
    <message>
        <source>Settings could not be saved to %1; changes last only until the app quits.</source>
        <extracomment>%1 the settings file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SideBySideModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation
(s)</source>
        <extracomment>column: seconds the emulation took for one number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython
(s)</source>
        <extracomment>column: seconds CPython took for one number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SideRatio</name>
    <message>
        <source>CPython ÷ emulation</source>
        <extracomment>column heading: CPython&apos;s figure divided by the emulation&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::Speedup</name>
    <message>
        <source>%1×</source>
        <extracomment>a speedup factor, e.g. 2.35×</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n workers at %2 pace, %3</source>
        <extracomment>%1 the baseline&apos;s model (sequential, processes...), %2 its workers, %3 its pace, %4 how long ago</extracomment>
        <translation>
            <numerusform>%1 with %n worker at %2 pace, %3</numerusform>
            <numerusform>%1 with %n workers at %2 pace, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 pace, %3</source>
        <extracomment>%1 the baseline&apos;s model (sequential), %2 its pace (native, cpython...), %3 how long ago (&quot;2 min ago&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 (%3 s, same numbers)</source>
        <extracomment>%1 the speedup (2.35×), %2 the baseline (&quot;sequential at cpython pace, 2 min ago&quot;), %3 its seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — more than %n cores can give: the baseline ran under load; run it again</source>
        <extracomment>%1 the speedup line so far, %n the machine&apos;s core count</extracomment>
        <translation>
            <numerusform>%1 — more than %n core can give: the baseline ran under load; run it again</numerusform>
            <numerusform>%1 — more than %n cores can give: the baseline ran under load; run it again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerCPythonPanel</name>
    <message>
        <source>Emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerChoices</name>
    <message>
        <source>--slow %1 makes no sense with --model %2; with %2 choose one of: %3</source>
        <extracomment>%1 the slow() variant, %2 the model, %3 the valid variants for it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerComparison</name>
    <message>
        <source>S8 took %1× as long as S7 (%2 s against %3 s)</source>
        <extracomment>%1 the ratio (e.g. 1.5), %2 and %3 seconds in slow() of S8 and S7</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S8 ran at %1 pace and S7 at %2: run both at one pace to compare them</source>
        <extracomment>%1 and %2 pace names (native, cpython, book)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run S8 on the Power napping page to compare it with this S7 run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run S7 on the GIL quiz page to compare it with this S8 run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerGlyph</name>
    <message>
        <source>Spinner</source>
        <extracomment>The spinner glyph&apos;s name for a screen reader</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run yet</source>
        <extracomment>Screen reader: the spinner glyph before any run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing drawn yet</source>
        <extracomment>Screen reader: a run goes and the spinner has drawn nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) drawn, line wiped</source>
        <extracomment>Screen reader: the spinner drew frames, then wiped its line</extracomment>
        <translation>
            <numerusform>%n frame drawn, line wiped</numerusform>
            <numerusform>%n frames drawn, line wiped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) drawn, still spinning</source>
        <extracomment>Screen reader: the spinner is drawing while the run goes</extracomment>
        <translation>
            <numerusform>%n frame drawn, still spinning</numerusform>
            <numerusform>%n frames drawn, still spinning</numerusform>
        </translation>
    </message>
    <message>
        <source>never appeared</source>
        <extracomment>Screen reader: the run ended and the spinner never drew a frame</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) drawn, then stopped</source>
        <extracomment>Screen reader: the run ended after the spinner drew frames</extracomment>
        <translation>
            <numerusform>%n frame drawn, then stopped</numerusform>
            <numerusform>%n frames drawn, then stopped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerLiveView</name>
    <message>
        <source>%1 drawn, about %2 expected</source>
        <extracomment>%1 frames the spinner drew, %2 frames it would draw at 10 a second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drawn</source>
        <extracomment>%1 frames the spinner drew so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 the longest time between two frames, in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 seconds, with two decimals</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before slow() returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 the engine&apos;s error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <extracomment>%1 the value slow() returned (42)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for slow()…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no frame was ever drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the spinner wiped its line when it stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinner object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerPage</name>
    <message>
        <source>“%1” is running: one run at a time.</source>
        <extracomment>%1 the title of the experiment whose run is going</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL on, %1 ms switch</source>
        <extracomment>%1 the GIL switch interval in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at %1 pace</source>
        <extracomment>%1 the pace name (native, cpython, book) a replayed run was recorded at</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace: %1</source>
        <extracomment>%1 the pace name (native, cpython, book)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 pace slow() takes about %2 s: too quick to see what the spinner does.</source>
        <extracomment>%1 the pace name (native, cpython, book), %2 seconds slow() would take</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay of %1, recorded %2</source>
        <extracomment>%1 the recording&apos;s file name, %2 when it was recorded (date and time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spinner moves at the recorded frame times; Run (F5) runs the variant live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of the sleep-seconds spin box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the run on screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export frame gaps as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chrome trace for Perfetto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the CPython pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the run first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this recording is of a primes run; open it on a primes page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording holds no report of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this page has no %1 spinner with slow() = %2; open the recording on the page that has it</source>
        <extracomment>%1 the recorded model (thread, process, coroutine), %2 the recorded slow() kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export frame gaps as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinner hello world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spinner turns while slow() sleeps for a few seconds. The same supervisor, three ways: the spinner in a thread, in a child process, or as a coroutine on the event loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S1 · thread, time.sleep()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S2 · process, time.sleep()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 · coroutine, await asyncio.sleep()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocking call in a coroutine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coroutine version, with one line changed: slow() calls time.sleep() instead of awaiting asyncio.sleep(). The event loop has one thread, and that thread is now asleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S4 · coroutine, time.sleep() inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GIL quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow() now does CPU work: is_prime(5_000_111_000_222_021). Does the spinner still turn? Ask the room before each run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S5 · process, is_prime()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S6 · thread, is_prime()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S7 · coroutine, is_prime() called directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power napping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two ways to keep the loop alive during CPU work: make is_prime() a coroutine that awaits sleep(0) now and then, or hand it to a process executor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S8 · coroutine, is_prime() naps with sleep(0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coroutine, is_prime() in a process executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed Chrome trace (*.json.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run is under way; stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in CPython too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the emulated run, run the same listing in real CPython and show both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerSideBySide</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPython run was stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython measured nothing: %1</source>
        <extracomment>%1 why the CPython run has no figures (the interpreter&apos;s error, the listing&apos;s traceback)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython agrees with the emulation: %1.</source>
        <extracomment>%1 the verdict, e.g. &quot;Kept spinning&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They differ: the emulation says %1, CPython %2.</source>
        <extracomment>%1 the emulation&apos;s verdict, %2 CPython&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerVerdict</name>
    <message>
        <source>the run was stopped before slow() returned, so there is nothing to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <extracomment>%1 the engine&apos;s error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow() took %1 s: too quick to see the spinner; sleep longer</source>
        <extracomment>%1 seconds slow() took, e.g. 0.09</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow() took %1 s: too quick to see the spinner; use the CPython pace</source>
        <extracomment>%1 seconds slow() took, e.g. 0.09</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor blocked the loop for %1 s; spin never got a turn</source>
        <extracomment>%1 seconds, e.g. 3.0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is_prime() held the loop for %1 s without an await; spin never got a turn</source>
        <extracomment>%1 seconds, e.g. 1.2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GIL never changed hands in %1 s (switch interval %2 ms); the spinner never got a turn</source>
        <extracomment>%1 seconds slow() ran, %2 the GIL switch interval in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frame in %1 s: the spinner never got a turn</source>
        <extracomment>%1 seconds slow() ran</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GIL changed hands only every %1 ms, so the spinner got a turn every %2 ms (at worst %3 ms)</source>
        <extracomment>%1 the GIL switch interval in ms, %2 the usual time between frames in ms, %3 the longest</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is_prime() awaited sleep(0) too rarely: the spinner froze for up to %1 ms</source>
        <extracomment>%1 the longest time between two frames in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spinner froze for up to %1 ms; a steady one draws every 100 ms</source>
        <extracomment>%1 the longest time between two frames in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow() ran in the parent and the spinner in its own process; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time.sleep() let the spinner thread run; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GIL changed hands every %1 ms, so the spinner got a turn every %2 ms</source>
        <extracomment>%1 the GIL switch interval in ms, %2 the usual time between frames in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GIL: is_prime() and the spinner ran side by side; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>await asyncio.sleep() gave the loop back; spin drew a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is_prime() awaited sleep(0) now and then, so spin got a turn every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is_prime() ran in a worker process and the loop stayed free; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame every %1 ms, at worst %2 ms</source>
        <extracomment>%1 the usual time between frames in ms, %2 the longest</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps spinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stutters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept spinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuttered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too quick to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SweepChartBuilder</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>a series of a compared sweep; %1 its name (&quot;processes&quot;), %2 the sweep&apos;s day and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a note on the chart naming its series; %1 the series, %2 the note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shaded: fastest to slowest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shaded: middle half of the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal: T(1) / N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal: N times faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the book, %n cores, scaled to this 1-worker time</source>
        <extracomment>%n the book machine&apos;s core count</extracomment>
        <translation>
            <numerusform>the book, %n core, scaled to this 1-worker time</numerusform>
            <numerusform>the book, %n cores, scaled to this 1-worker time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the book, %n cores</source>
        <extracomment>%n the book machine&apos;s core count</extracomment>
        <translation>
            <numerusform>the book, %n core</numerusform>
            <numerusform>the book, %n cores</numerusform>
        </translation>
    </message>
    <message>
        <source>workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speedup (×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hollow: a run that lost a worker, left out of the medians</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SweepChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart of %1 × %2 pixels cannot be made: each side must be from 1 to %3.</source>
        <extracomment>%1 width, %2 height, %3 the largest side accepted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep: median run time against worker count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale must be above 0, not %1.</source>
        <extracomment>%1 the scale asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG could not be encoded: %1</source>
        <extracomment>%1 the encoder&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SweepConfig</name>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coroutines + process executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads, GIL on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads, GIL off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread pool, GIL on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread pool, GIL off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, switch %2 ms</source>
        <extracomment>%1 a series such as &quot;threads, GIL on&quot;, %2 the GIL switch interval in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on one thread whatever the worker count, so it has no sweep</source>
        <extracomment>%1 a model name (sequential or coroutines)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write gil=on or gil=off, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write switch=MS, once, with MS in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one series to sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sweep has %1 series; the most is %2</source>
        <extracomment>%1 how many series were chosen, %2 the most a sweep may have</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series &apos;%1&apos; appears twice</source>
        <extracomment>%1 a series spec such as &quot;threads:gil=on&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max workers is %1; use 1 to %2</source>
        <extracomment>%1 the value given, %2 the largest allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs per count is %1; use 1 to %2</source>
        <extracomment>%1 the value given, %2 the largest allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has %1 numbers; a sweep takes at most %2</source>
        <extracomment>%1 how many numbers were given, %2 the most a sweep may time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1: %2; use one of %3, with :switch=MS on threads and pool</source>
        <extracomment>%1 the series the user wrote, %2 what is wrong with it, %3 the accepted series</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <extracomment>%1 an option such as &quot;gil=on&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to threads and pool only</source>
        <extracomment>%1 an option such as &quot;gil=off&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch=%1 is out of range: use %2 to %3 ms</source>
        <extracomment>%1 the value given (quoted), %2 and %3 the accepted range in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procs.py in CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procs.py in CPython %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write engine=emulated or engine=cpython, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine=cpython runs procs.py, so it applies to processes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has %1 numbers; the CPython series takes at most %2, because procs.py fills its job queue before it starts a worker and blocks on its own queue past a few thousand</source>
        <extracomment>%1 how many numbers were given, %2 the most procs.py can take</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery, thread pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery, prefork pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>celery takes pool=prefork or pool=threads (solo has no pool to sweep)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SweepFile</name>
    <message>
        <source>a run names series %1, which the sweep does not have</source>
        <extracomment>%1 the series number the run gives (counted from 0)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run took %1 s, which is not a time</source>
        <extracomment>%1 the run&apos;s time in seconds, negative or not a number
----------
%1 a run&apos;s measured time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <extracomment>%1 a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <extracomment>%1 a file path, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no complete header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write to %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason (disk full, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <extracomment>%1 the JSON parser&apos;s message, %2 a column number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or malformed</source>
        <extracomment>%1 a field name in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is too long for a sweep results file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a sweep results file (no &quot;format&quot;:&quot;%1&quot;)</source>
        <extracomment>%1 the format name a results file must have</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this app reads (%2)</source>
        <extracomment>%1 the version in the file, %2 the newest version this app reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 numbers</source>
        <extracomment>%1 the most numbers a sweep may time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <extracomment>%1 the field name, %2 what is wrong and where</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers_hash &apos;%1&apos; does not match the numbers (%2)</source>
        <extracomment>%1 the hash in the file, %2 the hash of the numbers in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number, %2 what is wrong with that line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 more lines were skipped</source>
        <extracomment>%1 a line number, %2 how many more lines had problems</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long for a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series &apos;%1&apos; is not in the header</source>
        <extracomment>%1 the series the line names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workers&quot; must be a whole number from 1 to %1</source>
        <extracomment>%1 the largest worker count of the sweep</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be a whole number from 1 to %1</source>
        <extracomment>%1 how many runs per count the sweep has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;wall&quot; must be seconds from 0 to %1</source>
        <extracomment>%1 the longest run accepted, in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;finished&quot; must be an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second result for %1 with %2 workers, run %3; the first is kept</source>
        <extracomment>%1 a series spec, %2 a worker count, %3 a run number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the file is larger than %1 MiB</source>
        <extracomment>%1 the largest size read, in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <extracomment>%1 what is wrong with the header line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete, the run in flight when the sweep stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another sweep is writing it right now (in the window or a concurrency-lab sweep); let that one finish, or stop it, then resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sweep results file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <extracomment>%1 a field name, %2 its largest value</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SweepHistory</name>
    <message>
        <source>%1
%2</source>
        <extracomment>a past sweep in the list: %1 its date, %2 its series</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>runs done of a past sweep; %1 done, %2 in all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines skipped</source>
        <extracomment>under the runs of a past sweep; %n how many lines of its file were unreadable</extracomment>
        <translation>
            <numerusform>%n line skipped</numerusform>
            <numerusform>%n lines skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished: it can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Past sweeps&lt;/b&gt;</source>
        <extracomment>heading of the list of past sweeps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one to see its chart; Ctrl+click a second to compare the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>under the runs of a past sweep that a sweep (here or in a terminal) is still running</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sweep is writing it right now (here or in a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SweepPage</name>
    <message>
        <source>Sweep: how many processes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep cannot start: %1</source>
        <extracomment>%1 why the results file could not be made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each finished run is saved at once in %1.</source>
        <extracomment>%1 the results file&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep stopped: %1 The runs done so far are kept in %2.</source>
        <extracomment>%1 what went wrong, %2 the results file&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n runs in %1, saved in %2.</source>
        <extracomment>%n runs, %1 a duration, %2 the results file&apos;s name</extracomment>
        <translation>
            <numerusform>Sweep finished: %n run in %1, saved in %2.</numerusform>
            <numerusform>Sweep finished: %n runs in %1, saved in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n runs. %2 keeps them; Resume carries on from there.</source>
        <extracomment>%1 runs done, %n runs in all, %2 the results file&apos;s name</extracomment>
        <translation>
            <numerusform>Stopped after %1 of %n run. %2 keeps them; Resume carries on from there.</numerusform>
            <numerusform>Stopped after %1 of %n runs. %2 keeps them; Resume carries on from there.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, paused after the run in flight</source>
        <extracomment>%1 the progress (&quot;57 / 240 runs&quot;); the run in flight finishes first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs, about %1</source>
        <extracomment>%n runs in all, %1 a rough duration</extracomment>
        <translation>
            <numerusform>%n run, about %1</numerusform>
            <numerusform>%n runs, about %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Series:</source>
        <extracomment>label before the series checkboxes of the sweep</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to &amp;workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs at each worker count; the chart plots their median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>the pause button, while paused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this offer. The file stays and the list still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the sweep on screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>label of the chart&apos;s unit: time or speedup</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speedup T(1) / T(N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <extracomment>label of the shaded spread of the runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fastest to slowest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quartiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal T(1) / N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book&apos;s medians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure 19-2&apos;s medians (6 cores), scaled so that their 1-worker time is this sweep&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rebuilds Figure 19-2 of the chapter: procs.py run with 1 to 20 worker processes, each count repeated several times, and the median time for each count plotted against the count, with a dotted line at the lowest median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the book, on a machine with 6 cores, the time falls steeply from 1 to 6 processes (40.8 s to 10.4 s) and then stays flat or gets a little worse: once every core is busy, more processes only add start-up and switching costs. The lowest median sits at the core count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start (F5) to measure it on this machine. Below are the book&apos;s own numbers, plotted the way the figure plots them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pace: %1 · GIL switch every %2 ms (toolbar)</source>
        <extracomment>%1 the pace&apos;s name, %2 the GIL switch interval in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <extracomment>unit after the chart size fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sweep chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sweep of %1 as JSON</source>
        <extracomment>%1 the sweep&apos;s date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sweep of %1 as CSV</source>
        <extracomment>%1 the sweep&apos;s date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An unfinished sweep from %1 (%2 of %n runs).</source>
        <extracomment>%1 the sweep&apos;s date, %2 runs done, %n runs in all</extracomment>
        <translation>
            <numerusform>An unfinished sweep from %1 (%2 of %n run).</numerusform>
            <numerusform>An unfinished sweep from %1 (%2 of %n runs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be resumed: %2</source>
        <extracomment>%1 file path, %2 why it cannot be read or written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sweep is complete already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <extracomment>%1 file name, %2 why it cannot be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 from %2.</source>
        <extracomment>%1 the file&apos;s name, %2 its date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %2 with %1 workers lost a worker (it crashed or stopped answering): its time includes the recovery, so it is drawn hollow and left out of the medians.</source>
        <extracomment>%1 a worker count, %2 a run number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the results file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s procs.py run by real CPython at each worker count, taking turns with the other series. The interpreter is chosen under Run &gt; CPython Interpreter; the chart names its version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SweepPython</name>
    <message>
        <source>this sweep&apos;s CPython series ran in CPython %1, but the interpreter found now is %2; choose a CPython %1 (the settings, or --python), or start a new sweep</source>
        <extracomment>%1 the version the sweep ran in, %2 the interpreter found now</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SweepRunner</name>
    <message>
        <source>no results file is open for this sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 workers, run %3: %4</source>
        <extracomment>%1 a series such as &quot;threads, GIL on&quot;, %2 a worker count, %3 a run number, %4 why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sweep has a Celery series, and no Celery engine was given to run it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::SweepText</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a time in milliseconds, %1 the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time in seconds, %1 the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <extracomment>a duration, %1 seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration, %1 minutes, %2 seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration, %1 hours, %2 minutes (two digits)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>a speedup factor, %1 the number (&quot;1.9×&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workers</source>
        <extracomment>a worker count, as on the sweep chart</extracomment>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <extracomment>the machine&apos;s core count</extracomment>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM HH:mm:ss</source>
        <extracomment>how a legend tells two compared sweeps apart: day, month, hour:minute (Qt date format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest median %1 at %2</source>
        <extracomment>the dotted line on the sweep chart; %1 a time (&quot;0.47 s&quot;), %2 a worker count (&quot;2 workers&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best speedup %1 at %2</source>
        <extracomment>the dotted line in speedup mode; %1 a factor (&quot;1.9×&quot;), %2 a worker count (&quot;2 workers&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the book&apos;s %n numbers</source>
        <extracomment>the sweep chart&apos;s title: which numbers were checked</extracomment>
        <translation>
            <numerusform>the book&apos;s %n number</numerusform>
            <numerusform>the book&apos;s %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <extracomment>the sweep chart&apos;s title: how many numbers were checked</extracomment>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs per count</source>
        <extracomment>the sweep chart&apos;s title: how often each worker count ran</extracomment>
        <translation>
            <numerusform>%n run per count</numerusform>
            <numerusform>%n runs per count</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pace</source>
        <extracomment>the sweep chart&apos;s title; %1 the pace&apos;s name (&quot;native&quot;, &quot;cpython&quot;, &quot;book&quot;, &quot;4x&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>the sweep chart&apos;s title: the machine; %1 its host name, %2 its cores (&quot;2 cores&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n runs</source>
        <extracomment>sweep progress; %1 runs done, %n runs in all</extracomment>
        <translation>
            <numerusform>%1 / %n run</numerusform>
            <numerusform>%1 / %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, ETA %2</source>
        <extracomment>%1 the runs done (&quot;57 / 240 runs&quot;), %2 the estimated time left</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::TallyBars</name>
    <message>
        <source>%1 · %2%</source>
        <extracomment>The room&apos;s tally beside a bar: %1 votes, %2 per cent of the voters</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::TaskLanesView</name>
    <message>
        <source>One lane per worker process (host:pid) appears here as tasks start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>the end of the time axis, in seconds since the run began</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueueControls</name>
    <message>
        <source>Type the broker&apos;s URL, as redis://:password@host:6379/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker URL: %1</source>
        <extracomment>%1 says what is wrong with the broker URL the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefork: processes; threads: threads under the GIL; solo: one task at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool processes or threads per worker node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery worker nodes started on this machine; 0 uses only workers already attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a task after it is done, so a killed worker&apos;s task goes to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app&apos;s Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueuePage</name>
    <message>
        <source>Task queues: Celery on Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <extracomment>%1 says what is wrong with the broker URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking the broker at %1 and starting %n worker node(s)…</source>
        <extracomment>%1 is the broker&apos;s URL with its password hidden; %n local worker nodes</extracomment>
        <translation>
            <numerusform>Checking the broker at %1 and starting %n worker node…</numerusform>
            <numerusform>Checking the broker at %1 and starting %n worker nodes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting redis-server and %n worker node(s)…</source>
        <translation>
            <numerusform>Starting redis-server and %n worker node…</numerusform>
            <numerusform>Starting redis-server and %n worker nodes…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · broker %2</source>
        <extracomment>what runs the tasks: %1 the interpreter with Celery, %2 the broker&apos;s URL (password hidden)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed result for %1, asked again: %2</source>
        <extracomment>%1 is the number, %2 what was wrong with its result</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1 (%2)</source>
        <extracomment>%1 is the number, %2 why it was lost</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redelivered: %1, its first worker died</source>
        <extracomment>%1 is the number whose worker died; the broker gave it to another</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed pool process %1: its task %2 went back to the queue and another worker took it (late acks).</source>
        <extracomment>%1 is a pid, %2 the number it was checking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed pool process %1: its task %2 is lost (no late acks).</source>
        <extracomment>%1 is a pid, %2 the number it was checking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pool process to kill: only a prefork node on this machine has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed pool process %1 in the middle of %2. Watch the incidents: redelivered, or lost.</source>
        <extracomment>%1 is a pid, %2 the number it was checking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed pool process %1 (it was idle). Celery starts another.</source>
        <extracomment>%1 is a pid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ended without an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <extracomment>%1 says why the broker or the worker nodes could not start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result for: %1.</source>
        <extracomment>%1 lists the numbers that got no result</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the tasks not yet started were taken back off the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, but these tasks were lost: %1.</source>
        <extracomment>%1 lists the numbers whose tasks were lost</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every number came back from the workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill a pool process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGKILL one process of a local prefork node, one that is running a task if any (T4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let workers on other machines in the room join this broker over the LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open to the room: %1</source>
        <extracomment>%1 says why the broker or the worker nodes could not start
----------
%1 says why the broker could not listen on the LAN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room opens as soon as the broker is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting redis-server and %n worker node(s) for the room…</source>
        <translation>
            <numerusform>Starting redis-server and %n worker node for the room…</numerusform>
            <numerusform>Starting redis-server and %n worker nodes for the room…</numerusform>
        </translation>
    </message>
    <message>
        <source>this machine has no IPv4 address on a network that is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the app&apos;s own Redis can be opened to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Now timing the same numbers sequentially in CPython (primes_sequential.py), for the speedup…</source>
        <extracomment>the speedup needs a sequential run of the same numbers in real CPython</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done; the sequential CPython run for the speedup did not finish: %1</source>
        <extracomment>%1 why the sequential CPython run could not time the numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueueRun</name>
    <message>
        <source>the broker did not confirm the subscription to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its worker %1 was lost; the broker gave the task to another</source>
        <extracomment>%1 host:pid of the worker process that died</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>malformed %n time(s); not asked again</source>
        <extracomment>%1 how many times the number was asked</extracomment>
        <translation>
            <numerusform>malformed %n time; not asked again</numerusform>
            <numerusform>malformed %n times; not asked again</numerusform>
        </translation>
    </message>
    <message>
        <source>no result for every number within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 number(s) left without a result: %3</source>
        <extracomment>%1 what went wrong with the broker, %2 how many numbers, %3 the numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueueTotals</name>
    <message>
        <source>Press Run: the numbers go to Redis as Celery tasks, and the workers send back the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tasks done · %3 s · %n lane(s)</source>
        <extracomment>%1 of %2 results in, %3 seconds so far, %4 worker processes seen</extracomment>
        <translation>
            <numerusform>%1 of %2 tasks done · %3 s · %n lane</numerusform>
            <numerusform>%1 of %2 tasks done · %3 s · %n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tasks in %2 s on %n lane(s)</source>
        <extracomment>%1 tasks done in %2 seconds; %n lanes (worker processes)</extracomment>
        <translation>
            <numerusform>%1 tasks in %2 s on %n lane</numerusform>
            <numerusform>%1 tasks in %2 s on %n lanes</numerusform>
        </translation>
    </message>
    <message>
        <source>overhead %1 ms per task</source>
        <extracomment>the broker&apos;s overhead per task, in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speedup %1× against the sum of task times (a sequential estimate)</source>
        <extracomment>%1 is the speedup, e.g. 1.9; the sum of the workers&apos; task times stands for a sequential run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speedup %1× against sequential CPython (%2 s)</source>
        <extracomment>%1 is the speedup, e.g. 1.9; %2 the seconds sequential.py took in CPython on the same numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::TaskResult</name>
    <message>
        <source>the result is %1 bytes, more than a result can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a STARTED state without its host and pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;result&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;n&quot; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;n&quot; is %1, not a whole number from 0 to 2^64-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;n&quot; is %1, but this task asked about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prime&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;elapsed&quot; is %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the times run from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;host&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pid&quot; is not a process id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::TaskResultsModel</name>
    <message>
        <source>n</source>
        <extracomment>column header: the number checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <extracomment>column header: P when the number is prime, as the book prints it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>column header: the machine the Celery worker ran on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid</source>
        <extracomment>column header: the worker&apos;s process id</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::TimelineView</name>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not prime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 a time on the timeline&apos;s axis, in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1 (pid %2) crashed at %3 s</source>
        <extracomment>%1 worker number, %2 its process id, %3 seconds since the run started</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had no number in flight: nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has cost %n workers in a row: the run stops.</source>
        <extracomment>%1 the number, %n how many workers it cost</extracomment>
        <translation>
            <numerusform>%1 has cost %n worker in a row: the run stops.</numerusform>
            <numerusform>%1 has cost %n workers in a row: the run stops.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 goes to a fresh worker (try %2 of %3).</source>
        <extracomment>%1 the number, %2 this try, %3 the most tries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: one lane per worker, one bar per number checked</source>
        <extracomment>The primes timeline&apos;s name for a screen reader</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <extracomment>Screen reader: how many lanes (workers) the timeline has</extracomment>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 job(s) done</source>
        <extracomment>Screen reader: numbers checked so far; %1 how many the run was given</extracomment>
        <translation>
            <numerusform>%n of %1 job done</numerusform>
            <numerusform>%n of %1 jobs done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) done</source>
        <extracomment>Screen reader: numbers checked so far</extracomment>
        <translation>
            <numerusform>%n job done</numerusform>
            <numerusform>%n jobs done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>busiest worker %1: %n job(s), %2 s</source>
        <extracomment>Screen reader: the worker that spent the most time checking; %1 its name, %2 seconds it spent, %n the numbers it checked</extracomment>
        <translation>
            <numerusform>busiest worker %1: %n job, %2 s</numerusform>
            <numerusform>busiest worker %1: %n jobs, %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) never reported</source>
        <extracomment>Screen reader: results the racy report loop lost</extracomment>
        <translation>
            <numerusform>%n result never reported</numerusform>
            <numerusform>%n results never reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GIL hold(s)</source>
        <extracomment>Screen reader: how many times a thread took the GIL</extracomment>
        <translation>
            <numerusform>%n GIL hold</numerusform>
            <numerusform>%n GIL holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker crash(es)</source>
        <extracomment>Screen reader: worker processes that died during the run</extracomment>
        <translation>
            <numerusform>%n worker crash</numerusform>
            <numerusform>%n worker crashes</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>Screen reader: the run still goes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::VerdictBanner</name>
    <message>
        <source>(no guess was made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your guess, %1, cannot be checked)</source>
        <extracomment>%1 the guess the room made, e.g. &quot;Stutters&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you guessed “%1”</source>
        <extracomment>after the right/wrong mark; %1 the guess the room made, e.g. &quot;Stutters&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The verdict banner&apos;s name for a screen reader, before a run ends</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <extracomment>The verdict banner&apos;s name for a screen reader; %1 the verdict, e.g. &quot;Never appeared&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::ViewExporter</name>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <extracomment>%1 the file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::WorkerChannel</name>
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
        <source>worker %1 (pid %2) %3</source>
        <extracomment>%1 worker number, %2 its pid, %3 how it ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 sent malformed output (%2)</source>
        <extracomment>%1 worker number, %2 what was wrong with its output</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 (pid %2) gave no answer within %3 s</source>
        <extracomment>%1 worker number, %2 its pid, %3 the watchdog&apos;s limit in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up on %1: its worker failed %2 times in a row; the last time, %3</source>
        <extracomment>%1 the number, %2 how many worker processes it cost, %3 how the last one ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 answered out of turn</source>
        <extracomment>%1 worker number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spinner&apos;s process (pid %1) drew no frame for %2 s: it is stopped or hung, and was killed</source>
        <extracomment>%1 the child&apos;s pid, %2 the watchdog&apos;s limit in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::WorkerNode</name>
    <message>
        <source>worker node %1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::CeleryPrimes</name>
    <message>
        <source>celery: each node&apos;s pool, prefork (processes, the default), threads or solo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>celery: local worker nodes to start, 0 to 16 (default 1; 0 uses only workers already on the broker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>celery: an existing Redis, redis://[:PASSWORD@]HOST:PORT/DB (default: the app starts its own on 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>celery: on (the default) acknowledges a task after it ran, so a killed worker&apos;s task comes back; off acknowledges it when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to --model celery only</source>
        <extracomment>%1 the option&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to --model celery: the workers are real CPython processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nodes 0 needs --broker: the app&apos;s own broker has no other workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before any task was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; %1 of %2 numbers checked; the rest were taken off the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost %1 task(s), never checked: %2</source>
        <extracomment>%1 how many, %2 the numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::FidelityCommand</name>
    <message>
        <source>Runs every lesson in real CPython and in the emulation, taking turns, and prints
the two side by side: S1 to S8 (S6 also at a 300 ms switch interval), S8/S7, P1
sequential, P2 processes 2, P3 threads 2 (GIL on) and P5, the racy report loop.
Each row shows both medians and whether they agree within the row&apos;s band: time
within 10%, frames per second within 1, no frame at all, the same stutter, the
same most frequent race outcome. A benchmark: it reports, it does not fail on a
row that differs. One round takes about 2 minutes with the book&apos;s sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of each row in each engine, 1 to 50 (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers P1 to P3 check (default the book&apos;s 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read P1 to P3&apos;s numbers from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPython interpreter to run (default python3 on PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the table as JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 against the emulation, %n round(s)</source>
        <extracomment>%1 the interpreter (&quot;CPython 3.11.2 (/usr/bin/python3)&quot;), %n the rounds</extracomment>
        <translation>
            <numerusform>%1 against the emulation, %n round</numerusform>
            <numerusform>%1 against the emulation, %n rounds</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::FidelityTable</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>a fidelity cell: frames per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>gap %1 ms</source>
        <extracomment>a fidelity cell: the longest frozen glyph</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 against the emulation, medians of %n round(s)</source>
        <extracomment>the fidelity table&apos;s title: %1 the interpreter (&quot;CPython 3.11.2 (/usr/bin/python3)&quot;), %n the rounds</extracomment>
        <translation>
            <numerusform>%1 against the emulation, medians of %n round</numerusform>
            <numerusform>%1 against the emulation, medians of %n rounds</numerusform>
        </translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <extracomment>%1 why the run failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3 in %4: %5</source>
        <extracomment>a progress line: %1 run number, %2 all runs, %3 the row, %4 the engine, %5 what it measured</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::InterruptGuard</name>
    <message>
        <source>concurrency-lab %1: interrupted before anything ran</source>
        <extracomment>%1 the command, e.g. sweep</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::JoinCommand</name>
    <message>
        <source>Runs a Celery worker node for another machine&apos;s task-queue session: the URL is the one
its page shows under &quot;Open to the room&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis://worker:PASSWORD@HOST:PORT/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefork (the default), threads or solo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool size, 1 to 64 (default: the CPU count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s name before @host (default: room).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the session&apos;s broker URL, as its page shows it: concurrency-lab join redis://worker:PASSWORD@HOST:PORT/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: one word without @, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined %1 as node %2@this machine (%3 pool of %4); Ctrl+C leaves</source>
        <extracomment>%1 the node&apos;s name, %2 the broker (password hidden), %3 pool, %4 size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrency-lab join: the session&apos;s broker has been gone for 10 s (%1); leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::Options</name>
    <message>
        <source>this command takes only options (see --help)</source>
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
        <source>Unknown option %1.</source>
        <extracomment>%1 the option the user typed, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1; %2</source>
        <extracomment>%1 the unexpected word on the command line (quoted), %2 a hint on what to do instead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is not a whole number from %3 to %4</source>
        <extracomment>%1 option name, %2 the value given (quoted), %3 and %4 the valid range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: unknown value %2; choose one of %3</source>
        <extracomment>%1 option name, %2 the value given (quoted), %3 the valid values</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is outside %3 to %4 %5</source>
        <extracomment>%1 option name, %2 value given (quoted), %3 and %4 the range, %5 the unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading numbers from the FIFO %1 (Ctrl+C to stop)…</source>
        <extracomment>%1 the FIFO&apos;s path, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulated (default): the app&apos;s C++ rebuild; cpython: run the matching listing in real CPython (python3 -u, from a temporary folder), reported the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --engine cpython: the interpreter to run (default: python3 on PATH; --gil off looks for python3.13t or python3.14t).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --engine cpython: seconds the listing may run before it counts as not finished and is killed (default: several times CPython&apos;s time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to --engine cpython only</source>
        <extracomment>%1 an option name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to --engine cpython: the listing runs as written, at CPython&apos;s own speed</source>
        <extracomment>%1 an option name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::OutputPath</name>
    <message>
        <source>--%1: cannot write %2: %3</source>
        <extracomment>%1 option name, %2 the path given (quoted), %3 why it cannot be written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file %3</source>
        <extracomment>%1 and %2 option names, %3 the path both name (quoted)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2 would both write to standard output (-); send one of them to a file</source>
        <extracomment>%1 and %2 option names; &quot;-&quot; is what the user typed for standard output</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 -: standard output is a terminal; redirect it (&gt; chart.%1) or pipe it</source>
        <extracomment>%1 option name such as png</extracomment>
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
        <source>--gil and --switch-interval apply to --model threads and pool only; each process has a GIL of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks numbers for primality with the book&apos;s trial division, in one of the
concurrency models of sequential.py, threads.py and procs.py, and prints
the same lines those scripts print.</source>
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
        <source>threads and pool: on (CPython&apos;s GIL, the default) or off (free-threaded 3.13t).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads and pool: the GIL&apos;s switch interval in ms, 1 to 1000 (default 5).</source>
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
        <source>numbers go after --numbers, as in --numbers 2,3,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a fresh worker retries %2</source>
        <extracomment>%1 how the worker was lost, %2 the number given to a fresh worker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost %1 results still in flight when the report loop stopped: %2</source>
        <extracomment>%1 how many results, %2 the numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; %1 of %2 numbers checked</source>
        <extracomment>%1 numbers checked, %2 numbers given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers left unchecked: %2</source>
        <extracomment>%1 count, %2 the numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev). FILE - is stdout; the book&apos;s lines then go to stderr, and --json is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--race-seed applies to --racy only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--race-seed: expected a whole number from 1, not &quot;%1&quot;</source>
        <extracomment>%1 the value given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample and --numbers (or --numbers-file) each choose the numbers; give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes only: the report loop of the book&apos;s py36/procs.py, which stops when the job queue is empty. Reports the outcome: complete, lost (naming the results) or hung (exit code 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--racy: the seed of the race&apos;s timing, to replay a run (default: a fresh one, printed with the outcome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers to check: book (the book&apos;s 20, the default) or small (400 numbers from 1000000, which provoke the race).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race: the report loop waits for a result that will never come; ending the wait after its grace time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race: %1 (%2; replay with --race-seed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race: %1 (%2)</source>
        <extracomment>%1 the outcome (complete, lost or hung), %2 why, %3 the seed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1 (default sequential), or celery: real Celery workers on a real Redis (the chapter&apos;s task queues).</source>
        <extracomment>%1 the model names, separated by commas</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::SpinnerCommand</name>
    <message>
        <source>--gil and --switch-interval apply to --model thread only; a process and a coroutine do not share a GIL with a spinner thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--number takes exactly one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the book&apos;s spinner supervisor: start a spinner, call slow(), stop the
spinner, print the answer. Shows when the spinner spins, stutters, or never
appears, depending on the concurrency model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread, process or coroutine (default thread).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep, blocking-sleep, prime, nap or executor (default sleep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread model: on (default) or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread model: the GIL&apos;s switch interval in ms, 1 to 1000 (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace of is_prime: native, cpython (default), book, or a multiplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the sleep variants sleep (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the prime variants check (default 5_000_111_000_222_021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the frame report as JSON instead of the animation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev). FILE - is stdout; the animation then goes to stderr, and --json is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a fresh worker retries %2</source>
        <extracomment>%1 how the worker was lost, %2 the number given to a fresh worker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <extracomment>%1 the verdict (&quot;Kept spinning&quot;, &quot;Stuttered&quot;, ...), %2 why, one line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::SweepCommand</name>
    <message>
        <source>to continue: %1</source>
        <extracomment>%1 a command line the user can copy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3</source>
        <extracomment>a skipped line of a results file; %1 the file, %2 the line number, %3 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume: cannot use %1: %2</source>
        <extracomment>%1 the results file (quoted), %2 why it cannot be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: could not write %2: %3</source>
        <extracomment>%1 option name, %2 the path (quoted), %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results are safe in %1; to export them again, run:</source>
        <extracomment>%1 the results file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs to do (%2 series, 1 to %3 workers, %4 runs each), about %5</source>
        <extracomment>%1 runs left, %2 series, %3 the largest worker count, %4 runs per count, %5 a duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series go after --series, as in --series threads:gil=off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a finished sweep (%2 runs); nothing is left to run</source>
        <extracomment>%1 the results file, %2 how many runs it holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unfinished sweep is in %1; --resume %2 continues it</source>
        <extracomment>%1 a results file, %2 the same path, quoted for a shell</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results: %1</source>
        <extracomment>%1 the results file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; %1 of %2 runs are saved in %3</source>
        <extracomment>%1 runs done, %2 runs in all, %3 the results file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sweep stopped before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs are saved in %3</source>
        <extracomment>%1 runs done, %2 runs in all, %3 the results file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep took %1 s; its runs %2 s; overhead %3%</source>
        <extracomment>%1 seconds in all, %2 seconds the runs took, %3 the difference in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) lost a worker (crashed or stalled) and time the recovery, not the model: they are marked in the results file and left out of the medians</source>
        <extracomment>%n runs during which a worker crashed or stalled</extracomment>
        <translation>
            <numerusform>%n run lost a worker (crashed or stalled) and times the recovery, not the model: it is marked in the results file and left out of the medians</numerusform>
            <numerusform>%n runs lost a worker (crashed or stalled) and time the recovery, not the model: they are marked in the results file and left out of the medians</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the results file: %1</source>
        <extracomment>%1 the system&apos;s reason, naming the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times procs.py&apos;s workload at 1 to N workers, several runs at each count, and prints the
median per count, as run_procs.sh did for the book&apos;s Figure 19-2. Every finished run is
saved at once to a results file in the app&apos;s data folder: a sweep stopped by Ctrl+C,
a crash or a power cut continues with --resume. Exit codes: 0 done, 1 a run or an output
file failed (the results file is kept), 2 bad input (nothing runs; also a CPython
series with no interpreter to run it), 130 interrupted.
FILE - sends one of --out, --png, --svg and --pdf to stdout; the median lines then go to
stderr, and --json is refused (PNG and PDF only when stdout is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CPython series runs procs.py in CPython %1</source>
        <extracomment>%1 a CPython version such as 3.11.2</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::SweepProgressPrinter</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration; %1 seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration; %1 minutes, %2 seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration; %1 hours, %2 minutes (two digits)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3  workers %4  run %5/%6  %7 s</source>
        <extracomment>progress of a sweep (&quot;workers 1&quot; reads right for every count); %1 runs done, %2 runs in all, %3 the series, %4 worker count, %5 this run&apos;s repeat, %6 repeats per count, %7 the run&apos;s wall time in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <extracomment>%1 the estimated time left, such as &quot;2 min 10 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) crashed</source>
        <translation>
            <numerusform>%n worker crashed</numerusform>
            <numerusform>%n workers crashed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) stalled</source>
        <extracomment>the watchdog killed workers that stopped answering</extracomment>
        <translation>
            <numerusform>%n worker stalled</numerusform>
            <numerusform>%n workers stalled</numerusform>
        </translation>
    </message>
    <message>
        <source>DISTURBED (%1): an outlier, left out of the medians</source>
        <extracomment>a run during which workers died or hung; %1 e.g. &quot;1 worker crashed, 1 worker stalled&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::SweepRequestParser</name>
    <message>
        <source>--series: &apos;%1&apos; is given twice</source>
        <extracomment>%1 a series spec such as threads:gil=on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker counts from 1 to N, N from 1 to 256 (default 20, as in the book).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs at each count, 1 to 1000 (default 12, as in the book); the medians are plotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native (default), cpython (~31 ns per division), book (~93 ns), or a multiplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers each run checks, separated by commas or spaces (default: the book&apos;s 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the numbers from a file, with the same rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the unfinished sweep in FILE (its configuration is used); a finished one is only exported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every run as tidy CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the runs and the statistics as JSON instead of the median lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the chart to a PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the chart to an SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the chart to a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart size in logical pixels (default 1600x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixels per logical pixel, 0.25 to 8 (default 1; 2 for a sharp slide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the speedup T(1)/T(N) instead of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spread drawn around each median: none, minmax (default) or quartiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the ideal curve: T(1)/N, or N in speedup mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the book&apos;s medians, scaled to this sweep&apos;s 1-worker median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark N cores on the chart (default: the cores of the machine that ran it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume: no file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size and --scale: the PNG would be more than %1 pixels wide or high</source>
        <extracomment>%1 the largest side in pixels of a PNG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to the chart; add --png, --svg or --pdf</source>
        <extracomment>%1 an option name such as speedup</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale applies to --png only; SVG and PDF scale by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2 conflicts with the sweep in %3, which has %4; a resumed sweep keeps its configuration (leave --%1 out)</source>
        <extracomment>%1 option name, %2 the value given, %3 the results file, %4 the file&apos;s value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 numbers)</source>
        <extracomment>%1 how many numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other numbers (%1 of them)</source>
        <extracomment>%1 how many numbers the results file has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: %1 is not WIDTHxHEIGHT with each side from %2 to %3 pixels (for example 1600x900)</source>
        <extracomment>%1 the value given (quoted), %2 and %3 the smallest and largest side in pixels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of the chart: %1. Repeat it, or separate specs with commas, for several (default processes). &apos;:switch=MS&apos; sets the GIL&apos;s switch interval of the threaded ones. processes:engine=cpython runs the book&apos;s procs.py in real CPython at each count, beside the emulated series (at CPython&apos;s own speed: --pace does not apply to it).</source>
        <extracomment>%1 the series a user may write, such as &quot;processes, threads, threads:gil=off&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpreter of a processes:engine=cpython series (default: python3 on PATH). Without one the sweep is refused before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--python: no interpreter given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--python applies to a series with engine=cpython, such as processes:engine=cpython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--python applies to a series with engine=cpython, and the sweep in %1 has none</source>
        <extracomment>%1 the results file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::cli::TraceFile</name>
    <message>
        <source>could not write the trace %1: %2</source>
        <extracomment>%1 the trace file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the trace to standard output: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::gui::DisplayCheck</name>
    <message>
        <source>or offscreen (nothing shown):              QT_QPA_PLATFORM=offscreen concurrency-lab
The headless commands need no display:     concurrency-lab primes --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrency-lab: WAYLAND_DISPLAY is set but DISPLAY is not, and Qt&apos;s Wayland platform plugin is not installed.
Install it (Debian, Ubuntu):               sudo apt install qt6-wayland
or use XWayland if the session runs it:    DISPLAY=:0 concurrency-lab
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrency-lab: no display found (DISPLAY is not set).
Run the window under a virtual X server:   xvfb-run -a concurrency-lab
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conlab::gui::GuiApp</name>
    <message>
        <source>Concurrency Lab: the concurrency models of Python, live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run as soon as the window is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open experiment N of the window&apos;s list, counting from 1.</source>
        <extracomment>help of --experiment, N its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in presentation mode: full screen, larger text (F11 in the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: concurrency-lab [options]
       concurrency-lab COMMAND [options]</source>
        <extracomment>the usage lines of --help; keep &quot;concurrency-lab&quot; and the layout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (headless, no display needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check numbers for primality in one of six concurrency models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the spinner supervisor and show how the spinner fares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time the primes workload at 1 to N workers and chart it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;concurrency-lab COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <extracomment>%1 the option the user typed, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--experiment takes a number from 1 to %2, not %1</source>
        <extracomment>%1 the value given (quoted), %2 the number of experiments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run every lesson in real CPython and in the emulation, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1; the headless commands are primes, spinner, sweep and fidelity</source>
        <extracomment>%1 the unexpected word on the command line (quoted)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <extracomment>%1 why the room&apos;s vote could not start, e.g. a port in use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with Audience on, the room&apos;s vote, listening on port N (0: a free one).</source>
        <extracomment>help of --audience-port, N its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with Audience on, listening on ADDR (default: the LAN address).</source>
        <extracomment>help of --audience-bind, ADDR its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with Audience on, with this 4-digit session code (default: a random one).</source>
        <extracomment>help of --audience-code, CODE its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
