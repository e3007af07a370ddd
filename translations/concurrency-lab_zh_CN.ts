<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>conlab::AudienceController</name>
    <message>
        <source>Audience is off: %1</source>
        <extracomment>%1 why the listener could not start</extracomment>
        <translation>观众投票已关闭：%1</translation>
    </message>
    <message>
        <source>this machine has no network address phones could reach; connect to the room&apos;s network, or give --audience-bind</source>
        <translation>本机没有手机可以访问的网络地址；请连接到教室的网络，或使用 --audience-bind</translation>
    </message>
    <message>
        <source>Export the room&apos;s votes</source>
        <translation>导出全场的投票</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Audience: the room votes from phones</source>
        <translation>观众投票(&amp;A)：全场用手机投票</translation>
    </message>
    <message>
        <source>Serve a voting page on the local network, with a QR code and a session code</source>
        <translation>在局域网上提供投票页面，附带二维码和会话码</translation>
    </message>
    <message>
        <source>Show the &amp;join code</source>
        <translation>显示加入码(&amp;J)</translation>
    </message>
    <message>
        <source>Show the &amp;counts while voting</source>
        <translation>投票期间显示计数(&amp;C)</translation>
    </message>
    <message>
        <source>Off: the room sees the counts only at the reveal, so nobody follows the crowd</source>
        <translation>关闭时：全场只在揭晓时看到计数，这样没有人随大流</translation>
    </message>
    <message>
        <source>&amp;Export the room&apos;s votes (CSV)…</source>
        <translation>导出全场的投票 (CSV)(&amp;E)…</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
</context>
<context>
    <name>conlab::AudienceOptions</name>
    <message>
        <source>--audience-port: &quot;%1&quot; is not a port; give 1 to 65535, or 0 for a free one</source>
        <extracomment>%1 the value given to --audience-port</extracomment>
        <translation>--audience-port：&quot;%1&quot; 不是端口；请给出 1 到 65535，或 0 表示任一空闲端口</translation>
    </message>
    <message>
        <source>--audience-bind: &quot;%1&quot; is not an IP address, such as 127.0.0.1 or 192.168.1.20</source>
        <extracomment>%1 the value given to --audience-bind</extracomment>
        <translation>--audience-bind：&quot;%1&quot; 不是 IP 地址，例如 127.0.0.1 或 192.168.1.20</translation>
    </message>
    <message>
        <source>--audience-code: &quot;%1&quot; is not a session code; give 4 digits, such as 0427</source>
        <extracomment>%1 the value given to --audience-code</extracomment>
        <translation>--audience-code：&quot;%1&quot; 不是会话码；请给出 4 位数字，例如 0427</translation>
    </message>
</context>
<context>
    <name>conlab::AudienceQuestion</name>
    <message>
        <source>What will the spinner do?</source>
        <extracomment>The question on the students&apos; phones before a spinner run</extracomment>
        <translation>旋转指示器会怎样？</translation>
    </message>
</context>
<context>
    <name>conlab::AudienceService</name>
    <message>
        <source>no address to listen on: this machine has no LAN address</source>
        <translation>没有可监听的地址：本机没有局域网地址</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <extracomment>%1 an address such as 192.168.1.20, %2 a port, %3 the system&apos;s reason</extracomment>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>conlab::AudienceStrip</name>
    <message>
        <source>Vote at %1 · code %2</source>
        <extracomment>The audience strip: %1 the address to type on a phone, %2 the 4-digit code</extracomment>
        <translation>投票地址 %1 · 会话码 %2</translation>
    </message>
    <message>
        <source>Listening on this machine only</source>
        <translation>仅在本机监听</translation>
    </message>
    <message>
        <source>Open to the network: anyone here with the code can vote</source>
        <translation>已向网络开放：在场任何有会话码的人都可以投票</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the voting page: phones can no longer reach this machine</source>
        <translation>关闭投票页面：手机将无法再访问本机</translation>
    </message>
    <message>
        <source>This machine only</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <source>⚠ Open to the network</source>
        <translation>⚠ 已向网络开放</translation>
    </message>
</context>
<context>
    <name>conlab::BookMediansChart</name>
    <message>
        <source>The book&apos;s medians, procs.py on 6 cores</source>
        <translation>书中的中位数：procs.py，6 核</translation>
    </message>
    <message>
        <source>worker processes</source>
        <translation>工作进程数</translation>
    </message>
    <message>
        <source>median of the runs</source>
        <translation>多次运行的中位数</translation>
    </message>
    <message>
        <source>lowest median (6 processes)</source>
        <translation>最低中位数（6 个进程）</translation>
    </message>
    <message>
        <source>median (s)</source>
        <translation>中位数（秒）</translation>
    </message>
    <message>
        <source>lowest median %1 s with %2 processes; %3 s with 1 process, %5 s with %4</source>
        <extracomment>Screen reader: the book&apos;s chart; %1 the lowest median in s, %2 the process count it was at, %3 the median with 1 process, %4 the highest count, %5 the median there</extracomment>
        <translation>最低中位数 %1 秒（%2 个进程）；1 个进程时 %3 秒，%4 个进程时 %5 秒</translation>
    </message>
</context>
<context>
    <name>conlab::BoundedRead</name>
    <message>
        <source>it is a character device, not a file</source>
        <translation>这是字符设备，不是文件</translation>
    </message>
    <message>
        <source>it is a block device, not a file</source>
        <translation>这是块设备，不是文件</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>it is a pipe or socket, not a regular file</source>
        <translation>这是管道或套接字，不是普通文件</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>a size limit in mebibytes</extracomment>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 a file path (quoted), %2 why it cannot be read</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for %3</source>
        <extracomment>%1 a file path (quoted), %2 a size such as &quot;64 MiB&quot;, %3 the kind of file, e.g. &quot;a numbers file&quot;</extracomment>
        <translation>%1 大于 %2，超出了%3的大小上限</translation>
    </message>
</context>
<context>
    <name>conlab::BrokerUrl</name>
    <message>
        <source>broker URL &quot;%1&quot;: it must start with redis:// (redis://[:password@]host:port/db)</source>
        <extracomment>%1 the URL as given</extracomment>
        <translation>代理 URL &quot;%1&quot;：必须以 redis:// 开头（redis://[:密码@]主机:端口/库）</translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: no host (redis://[:password@]host:port/db)</source>
        <translation>代理 URL &quot;%1&quot;：没有主机（redis://[:密码@]主机:端口/库）</translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: options after ? or # are not supported</source>
        <translation>代理 URL &quot;%1&quot;：不支持 ? 或 # 之后的选项</translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: the port must be 1 to 65535</source>
        <translation>代理 URL &quot;%1&quot;：端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: the database after the / must be a number from 0 to 15</source>
        <translation>代理 URL &quot;%1&quot;：/ 之后的数据库必须是 0 到 15 的数字</translation>
    </message>
</context>
<context>
    <name>conlab::CPythonHeading</name>
    <message>
        <source>&lt;b&gt;CPython&lt;/b&gt;: running the same listing now…</source>
        <translation>&lt;b&gt;CPython&lt;/b&gt;：正在运行同一份代码清单…</translation>
    </message>
    <message>
        <source>&lt;b&gt;CPython&lt;/b&gt;: did not run. %1</source>
        <extracomment>%1 why no interpreter could run the listing, and how to get one</extracomment>
        <translation>&lt;b&gt;CPython&lt;/b&gt;：未运行。%1</translation>
    </message>
    <message>
        <source>%1 ran %2</source>
        <extracomment>%1 the interpreter (&quot;CPython 3.11.2 (/usr/bin/python3)&quot;), %2 the command line</extracomment>
        <translation>%1 运行了 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ran %2</source>
        <extracomment>%1 the interpreter&apos;s version (&quot;CPython 3.11.2&quot;), %2 the command line, cut to fit</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; 运行了 %2</translation>
    </message>
</context>
<context>
    <name>conlab::CPythonPrimesRun</name>
    <message>
        <source>procs.py fills its job queue (a pipe) before it starts a worker; with this many numbers the queue fills up and the script blocks on its own put().</source>
        <translation>procs.py 在启动工作进程之前先填充任务队列（一个管道）；数字这么多时，队列会被填满，脚本阻塞在它自己的 put() 上。</translation>
    </message>
    <message numerus="yes">
        <source>the listing ended without printing %n result(s)</source>
        <extracomment>%n how many numbers</extracomment>
        <translation>
            <numerusform>代码清单已结束，但有 %n 个结果没有输出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::CPythonSpinnerRun</name>
    <message>
        <source>%1 printed no spinner object or no Answer line</source>
        <extracomment>%1 the listing&apos;s file name</extracomment>
        <translation>%1 没有输出 spinner 对象或 Answer 行</translation>
    </message>
</context>
<context>
    <name>conlab::CeleryLocator</name>
    <message>
        <source>%1 was not found</source>
        <translation>未找到 %1</translation>
    </message>
    <message>
        <source>Celery %1 on %2</source>
        <extracomment>%1 a version such as 5.2.6, %2 the interpreter&apos;s path</extracomment>
        <translation>Celery %1，位于 %2</translation>
    </message>
    <message>
        <source>No CPython with Celery and its Redis transport was found. Install them (Debian: sudo apt install python3-celery python3-redis celery redis-server).
Tried:
%1</source>
        <translation>未找到带有 Celery 及其 Redis 传输的 CPython。请安装它们（Debian：sudo apt install python3-celery python3-redis celery redis-server）。
已尝试：
%1</translation>
    </message>
    <message>
        <source>redis-server was not found on PATH. Install it (Debian: sudo apt install redis-server), or give an existing broker with a URL (redis://:PASSWORD@HOST:PORT/0).</source>
        <translation>PATH 中没有 redis-server。请安装它（Debian：sudo apt install redis-server），或用 URL 指定已有的代理（redis://:密码@主机:端口/0）。</translation>
    </message>
    <message>
        <source>could not read redis-py&apos;s lock scripts from %1: %2</source>
        <translation>无法从 %1 读取 redis-py 的锁脚本：%2</translation>
    </message>
</context>
<context>
    <name>conlab::CelerySweepEngine</name>
    <message numerus="yes">
        <source>%n task(s) lost</source>
        <translation>
            <numerusform>丢失了 %n 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::ChildProcess</name>
    <message>
        <source>%1 did not start it (is it from another version?)</source>
        <extracomment>%1 the path of concurrency-lab-worker</extracomment>
        <translation>%1 未能启动它（是否来自其他版本？）</translation>
    </message>
</context>
<context>
    <name>conlab::CodePane</name>
    <message>
        <source># listing not found: %1</source>
        <extracomment>a Python comment shown instead of a missing listing; %1 the listing&apos;s resource path</extracomment>
        <translation># 未找到代码清单：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Python equivalent:&lt;/b&gt; %1</source>
        <extracomment>%1 the file name of the Python listing, e.g. spinner_thread.py</extracomment>
        <translation>&lt;b&gt;对应的 Python 代码：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>This is the baseline listing of this experiment.</source>
        <translation>这是本实验的基准代码。</translation>
    </message>
    <message>
        <source>No line differs from the baseline listing.</source>
        <translation>与基准代码相比没有不同的行。</translation>
    </message>
    <message>
        <source>Highlighted: lines that differ from %1.</source>
        <extracomment>%1 the file name of the baseline listing the highlighted lines are compared against</extracomment>
        <translation>高亮显示：与 %1 不同的行。</translation>
    </message>
    <message>
        <source>Smaller code (Ctrl+Shift+minus)</source>
        <translation>缩小代码 (Ctrl+Shift+minus)</translation>
    </message>
    <message>
        <source>Larger code (Ctrl+Shift+plus)</source>
        <translation>放大代码 (Ctrl+Shift+plus)</translation>
    </message>
    <message>
        <source>Show code large</source>
        <translation>放大显示代码</translation>
    </message>
    <message>
        <source>Back to the page (F9 or Esc)</source>
        <translation>返回页面 (F9 或 Esc)</translation>
    </message>
    <message>
        <source>Show code large (F9)</source>
        <translation>放大显示代码 (F9)</translation>
    </message>
</context>
<context>
    <name>conlab::CodeSplit</name>
    <message>
        <source>◂ Back to the live view</source>
        <translation>◂ 返回实时视图</translation>
    </message>
    <message>
        <source>Show the Python code ▸</source>
        <translation>显示 Python 代码 ▸</translation>
    </message>
    <message>
        <source>The screen is too narrow for the code beside the live view: this switches between the two.</source>
        <translation>屏幕太窄，代码无法与实时视图并排显示：此按钮在两者之间切换。</translation>
    </message>
    <message>
        <source>Hide the code ◂</source>
        <translation>隐藏代码 ◂</translation>
    </message>
    <message>
        <source>The code beside the live view, or the whole width for the run</source>
        <translation>在实时视图旁显示代码，或把整个宽度留给运行</translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonFacts</name>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>有限</translation>
    </message>
    <message>
        <source>Limited?</source>
        <translation>有限？</translation>
    </message>
    <message>
        <source>No?</source>
        <translation>否？</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>异步 (async)</translation>
    </message>
    <message>
        <source>Multiprocessing</source>
        <translation>多进程</translation>
    </message>
    <message>
        <source>PEP 554</source>
        <translation>PEP 554</translation>
    </message>
    <message>
        <source>Ideal CSP</source>
        <translation>理想 CSP</translation>
    </message>
    <message>
        <source>Free-threaded
(GIL off)</source>
        <translation>自由线程
(无 GIL)</translation>
    </message>
    <message>
        <source>parallel execution</source>
        <translation>并行执行</translation>
    </message>
    <message>
        <source>shared raw memory</source>
        <translation>共享原始内存</translation>
    </message>
    <message>
        <source>shared objects</source>
        <translation>共享对象</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>PEP 684 (Python 3.12): each interpreter has its own GIL, so interpreters run in parallel. PEP 734 (3.14) brings them to Python code: concurrent.interpreters and InterpreterPoolExecutor.</source>
        <translation>PEP 684（Python 3.12）：每个解释器都有自己的 GIL，因此多个解释器可以并行运行。PEP 734（3.14）让 Python 代码也能使用它们：concurrent.interpreters 和 InterpreterPoolExecutor。</translation>
    </message>
    <message>
        <source>PEP 734 (3.14): only memoryview and the interpreters&apos; Queue share mutable data between interpreters.</source>
        <translation>PEP 734（3.14）：只有 memoryview 和解释器的 Queue 会在解释器之间共享可变数据。</translation>
    </message>
    <message>
        <source>PEP 734 (3.14): other objects are copied, most through pickle, so mutable ones do not stay in sync.</source>
        <translation>PEP 734（3.14）：其他对象都会被复制，大多通过 pickle，因此可变对象不会保持同步。</translation>
    </message>
    <message>
        <source>Still open: there is no settled figure for what an interpreter costs against a thread or a process.</source>
        <translation>仍无定论：一个解释器相对于线程或进程的开销，目前还没有公认的数字。</translation>
    </message>
    <message>
        <source>PEP 703, supported since Python 3.14 (PEP 779): a build without the GIL, where threads run Python code in parallel and share objects as before.</source>
        <translation>PEP 703，自 Python 3.14 起获得正式支持（PEP 779）：一种没有 GIL 的构建，线程可以并行运行 Python 代码，并像以前一样共享对象。</translation>
    </message>
    <message>
        <source>Threads cost what they did; single-threaded code runs somewhat slower than on the default build (Python 3.14 documentation).</source>
        <translation>线程的开销与以前相同；单线程代码比默认构建稍慢（Python 3.14 文档）。</translation>
    </message>
    <message>
        <source>P1 with coroutines: every number is checked on one thread, no faster than sequential.</source>
        <translation>使用协程的 P1：所有数字都在一个线程上检查，并不比顺序执行快。</translation>
    </message>
    <message>
        <source>P2 against P3: processes run at once, one per core.</source>
        <translation>P2 对比 P3：进程同时运行，每个核心一个。</translation>
    </message>
    <message>
        <source>P3 against P2: threads take turns at the GIL.</source>
        <translation>P3 对比 P2：线程轮流持有 GIL。</translation>
    </message>
    <message>
        <source>P3 with the GIL off: threads run at once, one per core.</source>
        <translation>关闭 GIL 的 P3：线程同时运行，每个核心一个。</translation>
    </message>
    <message>
        <source>P5: processes share no objects, only queues, and the report loop races on them.</source>
        <translation>P5：进程不共享对象，只共享队列，而报告循环在队列上产生竞态。</translation>
    </message>
    <message>
        <source>T5: with many tiny tasks, the round trip of each task dominates.</source>
        <translation>T5：任务多而小时，每个任务的往返开销占主导。</translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonModel</name>
    <message>
        <source>The book (2020): %1</source>
        <extracomment>tooltip of a changed cell; %1 the book&apos;s answer (2020), for example &quot;?&quot;</extracomment>
        <translation>书中（2020）：%1</translation>
    </message>
    <message>
        <source>Click or press Enter: opens %1, ready to run.</source>
        <extracomment>tooltip of a cell that opens an experiment; %1 its entry in the list, &quot;7 · Threads and the GIL&quot;</extracomment>
        <translation>单击或按 Enter：打开 %1，可直接运行。</translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonPage</name>
    <message>
        <source>The models compared</source>
        <translation>模型比较</translation>
    </message>
    <message>
        <source>Source: Mark Shannon&apos;s table from the python-dev discussion of PEP 554 (subinterpreters), as the chapter cites it.</source>
        <translation>来源：Mark Shannon 在 python-dev 上讨论 PEP 554（子解释器）时给出的表格，本章引用了它。</translation>
    </message>
    <message>
        <source>Mark Shannon&apos;s table, as the chapter cites it: four models of concurrency in Python, PEP 554&apos;s subinterpreters among them, against Hoare&apos;s ideal. The question marks were the honest state of 2020.</source>
        <translation>本章引用的 Mark Shannon 的表格：Python 的四种并发模型（其中包括 PEP 554 的子解释器），与 Hoare 的理想模型对照。那些问号如实反映了 2020 年的状况。</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>What became of the open cells since the book, and the free-threaded column (Alt+T)</source>
        <translation>自本书出版以来，那些未定的单元格有了什么答案，以及自由线程一列（Alt+T）</translation>
    </message>
    <message>
        <source>Today (Python 3.14). Bold in a frame, with its source&apos;s number: changed since the book. Dashed frame: still open.</source>
        <translation>今天（Python 3.14）。加粗、带边框并标有来源编号：自本书以来已改变。虚线边框：仍无定论。</translation>
    </message>
    <message>
        <source>The book&apos;s table (2020).</source>
        <translation>书中的表格（2020）。</translation>
    </message>
    <message>
        <source>Underlined with ↗: click it, or press Enter on it, to open the experiment that shows it.</source>
        <translation>带下划线和 ↗ 的单元格：单击它，或在其上按 Enter，即可打开演示它的实验。</translation>
    </message>
    <message>
        <source>Ideal CSP is Hoare&apos;s Communicating Sequential Processes (1978): nothing is shared, and units talk only through channels. Go breaks the ideal: goroutines may share objects.</source>
        <translation>理想 CSP 指 Hoare 的通信顺序进程（Communicating Sequential Processes，1978）：什么都不共享，执行单元只通过通道通信。Go 打破了这一理想：goroutine 可以共享对象。</translation>
    </message>
</context>
<context>
    <name>conlab::EmbeddedBroker</name>
    <message>
        <source>cannot make a private folder for the broker: %1</source>
        <translation>无法为代理创建私有文件夹：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the broker is not running</source>
        <translation>代理未在运行</translation>
    </message>
</context>
<context>
    <name>conlab::ExperimentList</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the experiment&apos;s number in the list, %2 its title</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>▶ %1 (running)</source>
        <extracomment>marks the experiment in the list whose run is going; %1 its entry</extracomment>
        <translation>▶ %1（运行中）</translation>
    </message>
</context>
<context>
    <name>conlab::ExportFormats</name>
    <message>
        <source>“%1” is named as a .%2 file, but this export writes %3. Save it under a name ending in .%4.</source>
        <extracomment>%1 the chosen file name, %2 its suffix (e.g. svg), %3 the export&apos;s format (PNG, SVG or PDF), %4 that format&apos;s suffix</extracomment>
        <translation>“%1”的扩展名是 .%2，但此导出生成的是 %3。请用以 .%4 结尾的文件名保存。</translation>
    </message>
</context>
<context>
    <name>conlab::FidelityExperiments</name>
    <message>
        <source>switch interval %1 ms</source>
        <extracomment>a fidelity row&apos;s title: the GIL&apos;s switch interval, %1 in ms</extracomment>
        <translation>切换间隔 %1 毫秒</translation>
    </message>
    <message>
        <source>racy report loop</source>
        <extracomment>a fidelity row&apos;s title: the racy report loop of the book&apos;s py36/procs.py</extracomment>
        <translation>存在竞态的报告循环</translation>
    </message>
</context>
<context>
    <name>conlab::FidelityJudge</name>
    <message>
        <source>the emulation takes %1x CPython&apos;s time, within 10%</source>
        <extracomment>%1 the ratio, e.g. 1.04</extracomment>
        <translation>模拟耗时为 CPython 的 %1 倍，相差在 10% 以内</translation>
    </message>
    <message>
        <source>the emulation takes %1x CPython&apos;s time, outside 10%</source>
        <translation>模拟耗时为 CPython 的 %1 倍，相差超出 10%</translation>
    </message>
    <message>
        <source>a spinner that should keep spinning stuttered or never appeared</source>
        <translation>本应一直旋转的旋转指示器时转时停，或根本没有出现</translation>
    </message>
    <message>
        <source>%1 frames a second in the emulation against %2 in CPython</source>
        <extracomment>%1 and %2 frames per second</extracomment>
        <translation>模拟中每秒 %1 帧，CPython 中每秒 %2 帧</translation>
    </message>
    <message>
        <source>both keep spinning at the same rate; time %1x CPython&apos;s</source>
        <extracomment>%1 the ratio of the times</extracomment>
        <translation>两者都以相同速率持续旋转；耗时为 CPython 的 %1 倍</translation>
    </message>
    <message>
        <source>neither ever drew a frame</source>
        <translation>两者都从未绘制过一帧</translation>
    </message>
    <message>
        <source>up to %1 frames in CPython and %2 in the emulation; the spinner should never appear</source>
        <extracomment>%1 and %2 the most frames a run drew</extracomment>
        <translation>CPython 中最多 %1 帧，模拟中最多 %2 帧；旋转指示器本不应出现</translation>
    </message>
    <message>
        <source>longest gap %1 ms in CPython, %2 ms in the emulation</source>
        <extracomment>%1 and %2 the longest frozen glyph in ms</extracomment>
        <translation>最长间隔：CPython 中 %1 毫秒，模拟中 %2 毫秒</translation>
    </message>
    <message>
        <source>both stutter</source>
        <translation>两者都时转时停</translation>
    </message>
    <message>
        <source>only one stutters</source>
        <translation>只有一方时转时停</translation>
    </message>
    <message>
        <source>mostly %1 in CPython, mostly %2 in the emulation</source>
        <extracomment>%1 and %2 outcomes: complete, lost or hung</extracomment>
        <translation>CPython 中多为 %1，模拟中多为 %2</translation>
    </message>
    <message>
        <source>no run finished in %1: %2</source>
        <extracomment>%1 the engine (CPython or the emulation), %2 its error</extracomment>
        <translation>在%1中没有任何一次运行完成：%2</translation>
    </message>
    <message>
        <source>the emulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>CPython took no measurable time: too few or too small numbers to compare</source>
        <translation>CPython 的耗时小到无法测量：数字太少或太小，无法比较</translation>
    </message>
    <message>
        <source>%1 time over %2 time</source>
        <extracomment>the derived fidelity row: %1 and %2 are row keys (S8, S7)</extracomment>
        <translation>%1 时间与 %2 时间之比</translation>
    </message>
    <message>
        <source>needs both rows in both engines</source>
        <translation>需要两个引擎中都有这两行</translation>
    </message>
    <message>
        <source>%1x in the emulation, %2x in CPython: within 10%</source>
        <extracomment>%1 and %2 ratios such as 1.55</extracomment>
        <translation>模拟中为 %1x，CPython 中为 %2x：相差在 10% 以内</translation>
    </message>
    <message>
        <source>%1x in the emulation, %2x in CPython: outside 10%</source>
        <translation>模拟中为 %1x，CPython 中为 %2x：相差超出 10%</translation>
    </message>
</context>
<context>
    <name>conlab::FileJob</name>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <extracomment>%1 file name</extracomment>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>conlab::FrameGapChart</name>
    <message>
        <source>frame</source>
        <extracomment>the frame axis&apos;s title, then its short form when space is scarce</extracomment>
        <translation>帧</translation>
    </message>
    <message>
        <source>frame gap</source>
        <translation>帧间隔</translation>
    </message>
    <message>
        <source>100 ms: the spinner&apos;s pace</source>
        <translation>100 毫秒：旋转指示器的节奏</translation>
    </message>
    <message>
        <source>gap (ms)</source>
        <extracomment>the gap axis&apos;s title, then its short form when space is scarce</extracomment>
        <translation>间隔（毫秒）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>no frame until the spinner stopped</source>
        <translation>旋转指示器停止前没有绘制任何一帧</translation>
    </message>
    <message>
        <source>no frame yet</source>
        <extracomment>Screen reader: the frame-gap chart before any frame</extracomment>
        <translation>还没有帧</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), longest gap %1 ms</source>
        <extracomment>Screen reader: %n frames plotted, %1 the longest gap in ms</extracomment>
        <translation>
            <numerusform>%n 帧，最长间隔 %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame gaps: time before each frame, against the spinner&apos;s 100 ms</source>
        <extracomment>The frame-gap chart&apos;s name for a screen reader</extracomment>
        <translation>帧间隔：每一帧之前的时间，对照旋转指示器的 100 毫秒</translation>
    </message>
</context>
<context>
    <name>conlab::GilTimeline</name>
    <message>
        <source>Who holds the GIL</source>
        <translation>谁持有 GIL</translation>
    </message>
    <message>
        <source>thread %1</source>
        <extracomment>%1 a thread id number, shown when the thread has no name yet</extracomment>
        <translation>线程 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 seconds, the end of the time axis</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no hold yet</source>
        <extracomment>Screen reader: the GIL lanes before any hold was reported</extracomment>
        <translation>还没有线程持有 GIL</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hold(s), %2 s held (%3%)</source>
        <extracomment>Screen reader: one GIL lane; %1 the thread&apos;s name, %2 seconds held, %3 percent of the run</extracomment>
        <translation>
            <numerusform>%1：持有 GIL %n 次，共 %2 秒（%3%）</numerusform>
        </translation>
    </message>
    <message>
        <source>over %1 s</source>
        <extracomment>Screen reader: the GIL lanes&apos; time axis; %1 seconds</extracomment>
        <translation>历时 %1 秒</translation>
    </message>
</context>
<context>
    <name>conlab::JoinOverlay</name>
    <message>
        <source>Vote from your phone</source>
        <translation>用手机投票</translation>
    </message>
    <message>
        <source>Code %1</source>
        <extracomment>Over the join screen; %1 the 4-digit session code</extracomment>
        <translation>会话码 %1</translation>
    </message>
    <message>
        <source>Listening on this machine only</source>
        <translation>仅在本机监听</translation>
    </message>
    <message>
        <source>Open to the network: anyone here with the code can vote. Turn Audience off when the lecture ends.</source>
        <translation>已向网络开放：在场任何有会话码的人都可以投票。课程结束时请关闭观众投票。</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>conlab::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>conlab::LegacyLocations</name>
    <message>
        <source>could not move %1 to %2: %3</source>
        <extracomment>%1 a file, %2 where it should have gone, %3 the system&apos;s reason</extracomment>
        <translation>无法将 %1 移动到 %2：%3</translation>
    </message>
    <message>
        <source>could not create %1</source>
        <extracomment>%1 a folder</extracomment>
        <translation>无法创建 %1</translation>
    </message>
    <message numerus="yes">
        <source>concurrency-lab: moved %n file(s) from the old folders named &quot;Concurrency Lab&quot; to %1 and %2.</source>
        <extracomment>%n how many files; %1 the new settings file, %2 the new data folder</extracomment>
        <translation>
            <numerusform>concurrency-lab: 已将 %n 个文件从名为 &quot;Concurrency Lab&quot; 的旧文件夹移到 %1 和 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::ListingCommand</name>
    <message>
        <source>No numbers to check: an empty list would make the listing check the book&apos;s sample</source>
        <translation>没有要检查的数字：空列表会让代码清单检查书中的示例数字</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers are too many for a command line: the listings take their numbers as arguments, and this system allows about %1 of these</source>
        <extracomment>%n how many numbers were given</extracomment>
        <translation>
            <numerusform>%n 个数字对命令行来说太多了：代码清单通过参数接收数字，而本系统大约只允许 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The listing sleeps %2 s; CPython cannot run it with %1 s</source>
        <extracomment>%1 seconds asked for, %2 the listing&apos;s own</extracomment>
        <translation>代码清单休眠 %2 秒；CPython 无法以 %1 秒运行它</translation>
    </message>
    <message>
        <source>The listing checks %1; CPython cannot run it with another number</source>
        <extracomment>%1 the listing&apos;s number</extracomment>
        <translation>代码清单检查的是 %1；CPython 无法用其他数字运行它</translation>
    </message>
    <message>
        <source>The listing spins with the message thinking!; CPython cannot run it with another</source>
        <translation>代码清单旋转时显示的消息是 thinking!；CPython 无法用其他消息运行它</translation>
    </message>
</context>
<context>
    <name>conlab::ListingRunner</name>
    <message>
        <source>Could not start %1: %2</source>
        <extracomment>%1 a program path, %2 the system&apos;s reason</extracomment>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s; its processes were killed</source>
        <extracomment>%1 the listing, %2 seconds</extracomment>
        <translation>%1 未在 %2 秒内完成；其进程已被终止</translation>
    </message>
    <message>
        <source>%1 was killed by signal %2</source>
        <extracomment>%1 the listing, %2 a signal number</extracomment>
        <translation>%1 被信号 %2 终止</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2)</source>
        <extracomment>%1 the listing, %2 its exit status</extracomment>
        <translation>%1 失败（退出状态 %2）</translation>
    </message>
</context>
<context>
    <name>conlab::ListingStage</name>
    <message>
        <source>Could not create a folder for the listings: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation>无法为代码清单创建文件夹：%1</translation>
    </message>
    <message>
        <source>The listings are missing from this build (no :/listings resources)</source>
        <translation>此构建中缺少代码清单（没有 :/listings 资源）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>conlab::LoopView</name>
    <message>
        <source>Event loop: steps of each task, ready queue and timers</source>
        <translation>事件循环：各任务的步骤、就绪队列和定时器</translation>
    </message>
    <message>
        <source>Task-%1…%2 %3</source>
        <extracomment>a lane shared by many tasks of one coroutine; %1 the first task&apos;s number, %2 the last one&apos;s, %3 the coroutine&apos;s name</extracomment>
        <translation>Task-%1…%2 %3</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>没有步骤</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <extracomment>%1 the longest step in ms</extracomment>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>longest %1 ms</source>
        <translation>最长 %1 毫秒</translation>
    </message>
    <message>
        <source>cancel() called</source>
        <translation>已调用 cancel()</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>还没有任务</translation>
    </message>
    <message>
        <source>ready queue at most %1</source>
        <extracomment>%1 the most tasks that waited in the ready queue at once</extracomment>
        <translation>就绪队列最多 %1 个</translation>
    </message>
    <message>
        <source>ready queue</source>
        <translation>就绪队列</translation>
    </message>
    <message>
        <source>The loop&apos;s tasks appear here when a run starts.</source>
        <translation>运行开始后，事件循环的任务会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s): make the view taller</source>
        <extracomment>more lanes than the view has room for; %n how many are not shown</extracomment>
        <translation>
            <numerusform>还有 %n 条泳道未显示：请把视图拉高</numerusform>
        </translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>ready, waiting</source>
        <extracomment>legend: the task is in the ready queue, waiting for its turn</extracomment>
        <translation>就绪，等待中</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>定时器</translation>
    </message>
    <message>
        <source>max %1</source>
        <extracomment>the largest length the ready queue reached; %1 a count of tasks</extracomment>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time-axis tick in seconds; %1 the number</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a time-axis tick in milliseconds; %1 the number</extracomment>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>conlab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation>并发实验室</translation>
    </message>
    <message>
        <source>About Concurrency Lab</source>
        <extracomment>%1 the version number</extracomment>
        <translation>关于并发实验室</translation>
    </message>
    <message>
        <source>Concurrency Lab shows, live, how Python&apos;s threads, processes and coroutines behave, rebuilding the experiments of the chapter &quot;Concurrency Models in Python&quot; of Fluent Python in C++ and Qt.</source>
        <translation>并发实验室以实时演示的方式展示 Python 的线程、进程和协程如何运作，用 C++ 和 Qt 重现了《流畅的 Python》中“Python 中的并发模型”一章的实验。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>▶ &amp;Run</source>
        <translation>▶ 运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the experiment (F5)</source>
        <translation>运行实验 (F5)</translation>
    </message>
    <message>
        <source>■ &amp;Stop</source>
        <translation>■ 停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Export live view as &amp;PNG…</source>
        <translation>将实时视图导出为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Export live view as &amp;SVG…</source>
        <translation>将实时视图导出为 &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Lab</source>
        <translation>关于并发实验室(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next experiment</source>
        <translation>下一个实验(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious experiment</source>
        <translation>上一个实验(&amp;V)</translation>
    </message>
    <message>
        <source>Concurrency Lab %1</source>
        <translation>并发实验室 %1</translation>
    </message>
    <message>
        <source>Stop the run (Shift+F5)</source>
        <translation>停止运行 (Shift+F5)</translation>
    </message>
    <message>
        <source>Reset &amp;page</source>
        <translation>重置页面(&amp;P)</translation>
    </message>
    <message>
        <source>Clear the result, the guess and the charts: a clean question (Ctrl+R)</source>
        <translation>清除结果、预测和图表：重新提问 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Leave presentation mode</source>
        <translation>退出演示模式(&amp;L)</translation>
    </message>
    <message>
        <source>CPython &amp;Interpreter…</source>
        <translation>CPython 解释器(&amp;I)…</translation>
    </message>
    <message>
        <source>Which CPython runs the listings, and its version</source>
        <translation>由哪个 CPython 运行代码清单，及其版本</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>观众(&amp;A)</translation>
    </message>
</context>
<context>
    <name>conlab::NumberListParser</name>
    <message>
        <source>signs are not allowed; numbers run from 0 to 18446744073709551615</source>
        <translation>不允许使用正负号；数字范围为 0 到 18446744073709551615</translation>
    </message>
    <message>
        <source>&apos;_&apos; may only stand between two digits, as in 1_000_003</source>
        <translation>“_”只能出现在两个数字之间，例如 1_000_003</translation>
    </message>
    <message>
        <source>not a whole decimal number; write integers such as 5_000_111_000_222_021</source>
        <translation>不是十进制整数；请输入整数，例如 5_000_111_000_222_021</translation>
    </message>
    <message>
        <source>not a decimal integer: only the digits 0-9 and &apos;_&apos; are allowed</source>
        <translation>不是十进制整数：只允许数字 0-9 和“_”</translation>
    </message>
    <message>
        <source>too large; the largest number is 18446744073709551615 (2^64 - 1)</source>
        <translation>数字太大；最大为 18446744073709551615 (2^64 - 1)</translation>
    </message>
    <message>
        <source>no numbers given: enter decimal integers separated by commas or spaces</source>
        <translation>未给出数字：请输入以逗号或空格分隔的十进制整数</translation>
    </message>
    <message>
        <source>%1 holds no numbers</source>
        <extracomment>%1 file path</extracomment>
        <translation>%1 中没有数字</translation>
    </message>
    <message>
        <source>line %1, column %2: %3: %4</source>
        <extracomment>%1 line, %2 column, %3 the offending token, %4 why it was refused</extracomment>
        <translation>第 %1 行，第 %2 列：%3：%4</translation>
    </message>
    <message>
        <source>a numbers file</source>
        <translation>数字文件</translation>
    </message>
</context>
<context>
    <name>conlab::NumbersInput</name>
    <message>
        <source>numbers, separated by commas or spaces</source>
        <extracomment>placeholder of the numbers field</extracomment>
        <translation>数字，以逗号或空格分隔</translation>
    </message>
    <message>
        <source>Load file…</source>
        <extracomment>button that opens a file of numbers</extracomment>
        <translation>加载文件…</translation>
    </message>
    <message>
        <source>Book sample</source>
        <extracomment>button that puts the book&apos;s 20 numbers back in the field</extracomment>
        <translation>书中的样本</translation>
    </message>
    <message>
        <source>the field holds at most %1 characters; use Load file… for longer lists</source>
        <extracomment>%1 the field&apos;s limit in characters</extracomment>
        <translation>此字段最多容纳 %1 个字符；更长的列表请使用“加载文件…”</translation>
    </message>
    <message>
        <source>Load numbers</source>
        <extracomment>title of the file dialog that loads numbers</extracomment>
        <translation>加载数字</translation>
    </message>
    <message>
        <source>Number lists (*.txt *.csv);;All files (*)</source>
        <extracomment>file dialog filter</extracomment>
        <translation>数字列表 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 file name being read</extracomment>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>numbers from %1 (type here to replace them)</source>
        <extracomment>placeholder while the numbers come from a file; %1 the file name</extracomment>
        <translation>来自 %1 的数字（在此输入即可替换）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 file name, %2 what is wrong in it (line, column, token and reason)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 could not be used: type numbers here or load another file</source>
        <extracomment>placeholder after a file of numbers could not be used; %1 its file name</extracomment>
        <translation>无法使用 %1：请在此输入数字，或加载其他文件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers</source>
        <extracomment>%Ln how many numbers</extracomment>
        <translation>
            <numerusform>%Ln 个数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers from %1</source>
        <extracomment>%Ln how many numbers, %1 the file they came from</extracomment>
        <translation>
            <numerusform>来自 %1 的 %Ln 个数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::OutputFile</name>
    <message>
        <source>the path is %1 bytes long; the system allows %2</source>
        <extracomment>%1 and %2 counts of bytes</extracomment>
        <translation>路径长 %1 字节；系统最多允许 %2 字节</translation>
    </message>
    <message>
        <source>its name is %1 bytes long; the file system allows %2</source>
        <extracomment>%1 and %2 counts of bytes</extracomment>
        <translation>文件名长 %1 字节；文件系统最多允许 %2 字节</translation>
    </message>
    <message>
        <source>the folder name %1 is %2 bytes long; the file system allows %3</source>
        <extracomment>%1 a folder&apos;s name (quoted), %2 and %3 counts of bytes</extracomment>
        <translation>文件夹名 %1 长 %2 字节；文件系统最多允许 %3 字节</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>%1 a path that should be a folder</extracomment>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>cannot create a file in %1 (%2)</source>
        <extracomment>%1 a folder&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>无法在 %1 中创建文件（%2）</translation>
    </message>
    <message>
        <source>the program reading it has closed it</source>
        <translation>读取它的程序已将其关闭</translation>
    </message>
    <message>
        <source>file descriptor %1 is not open for writing</source>
        <extracomment>%1 a file descriptor&apos;s number</extracomment>
        <translation>文件描述符 %1 未以写入方式打开</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>it is a folder; name a file in it</source>
        <translation>这是一个文件夹；请指定其中的一个文件</translation>
    </message>
    <message>
        <source>it is neither a file, a character device nor a FIFO; name a file</source>
        <translation>这既不是文件，也不是字符设备或 FIFO；请指定一个文件</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe) and no program reads it yet; start the reader first</source>
        <translation>这是 FIFO（命名管道），但还没有程序读取它；请先启动读取端</translation>
    </message>
    <message>
        <source>it is no longer a regular file</source>
        <translation>它已不再是普通文件</translation>
    </message>
</context>
<context>
    <name>conlab::PaceCalibration</name>
    <message>
        <source>unknown pace %1: use native, cpython, book, or a multiplier from 1 to 1000 such as 4</source>
        <extracomment>%1 the pace the user typed</extracomment>
        <translation>未知速度 %1：请使用 native、cpython、book，或 1 到 1000 之间的倍数，例如 4</translation>
    </message>
</context>
<context>
    <name>conlab::PhoneTexts</name>
    <message>
        <source>Concurrency Lab: vote</source>
        <translation>Concurrency Lab：投票</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>会话码</translation>
    </message>
    <message>
        <source>The 4 digits on the projector</source>
        <translation>投影上的 4 位数字</translation>
    </message>
    <message>
        <source>Type the session code first: the 4 digits on the projector.</source>
        <translation>请先输入会话码：投影上的 4 位数字。</translation>
    </message>
    <message>
        <source>No question right now. Keep this page open.</source>
        <translation>现在没有问题。请保持此页面打开。</translation>
    </message>
    <message>
        <source>Voting is open: tap your answer. You can change it until the run starts.</source>
        <translation>投票进行中：点选你的答案。运行开始前都可以更改。</translation>
    </message>
    <message>
        <source>Voting has closed: watch the projector.</source>
        <translation>投票已结束：请看投影。</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>正在发送你的答案…</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <extracomment>On a phone; %1 the answer chosen, e.g. &quot;Stutters&quot;</extracomment>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <source>You have not answered yet.</source>
        <translation>你还没有作答。</translation>
    </message>
    <message>
        <source>1 person has voted</source>
        <translation>已有 1 人投票</translation>
    </message>
    <message>
        <source>%1 people have voted</source>
        <extracomment>On a phone; %1 a number of people, 0 or more than 1</extracomment>
        <translation>已有 %1 人投票</translation>
    </message>
    <message>
        <source>That session code is wrong. Check the 4 digits on the projector.</source>
        <translation>会话码不正确。请核对投影上的 4 位数字。</translation>
    </message>
    <message>
        <source>Your answer was not counted (error %1). Try again.</source>
        <extracomment>On a phone; %1 an HTTP status such as 503</extracomment>
        <translation>你的答案未被计入（错误 %1）。请重试。</translation>
    </message>
    <message>
        <source>Cannot reach the lecturer&apos;s laptop. Retrying…</source>
        <translation>无法连接讲师的电脑。正在重试…</translation>
    </message>
    <message>
        <source>The room&apos;s answers</source>
        <translation>全场的答案</translation>
    </message>
    <message>
        <source>What the run showed: %1</source>
        <extracomment>On a phone after the run; %1 what it showed, e.g. &quot;Never appeared&quot;</extracomment>
        <translation>运行结果：%1</translation>
    </message>
    <message>
        <source>The run</source>
        <extracomment>On a phone: the badge on the bar of the answer the run showed</extracomment>
        <translation>运行结果</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>On a phone: the name of the language switch</extracomment>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>conlab::PredictionBox</name>
    <message>
        <source>Predict: what will the spinner do?</source>
        <translation>预测：旋转指示器会怎样？</translation>
    </message>
    <message>
        <source>1  Keep spinning</source>
        <extracomment>Keyboard hint: the key 1 picks this answer</extracomment>
        <translation>1  一直旋转</translation>
    </message>
    <message>
        <source>2  Stutter</source>
        <extracomment>Keyboard hint: the key 2 picks this answer</extracomment>
        <translation>2  时转时停</translation>
    </message>
    <message>
        <source>3  Never appear</source>
        <extracomment>Keyboard hint: the key 3 picks this answer</extracomment>
        <translation>3  根本不出现</translation>
    </message>
    <message>
        <source>No guess</source>
        <translation>不猜</translation>
    </message>
    <message>
        <source>no guess</source>
        <extracomment>Screen reader: no answer to the prediction is chosen</extracomment>
        <translation>未做预测</translation>
    </message>
    <message>
        <source>guess: %1</source>
        <extracomment>Screen reader: %1 the answer chosen, e.g. &quot;Stutters&quot;</extracomment>
        <translation>预测：%1</translation>
    </message>
    <message>
        <source>the run showed: %1</source>
        <extracomment>Screen reader, after the reveal; %1 what the spinner did, e.g. &quot;Never appears&quot;</extracomment>
        <translation>运行结果：%1</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Screen reader, after the reveal: the guess matched what the run showed</extracomment>
        <translation>猜对了</translation>
    </message>
    <message>
        <source>wrong</source>
        <extracomment>Screen reader, after the reveal: the guess did not match what the run showed</extracomment>
        <translation>猜错了</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesCPythonPanel</name>
    <message>
        <source>CPython %1</source>
        <extracomment>a lane of the CPython run&apos;s timeline; %1 the worker (&quot;Process-1&quot;)</extracomment>
        <translation>CPython %1</translation>
    </message>
    <message>
        <source>CPython&apos;s timeline: each worker&apos;s start and end, from the listing&apos;s own records</source>
        <translation>CPython 的时间线：每个工作进程的开始与结束，取自代码清单自己的记录</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesControls</name>
    <message>
        <source>sequential (sequential.py)</source>
        <translation>顺序执行 (sequential.py)</translation>
    </message>
    <message>
        <source>coroutines on one event loop</source>
        <translation>单个事件循环上的协程</translation>
    </message>
    <message>
        <source>processes (procs.py)</source>
        <translation>进程 (procs.py)</translation>
    </message>
    <message>
        <source>coroutines + process executor</source>
        <translation>协程 + 进程执行器</translation>
    </message>
    <message>
        <source>threads (threads.py)</source>
        <translation>线程 (threads.py)</translation>
    </message>
    <message>
        <source>thread pool (ThreadPoolExecutor)</source>
        <translation>线程池 (ThreadPoolExecutor)</translation>
    </message>
    <message>
        <source>race condition (procs.py before its fix)</source>
        <extracomment>checkbox on the process-pool page</extracomment>
        <translation>竞态条件（修复前的 procs.py）</translation>
    </message>
    <message>
        <source>The report loop stops once the job queue is empty, while workers may still be checking numbers: their results are lost.</source>
        <translation>任务队列一空，报告循环就停止了，而工作进程可能仍在检查数字：它们的结果就此丢失。</translation>
    </message>
    <message>
        <source>Model:</source>
        <extracomment>label of the model choice</extracomment>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Many small numbers</source>
        <translation>大量小数字</translation>
    </message>
    <message>
        <source>Check the 400 numbers from 1000000: the results come in a burst, and the race loses or hangs far more often.</source>
        <translation>检查从 1000000 开始的 400 个数字：结果集中涌来，竞态丢失结果或挂起的情况会频繁得多。</translation>
    </message>
    <message>
        <source>Repeat</source>
        <extracomment>button beside the race box; the count next to it says how many runs</extracomment>
        <translation>重复</translation>
    </message>
    <message>
        <source>Run the racy procs.py again and again, each run with a new seed, and tally how the runs end: complete, lost or hung. With &quot;Run in CPython too&quot;, CPython then runs the racy listing as many times.</source>
        <translation>反复运行存在竞态的 procs.py，每次运行使用新的种子，并统计各次运行的结局：完成、丢失或挂起。勾选“同时在 CPython 中运行”时，CPython 随后会将这份存在竞态的代码清单运行同样多次。</translation>
    </message>
    <message>
        <source>×</source>
        <extracomment>suffix of the repeat count: &quot;10×&quot; reads &quot;ten times&quot;</extracomment>
        <translation>×</translation>
    </message>
    <message>
        <source>How many racy runs Repeat makes</source>
        <translation>“重复”要进行多少次存在竞态的运行</translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation>重复次数</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesExports</name>
    <message>
        <source>Export results as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>将结果导出为 JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>导出 Chrome 跟踪</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome 跟踪 JSON (*.json)</translation>
    </message>
    <message>
        <source>Compressed Chrome trace (*.json.gz)</source>
        <translation>压缩的 Chrome 跟踪 (*.json.gz)</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>保存录制</translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json)</source>
        <translation>并发实验室录制文件 (*.clrec.json *.json)</translation>
    </message>
    <message>
        <source>Export results as CSV…</source>
        <translation>将结果导出为 CSV…</translation>
    </message>
    <message>
        <source>Export results as JSON…</source>
        <translation>将结果导出为 JSON…</translation>
    </message>
    <message>
        <source>Export Chrome trace for Perfetto…</source>
        <translation>导出 Chrome 跟踪（用于 Perfetto）…</translation>
    </message>
    <message>
        <source>Save recording…</source>
        <translation>保存录制…</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesOutcome</name>
    <message>
        <source>pace: %1</source>
        <extracomment>%1 the pace&apos;s name (native, cpython, book or a multiplier)</extracomment>
        <translation>速度：%1</translation>
    </message>
    <message>
        <source>one thread · %1</source>
        <extracomment>%1 the pace</extracomment>
        <translation>单线程 · %1</translation>
    </message>
    <message>
        <source>GIL on, switch interval %1 ms</source>
        <extracomment>%1 the GIL&apos;s switch interval in milliseconds</extracomment>
        <translation>GIL 开启，切换间隔 %1 毫秒</translation>
    </message>
    <message>
        <source>GIL off (free-threaded)</source>
        <translation>GIL 关闭（自由线程）</translation>
    </message>
    <message>
        <source>main thread</source>
        <translation>主线程</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>%1 a list of numbers, %2 how many more were not listed</extracomment>
        <translation>%1 等另外 %2 个</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <extracomment>%1 what went wrong (e.g. a worker process died)</extracomment>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>No run yet. Press Run (F5).</source>
        <translation>尚未运行。请按“运行”(F5)。</translation>
    </message>
    <message>
        <source>%1 of %2 checked · %3 s so far</source>
        <extracomment>%1 results so far, %2 numbers given, %3 seconds so far</extracomment>
        <translation>已检查 %2 个中的 %1 个 · 目前用时 %3 秒</translation>
    </message>
    <message>
        <source>worker processes: %1 · %2</source>
        <extracomment>%1 how many worker processes, %2 the pace</extracomment>
        <translation>工作进程：%1 · %2</translation>
    </message>
    <message>
        <source>threads: %1 · %2 · %3</source>
        <extracomment>%1 how many threads, %2 the GIL state, %3 the pace</extracomment>
        <translation>线程：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Numbers left unchecked (%1): %2</source>
        <extracomment>%1 how many numbers, %2 the numbers</extracomment>
        <translation>未检查的数字（%1 个）：%2</translation>
    </message>
    <message>
        <source>Lost results (%1): %2. The report loop stopped as soon as the job queue was empty, while workers were still checking these numbers. procs.py&apos;s fix counts one &quot;done&quot; per worker.</source>
        <extracomment>%1 how many results, %2 the lost numbers</extracomment>
        <translation>丢失的结果（%1 个）：%2。任务队列一空，报告循环就停止了，而工作进程仍在检查这些数字。procs.py 的修复方法是为每个工作进程统计一条“done”消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es) crashed and were replaced.</source>
        <extracomment>%n how many worker processes crashed during a run that was then stopped</extracomment>
        <translation>
            <numerusform>%n 个工作进程崩溃，已被替换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es) crashed and were replaced; each number in flight was checked again, so no result was lost. The red marks on the timeline say when and why.</source>
        <extracomment>%n how many worker processes crashed during a run that finished</extracomment>
        <translation>
            <numerusform>%n 个工作进程崩溃，已被替换；正在处理的每个数字都重新检查过了，因此没有丢失任何结果。时间线上的红色标记说明了崩溃的时间和原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>no sequential run at %1 pace with these numbers yet: run Sequential to see the speedup</source>
        <extracomment>%1 the pace (native, cpython, ...)</extracomment>
        <translation>还没有以 %1 速度、用这些数字进行过顺序执行：运行“顺序执行”即可看到加速比</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %Ln numbers checked.</source>
        <extracomment>%1 numbers checked, %Ln numbers given</extracomment>
        <translation>
            <numerusform>已停止：%Ln 个数中已检查 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln numbers checked in %2 s at %3 pace</source>
        <extracomment>%1 numbers checked, %Ln numbers given, %2 wall time in seconds, %3 the pace (native, cpython, ...)</extracomment>
        <translation>
            <numerusform>以 %3 速度用 %2 秒检查了 %Ln 个数中的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hanging: every result is printed, yet the report loop waits in results.get() for one more: a result that will never come.
The book&apos;s script would wait for ever; the lab ends the wait in %n second(s).</source>
        <extracomment>while the racy run hangs; %n seconds until the lab ends the wait</extracomment>
        <translation>
            <numerusform>正在挂起：所有结果都已打印，但报告循环仍在 results.get() 中等待下一个结果：一个永远不会到来的结果。
书中的脚本会永远等下去；实验室将在 %n 秒后结束等待。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hung: %1. The lab ended the wait after its grace time.</source>
        <extracomment>%1 the reason, as the CLI prints it</extracomment>
        <translation>挂起：%1。宽限时间过后，实验室结束了等待。</translation>
    </message>
    <message numerus="yes">
        <source>Hung: every result was printed, but %n pill(s) were still in the job queue: worker %1 had not yet come back for its pill. So jobs.empty() was False, and the loop called results.get() again, for a result no worker will send.
The book&apos;s script would wait for ever; the lab ended the wait after its grace time (seed %2).</source>
        <extracomment>%n pills left in the job queue, %1 the worker that had not taken its pill, %2 the seed that replays the run</extracomment>
        <translation>
            <numerusform>挂起：所有结果都已打印，但任务队列中仍有 %n 颗毒丸：工作进程 %1 还没回来取它的毒丸。因此 jobs.empty() 为 False，循环再次调用了 results.get()，等待一个不会有任何工作进程发送的结果。
书中的脚本会永远等下去；宽限时间过后，实验室结束了等待（种子 %2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::PrimesPage</name>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the run on screen</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>打开录制…</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>顺序执行</translation>
    </message>
    <message>
        <source>Process pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <source>Threads and the GIL</source>
        <translation>线程与 GIL</translation>
    </message>
    <message>
        <source>this recording is of a spinner run; open it on a spinner page</source>
        <translation>这是旋转指示器运行的录制；请在旋转指示器页面中打开</translation>
    </message>
    <message>
        <source>stop the run first</source>
        <translation>请先停止运行</translation>
    </message>
    <message>
        <source>next run: %1</source>
        <extracomment>%1 the settings the next run will use (workers, GIL, pace)</extracomment>
        <translation>下次运行：%1</translation>
    </message>
    <message>
        <source>Run in CPython too</source>
        <translation>同时在 CPython 中运行</translation>
    </message>
    <message>
        <source>After the emulated run, run the same listing in real CPython and show both</source>
        <translation>模拟运行结束后，在真正的 CPython 中运行同一份代码清单，并同时显示两者</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesReplayBanner</name>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Replay of a recording from %1.</source>
        <extracomment>%1 when the recording was made (date and time)</extracomment>
        <translation>这是录制于 %1 的回放。</translation>
    </message>
    <message>
        <source>Replay of a recording from %1 (%2).</source>
        <extracomment>%1 when the recording was made (date and time), %2 its file name</extracomment>
        <translation>这是录制于 %1 的回放（%2）。</translation>
    </message>
    <message>
        <source>Played %1× faster than it was recorded.</source>
        <translation>以录制速度的 %1× 播放。</translation>
    </message>
    <message>
        <source>The results appear at the pace they were recorded.</source>
        <translation>结果按录制时的节奏出现。</translation>
    </message>
    <message>
        <source>Run (F5) runs it live.</source>
        <translation>按“运行”(F5) 可实时运行。</translation>
    </message>
    <message>
        <source>Skip to end</source>
        <extracomment>button on the replay banner: show the rest of the recording at once</extracomment>
        <translation>跳到结尾</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesSideBySide</name>
    <message>
        <source>The CPython run was stopped before it ended.</source>
        <translation>CPython 运行在结束前被停止了。</translation>
    </message>
    <message>
        <source>CPython measured nothing: %1</source>
        <extracomment>%1 why the CPython run has no figures (the interpreter&apos;s error, the listing&apos;s traceback)</extracomment>
        <translation>CPython 没有测得任何结果：%1</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>无报告</translation>
    </message>
    <message>
        <source>Total: emulation %1 s, CPython %2 s (%3). Speedup (sum of per-number times ÷ total): emulation ×%4, CPython ×%5 (%6).</source>
        <extracomment>%1 and %2 wall times in seconds, %3 their ratio (×1.05); %4 and %5 speedups, %6 their ratio</extracomment>
        <translation>总计：模拟 %1 秒，CPython %2 秒（%3）。加速比（各数字耗时之和 ÷ 总时间）：模拟 ×%4，CPython ×%5（%6）。</translation>
    </message>
</context>
<context>
    <name>conlab::ProcessesRun</name>
    <message>
        <source>worker %1 answered for %2, a number it was not given</source>
        <extracomment>%1 worker number, %2 the number it answered for</extracomment>
        <translation>工作进程 %1 回答了 %2，但它并没有收到这个数字</translation>
    </message>
    <message>
        <source>worker %1 said done before it answered</source>
        <extracomment>%1 worker number</extracomment>
        <translation>工作进程 %1 在回答之前就报告已完成</translation>
    </message>
    <message>
        <source>worker %1 reported an error: %2</source>
        <extracomment>%1 worker number, %2 its message</extracomment>
        <translation>工作进程 %1 报告了错误：%2</translation>
    </message>
    <message>
        <source>worker %1 sent an unexpected %2 message</source>
        <extracomment>%1 worker number, %2 the kind of message</extracomment>
        <translation>工作进程 %1 发送了意外的 %2 消息</translation>
    </message>
</context>
<context>
    <name>conlab::PythonDialog</name>
    <message>
        <source>Choose a CPython interpreter</source>
        <translation>选择 CPython 解释器</translation>
    </message>
    <message>
        <source>Type or choose the interpreter&apos;s path.</source>
        <translation>输入或选择解释器的路径。</translation>
    </message>
    <message>
        <source>Asking the interpreter…</source>
        <translation>正在询问解释器…</translation>
    </message>
    <message>
        <source>Found %1: free-threaded, so GIL off can run in it too.</source>
        <extracomment>%1 an interpreter such as &quot;CPython 3.11.2 (/usr/bin/python3)&quot;</extracomment>
        <translation>找到 %1：自由线程版本，因此 GIL 关闭模式也可以在其中运行。</translation>
    </message>
    <message>
        <source>Found %1, with the GIL (not free-threaded).</source>
        <translation>找到 %1，带 GIL（非自由线程）。</translation>
    </message>
    <message>
        <source>GIL off runs in %1, with PYTHON_GIL=0.</source>
        <extracomment>%1 an interpreter such as &quot;CPython 3.13.1 free-threaded (/usr/bin/python3.13t)&quot;</extracomment>
        <translation>GIL 关闭模式在 %1 中运行，并设置 PYTHON_GIL=0。</translation>
    </message>
    <message>
        <source>CPython Interpreter</source>
        <translation>CPython 解释器</translation>
    </message>
    <message>
        <source>The CPython that runs the book&apos;s listings beside the emulation: &quot;Run in CPython too&quot; and the sweep&apos;s CPython series.</source>
        <translation>与模拟并排运行书中代码清单的 CPython：用于“同时在 CPython 中运行”和扫描的 CPython 系列。</translation>
    </message>
    <message>
        <source>&amp;python3 on PATH</source>
        <translation>PATH 中的 python3(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This interpreter:</source>
        <translation>此解释器(&amp;T)：</translation>
    </message>
    <message>
        <source>/usr/bin/python3</source>
        <translation>/usr/bin/python3</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
</context>
<context>
    <name>conlab::PythonLocator</name>
    <message>
        <source>%1 was not found or is not executable</source>
        <extracomment>%1 a program name or path</extracomment>
        <translation>%1 未找到或不可执行</translation>
    </message>
    <message>
        <source>%1 did not answer as a CPython 3 interpreter: %2</source>
        <extracomment>%1 a program path, %2 what went wrong</extracomment>
        <translation>%1 没有像 CPython 3 解释器那样应答：%2</translation>
    </message>
    <message>
        <source>%1 is Python %2; the listings need CPython 3.8 or later</source>
        <extracomment>%1 a program path, %2 a version such as 2.7.18</extracomment>
        <translation>%1 是 Python %2；代码清单需要 CPython 3.8 或更高版本</translation>
    </message>
    <message>
        <source>The chosen CPython interpreter cannot be used: %1</source>
        <extracomment>%1 why the chosen interpreter (the window&apos;s setting, or --python) cannot be used</extracomment>
        <translation>所选的 CPython 解释器无法使用：%1</translation>
    </message>
    <message>
        <source>No python3 on PATH, so nothing can run in CPython. Install it (Debian: sudo apt install python3), or choose an interpreter (Run &gt; CPython Interpreter, or --python).</source>
        <translation>PATH 中没有 python3，因此无法在 CPython 中运行任何内容。请安装它（Debian：sudo apt install python3），或选择一个解释器（“运行 &gt; CPython 解释器”，或 --python）。</translation>
    </message>
    <message>
        <source>GIL off needs a free-threaded CPython (python3.13t or python3.14t, PEP 703), and none was found on PATH or in the settings. The GIL-on run works with any python3.</source>
        <translation>GIL 关闭模式需要自由线程的 CPython（python3.13t 或 python3.14t，PEP 703），但在 PATH 和设置中都没有找到。GIL 开启的运行可使用任何 python3。</translation>
    </message>
</context>
<context>
    <name>conlab::QrCodeView</name>
    <message>
        <source>QR code for %1</source>
        <extracomment>Screen reader name of the QR code; %1 the address it holds</extracomment>
        <translation>%1 的二维码</translation>
    </message>
</context>
<context>
    <name>conlab::QueueLengthChart</name>
    <message>
        <source>Queue: %1 waiting</source>
        <extracomment>heading of the queue-length chart; %1 is the number of tasks waiting in Redis now</extracomment>
        <translation>队列：%1 个等待中</translation>
    </message>
</context>
<context>
    <name>conlab::QuotedValue</name>
    <message numerus="yes">
        <source>&apos;%1&apos; (%n characters)</source>
        <extracomment>a long value quoted in an error message, cut in the middle; %1 the quoted start and end, %n its length</extracomment>
        <translation>
            <numerusform>&apos;%1&apos;（%n 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::RaceTally</name>
    <message numerus="yes">
        <source>stopped after %1 of %n run(s)</source>
        <extracomment>%1 runs made, %n runs asked for</extracomment>
        <translation>
            <numerusform>共 %n 次运行，完成 %1 次后停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) so far</source>
        <extracomment>%1 runs made, %n runs asked for</extracomment>
        <translation>
            <numerusform>目前已完成 %1 次，共 %n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <extracomment>how a racy run ended: every result was read</extracomment>
        <translation>完成</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>how a racy run ended: some results were never read</extracomment>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Hung</source>
        <extracomment>how a racy run ended: the report loop waited for ever</extracomment>
        <translation>挂起</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an outcome (Complete, Lost, Hung), %2 how many runs ended so</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>every result read</source>
        <translation>所有结果均已读取</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) lost</source>
        <extracomment>%n results one lost run lost</extracomment>
        <translation>
            <numerusform>丢失了 %n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) lost in each</source>
        <extracomment>%n results each lost run lost</extracomment>
        <translation>
            <numerusform>每次丢失 %n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %n results lost per run</source>
        <extracomment>%1 the fewest results a lost run lost, %n the most</extracomment>
        <translation>
            <numerusform>每次运行丢失 %1 到 %n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worker %1 (%n run(s))</source>
        <extracomment>%1 a worker&apos;s number, %n how many hung runs waited for its pill</extracomment>
        <translation>
            <numerusform>工作进程 %1（%n 次运行）</numerusform>
        </translation>
    </message>
    <message>
        <source>a pill still queued for %1</source>
        <extracomment>%1 a list like &quot;worker 2 (3 runs), worker 1 (1 run)&quot;</extracomment>
        <translation>队列中仍有留给 %1 的毒丸</translation>
    </message>
    <message>
        <source>every result printed, then get() waited until the grace limit</source>
        <translation>所有结果都已打印，随后 get() 一直等到宽限时间结束</translation>
    </message>
    <message numerus="yes">
        <source>seed(s) %1</source>
        <extracomment>%1 the seeds that replay these runs; %n how many seeds</extracomment>
        <translation>
            <numerusform>种子 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a verdict: failed, or short of results at the grace limit</source>
        <extracomment>%n runs that ended as none of complete, lost or hung</extracomment>
        <translation>
            <numerusform>%n 次运行没有结论：运行失败，或到宽限时间结束时结果仍不完整</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <extracomment>%1 and %2 the bounds of the number expected</extracomment>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为一个对象</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>%1 runs counted, more than the %2 planned</source>
        <extracomment>%1 the runs counted, %2 the runs planned</extracomment>
        <translation>计入 %1 次运行，多于计划的 %2 次</translation>
    </message>
    <message>
        <source>does not match the counts, which add up to %1</source>
        <translation>与各项计数不符，计数之和为 %1</translation>
    </message>
    <message>
        <source>expected {&quot;min&quot;, &quot;max&quot;} or null</source>
        <translation>应为 {&quot;min&quot;, &quot;max&quot;} 或 null</translation>
    </message>
    <message>
        <source>must be given exactly when some runs lost results</source>
        <translation>仅当有运行丢失结果时才应给出</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a worker number</source>
        <translation>&quot;%1&quot; 不是 worker 编号</translation>
    </message>
    <message>
        <source>expected seeds as decimal text</source>
        <translation>种子应为十进制文本</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;emulation&quot;</source>
        <extracomment>%1 where in the file</extracomment>
        <translation>%1：应为包含 &quot;emulation&quot; 的对象</translation>
    </message>
</context>
<context>
    <name>conlab::RaceTallyView</name>
    <message>
        <source>Emulation, racy procs.py: %1</source>
        <extracomment>heading of the repeated racy run&apos;s tally; %1 how far it is (&quot;3 of 10 runs so far&quot;)</extracomment>
        <translation>模拟，存在竞态的 procs.py：%1</translation>
    </message>
    <message>
        <source>CPython, the same listing: %1</source>
        <extracomment>heading of CPython&apos;s tally; %1 how far it is (&quot;3 of 10 runs so far&quot;)</extracomment>
        <translation>CPython，同一份代码清单：%1</translation>
    </message>
</context>
<context>
    <name>conlab::RaceVerdict</name>
    <message>
        <source>complete: the last result was read after the last pill was taken</source>
        <translation>complete：最后一个结果在最后一颗毒丸被取走之后才读取</translation>
    </message>
    <message numerus="yes">
        <source>lost: jobs.empty() was true while %n result(s) were still on the way: %1</source>
        <extracomment>%n how many results were lost, %1 the numbers</extracomment>
        <translation>
            <numerusform>lost：jobs.empty() 为真时仍有 %n 个结果在途中：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hung: every result was printed, but %n pill(s) were still in the job queue (worker %1 had not come back for its pill), so get() waits for a result that never comes</source>
        <extracomment>%n pills still in the job queue, %1 the worker that had not yet taken one</extracomment>
        <translation>
            <numerusform>hung：所有结果都已打印，但任务队列中仍有 %n 颗毒丸（工作进程 %1 还没回来取它的毒丸），因此 get() 在等待一个永远不会到来的结果</numerusform>
        </translation>
    </message>
    <message>
        <source>hung: every result was printed, but the loop called get() again, and no worker will ever send another result</source>
        <translation>hung：所有结果都已打印，但循环再次调用了 get()，而不会再有任何工作进程发送结果</translation>
    </message>
</context>
<context>
    <name>conlab::RecordingOpener</name>
    <message>
        <source>Open recording</source>
        <translation>打开录制</translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json);;All files (*)</source>
        <translation>并发实验室录制文件 (*.clrec.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1 (%2)…</source>
        <extracomment>%1 file name, %2 its size such as &quot;180 MB&quot;</extracomment>
        <translation>正在读取 %1（%2）…</translation>
    </message>
    <message>
        <source>Cannot open recording</source>
        <translation>无法打开录制</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <extracomment>%1 file path, %2 what is wrong with it</extracomment>
        <translation>无法显示 %1：%2</translation>
    </message>
</context>
<context>
    <name>conlab::RedisConnection</name>
    <message>
        <source>the broker at %1</source>
        <extracomment>%1 host:port of the broker</extracomment>
        <translation>位于 %1 的代理</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1：内存不足</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <extracomment>%1 the broker, %2 the system&apos;s reason (e.g. Connection refused)</extracomment>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 refused the password: %2</source>
        <extracomment>%1 the broker, %2 Redis&apos;s reason (WRONGPASS ...)</extracomment>
        <translation>%1 拒绝了密码：%2</translation>
    </message>
    <message>
        <source>%1 needs a password: give it in the URL, redis://:PASSWORD@host:port/db</source>
        <translation>%1 需要密码：请写在 URL 中，redis://:密码@主机:端口/库</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: database %2: %3</source>
        <translation>%1：数据库 %2：%3</translation>
    </message>
    <message>
        <source>lost %1: %2</source>
        <extracomment>%1 the broker, %2 the reason (Connection reset, timed out ...)</extracomment>
        <translation>与 %1 的连接丢失：%2</translation>
    </message>
</context>
<context>
    <name>conlab::ResultsTableModel</name>
    <message>
        <source>main</source>
        <extracomment>the worker column for a run with no workers (sequential, coroutines)</extracomment>
        <translation>主</translation>
    </message>
    <message>
        <source>P</source>
        <extracomment>marks a prime in the results table, as the book&apos;s scripts print it
----------
column marking primes</extracomment>
        <translation>P</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 seconds with 6 decimals, as the book prints them
----------
%1 seconds since the run started</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>column of the checked number</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>工作者</translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>when the check started, since the run&apos;s start</extracomment>
        <translation>开始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>conlab::RoomPanel</name>
    <message>
        <source>Open to the room: this broker listens on the LAN at %1. Anyone with the command below can run tasks for it.</source>
        <extracomment>%1 is the LAN address and port of the app&apos;s Redis, as 192.168.1.20:40123</extracomment>
        <translation>已向教室开放：此 broker 在局域网 %1 上监听。任何拿到下面命令的人都可以为它执行任务。</translation>
    </message>
    <message>
        <source>With the app:</source>
        <translation>使用本应用：</translation>
    </message>
    <message>
        <source>Celery only:</source>
        <translation>仅用 Celery：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy both commands</source>
        <translation>复制两条命令</translation>
    </message>
    <message>
        <source>Save tasks module…</source>
        <translation>保存任务模块…</translation>
    </message>
    <message>
        <source>Save primes_tasks.py, to run the Celery line in its folder on another machine</source>
        <translation>保存 primes_tasks.py，以便在另一台机器上于其所在文件夹中运行 Celery 命令</translation>
    </message>
    <message>
        <source>Save tasks module</source>
        <translation>保存任务模块</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <source>Saved %1. Run the Celery line in its folder.</source>
        <translation>已保存 %1。请在其所在文件夹中运行 Celery 命令。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <extracomment>%1 is the file&apos;s path, %2 why it failed</extracomment>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>conlab::RoomTallyChart</name>
    <message numerus="yes">
        <source>The room: %n voted</source>
        <extracomment>Over the room&apos;s tally; %n how many voted from their phones</extracomment>
        <translation>
            <numerusform>全场：%n 人已投票</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>One line of the room&apos;s tally as text: %1 the answer, %2 votes, %3 per cent</extracomment>
        <translation>%1：%2 (%3%)</translation>
    </message>
    <message>
        <source> (the run showed this)</source>
        <translation>（运行结果就是这个）</translation>
    </message>
</context>
<context>
    <name>conlab::RoundStatus</name>
    <message>
        <source>No question on this page: phones wait</source>
        <translation>本页没有问题：手机等待中</translation>
    </message>
    <message numerus="yes">
        <source>%n voted</source>
        <extracomment>%n how many have voted in this round</extracomment>
        <translation>
            <numerusform>%n 人已投票</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting open · %1</source>
        <extracomment>%1 e.g. &quot;23 voted&quot;</extracomment>
        <translation>投票进行中 · %1</translation>
    </message>
    <message>
        <source>Revealed · %1</source>
        <extracomment>%1 e.g. &quot;23 voted&quot;</extracomment>
        <translation>已揭晓 · %1</translation>
    </message>
    <message>
        <source>Voting closed · %1</source>
        <extracomment>%1 e.g. &quot;23 voted&quot;</extracomment>
        <translation>投票已结束 · %1</translation>
    </message>
</context>
<context>
    <name>conlab::RoundTally</name>
    <message>
        <source>%1% said %2; it %3.</source>
        <extracomment>The reveal of the room&apos;s vote. %1 a per cent, %2 the answer most chose (e.g. &quot;Keeps spinning&quot;), %3 what the run showed (e.g. &quot;never appeared&quot;)</extracomment>
        <translation>%1% 的人选了“%2”；结果：%3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>In a recording file: %1 where, e.g. &quot;audience.counts&quot;, %2 what is wrong</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>three texts expected</source>
        <translation>应为三个文本</translation>
    </message>
    <message>
        <source>three counts expected</source>
        <translation>应为三个计数</translation>
    </message>
    <message>
        <source>a count must be a whole number from 0</source>
        <translation>计数必须是从 0 起的整数</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation>必须是 1、2 或 3</translation>
    </message>
</context>
<context>
    <name>conlab::RunGate</name>
    <message>
        <source>“%1” is still running. One run at a time: stop it (Shift+F5 on its page) first.</source>
        <extracomment>%1 the title of the experiment that is running</extracomment>
        <translation>“%1”仍在运行。一次只能运行一个：请先停止它（在其页面按 Shift+F5）。</translation>
    </message>
</context>
<context>
    <name>conlab::RunRecordings</name>
    <message>
        <source>not valid JSON at byte %1: %2 (is the file truncated?)</source>
        <extracomment>%1 byte offset in the file, %2 the JSON parser&apos;s message</extracomment>
        <translation>第 %1 字节处的 JSON 无效：%2（文件是否被截断？）</translation>
    </message>
    <message>
        <source>not a recording: the file holds no JSON object</source>
        <translation>不是录制文件：文件中没有 JSON 对象</translation>
    </message>
    <message>
        <source>not a Concurrency Lab recording (no &quot;schema&quot; of concurrency-lab.recording)</source>
        <translation>不是并发实验室的录制文件（缺少 concurrency-lab.recording 的 &quot;schema&quot;）</translation>
    </message>
    <message>
        <source>recording format %1 is not supported; this version reads %2</source>
        <extracomment>%1 the file&apos;s schema, %2 the schemas this version reads</extracomment>
        <translation>不支持录制格式 %1；此版本读取 %2</translation>
    </message>
    <message>
        <source>unknown kind of run &quot;%1&quot;; expected primes or spinner</source>
        <extracomment>%1 the kind found in the file</extracomment>
        <translation>未知的运行类型 &quot;%1&quot;；应为 primes 或 spinner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 where in the file (e.g. results.endNs[41]), %2 what is wrong</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>missing, or not an object</source>
        <translation>缺失，或不是对象</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list of numbers</source>
        <translation>应为数字列表</translation>
    </message>
    <message>
        <source>has %1 entries, expected %2</source>
        <extracomment>%1 entries found, %2 entries expected</extracomment>
        <translation>有 %1 项，应为 %2 项</translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation>有值超出范围</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot;</source>
        <extracomment>%1 the model name found in the file</extracomment>
        <translation>未知模型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>unknown event kind</source>
        <translation>未知的事件类型</translation>
    </message>
    <message>
        <source>expected died, malformed or unresponsive</source>
        <translation>应为 died、malformed 或 unresponsive</translation>
    </message>
    <message>
        <source>unknown spinner model &quot;%1&quot;</source>
        <extracomment>%1 the model name found in the file</extracomment>
        <translation>未知的旋转指示器模型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown slow() kind &quot;%1&quot;</source>
        <extracomment>%1 the slow() kind found in the file</extracomment>
        <translation>未知的 slow() 类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected exactly one number</source>
        <translation>应为恰好一个数字</translation>
    </message>
    <message>
        <source>expected seconds from 0 to %1</source>
        <extracomment>%1 the largest number of seconds accepted</extracomment>
        <translation>应为 0 到 %1 之间的秒数</translation>
    </message>
    <message>
        <source>frame times must be non-negative and in the order drawn</source>
        <translation>帧时间必须非负，并按绘制顺序排列</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>录制文件</translation>
    </message>
    <message>
        <source>character %1 is %2; expected only 0 (not prime) and 1 (prime)</source>
        <extracomment>%1 the position in the text (0-based), %2 the character found there</extracomment>
        <translation>位置 %1 处的字符是 %2；只应为 0（非素数）或 1（素数）</translation>
    </message>
    <message>
        <source>unknown end of a CPython run &quot;%1&quot;</source>
        <extracomment>%1 the word found in the file</extracomment>
        <translation>CPython 运行的结束方式未知：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected complete, lost or hung</source>
        <translation>应为 complete、lost 或 hung</translation>
    </message>
</context>
<context>
    <name>conlab::RunToolBar</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>速度(&amp;P)：</translation>
    </message>
    <message>
        <source>native C++</source>
        <translation>原生 C++</translation>
    </message>
    <message>
        <source>CPython</source>
        <translation>CPython</translation>
    </message>
    <message>
        <source>book (2018 laptop)</source>
        <translation>本书（2018 年的笔记本电脑）</translation>
    </message>
    <message>
        <source>How much one trial division costs: raw C++ speed, today&apos;s CPython, or the laptop the book was timed on.</source>
        <translation>一次试除的代价：C++ 的原始速度、当今的 CPython，或书中计时所用的笔记本电脑。</translation>
    </message>
    <message>
        <source>&amp;GIL</source>
        <translation>&amp;GIL</translation>
    </message>
    <message>
        <source>Emulate CPython&apos;s global interpreter lock for threads. Off behaves like free-threaded CPython 3.13t.</source>
        <translation>为线程模拟 CPython 的全局解释器锁。关闭时，行为与自由线程的 CPython 3.13t 相同。</translation>
    </message>
    <message>
        <source>S&amp;witch every:</source>
        <translation>切换间隔(&amp;W)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>sys.setswitchinterval(): how long a waiting thread lets the holder keep the GIL before asking for it.</source>
        <translation>sys.setswitchinterval()：等待中的线程让持有者保留 GIL 多久之后才请求获取。</translation>
    </message>
    <message>
        <source>W&amp;orkers:</source>
        <translation>工作者(&amp;O)：</translation>
    </message>
    <message>
        <source>Worker processes or threads for the primes experiments.</source>
        <translation>素数实验所用的工作进程或线程数。</translation>
    </message>
</context>
<context>
    <name>conlab::ServiceChild</name>
    <message>
        <source>%1 ended (%2)</source>
        <translation>%1 已结束（%2）</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>信号 %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>%1 was not ready within %2 s</source>
        <translation>%1 在 %2 秒内未就绪</translation>
    </message>
</context>
<context>
    <name>conlab::Settings</name>
    <message>
        <source>Settings could not be saved to %1; changes last only until the app quits.</source>
        <extracomment>%1 the settings file</extracomment>
        <translation>无法将设置保存到 %1；更改仅在应用退出前有效。</translation>
    </message>
</context>
<context>
    <name>conlab::SideBySideModel</name>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Emulation
(s)</source>
        <extracomment>column: seconds the emulation took for one number</extracomment>
        <translation>模拟
（秒）</translation>
    </message>
    <message>
        <source>CPython
(s)</source>
        <extracomment>column: seconds CPython took for one number</extracomment>
        <translation>CPython
（秒）</translation>
    </message>
</context>
<context>
    <name>conlab::SideRatio</name>
    <message>
        <source>CPython ÷ emulation</source>
        <extracomment>column heading: CPython&apos;s figure divided by the emulation&apos;s</extracomment>
        <translation>CPython ÷ 模拟</translation>
    </message>
</context>
<context>
    <name>conlab::Speedup</name>
    <message>
        <source>%1×</source>
        <extracomment>a speedup factor, e.g. 2.35×</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n workers at %2 pace, %3</source>
        <extracomment>%1 the baseline&apos;s model (sequential, processes...), %2 its workers, %3 its pace, %4 how long ago</extracomment>
        <translation>
            <numerusform>%1，%n 个工作者，%2 速度，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 pace, %3</source>
        <extracomment>%1 the baseline&apos;s model (sequential), %2 its pace (native, cpython...), %3 how long ago (&quot;2 min ago&quot;)</extracomment>
        <translation>%1，%2 速度，%3</translation>
    </message>
    <message>
        <source>%1 against %2 (%3 s, same numbers)</source>
        <extracomment>%1 the speedup (2.35×), %2 the baseline (&quot;sequential at cpython pace, 2 min ago&quot;), %3 its seconds</extracomment>
        <translation>相对 %2 的加速比为 %1（%3 秒，相同数字）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — more than %n cores can give: the baseline ran under load; run it again</source>
        <extracomment>%1 the speedup line so far, %n the machine&apos;s core count</extracomment>
        <translation>
            <numerusform>%1 — 超出了 %n 核所能提供的上限：基准运行时机器有负载；请重新运行基准</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerCPythonPanel</name>
    <message>
        <source>Emulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>CPython</source>
        <translation>CPython</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerChoices</name>
    <message>
        <source>--slow %1 makes no sense with --model %2; with %2 choose one of: %3</source>
        <extracomment>%1 the slow() variant, %2 the model, %3 the valid variants for it</extracomment>
        <translation>--slow %1 与 --model %2 搭配没有意义；使用 %2 时请从以下选项中选择：%3</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerComparison</name>
    <message>
        <source>S8 took %1× as long as S7 (%2 s against %3 s)</source>
        <extracomment>%1 the ratio (e.g. 1.5), %2 and %3 seconds in slow() of S8 and S7</extracomment>
        <translation>S8 的用时是 S7 的 %1×（%2 秒对 %3 秒）</translation>
    </message>
    <message>
        <source>S8 ran at %1 pace and S7 at %2: run both at one pace to compare them</source>
        <extracomment>%1 and %2 pace names (native, cpython, book)</extracomment>
        <translation>S8 以 %1 速度运行，S7 以 %2 速度运行：请以同一速度运行两者再比较</translation>
    </message>
    <message>
        <source>Run S8 on the Power napping page to compare it with this S7 run</source>
        <translation>在“见缝插针地小憩”页面运行 S8，与本次 S7 运行比较</translation>
    </message>
    <message>
        <source>Run S7 on the GIL quiz page to compare it with this S8 run</source>
        <translation>在“GIL 小测验”页面运行 S7，与本次 S8 运行比较</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerGlyph</name>
    <message>
        <source>Spinner</source>
        <extracomment>The spinner glyph&apos;s name for a screen reader</extracomment>
        <translation>旋转指示器</translation>
    </message>
    <message>
        <source>no run yet</source>
        <extracomment>Screen reader: the spinner glyph before any run</extracomment>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>nothing drawn yet</source>
        <extracomment>Screen reader: a run goes and the spinner has drawn nothing</extracomment>
        <translation>还没有绘制任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) drawn, line wiped</source>
        <extracomment>Screen reader: the spinner drew frames, then wiped its line</extracomment>
        <translation>
            <numerusform>已绘制 %n 帧，该行已擦除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) drawn, still spinning</source>
        <extracomment>Screen reader: the spinner is drawing while the run goes</extracomment>
        <translation>
            <numerusform>已绘制 %n 帧，仍在旋转</numerusform>
        </translation>
    </message>
    <message>
        <source>never appeared</source>
        <extracomment>Screen reader: the run ended and the spinner never drew a frame</extracomment>
        <translation>根本没出现</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) drawn, then stopped</source>
        <extracomment>Screen reader: the run ended after the spinner drew frames</extracomment>
        <translation>
            <numerusform>绘制了 %n 帧后停止</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerLiveView</name>
    <message>
        <source>(no frame was ever drawn)</source>
        <translation>（从未绘制过任何一帧）</translation>
    </message>
    <message>
        <source>(the spinner wiped its line when it stopped)</source>
        <translation>（旋转指示器停止时擦除了它那一行）</translation>
    </message>
    <message>
        <source>%1 drawn</source>
        <extracomment>%1 frames the spinner drew so far</extracomment>
        <translation>已绘制 %1 帧</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 seconds, with two decimals</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Stopped before slow() returned</source>
        <translation>在 slow() 返回之前已停止</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 the engine&apos;s error message</extracomment>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <extracomment>%1 the value slow() returned (42)</extracomment>
        <translation>答案：%1</translation>
    </message>
    <message>
        <source>waiting for slow()…</source>
        <translation>正在等待 slow()…</translation>
    </message>
    <message>
        <source>Spinner object:</source>
        <translation>旋转指示器对象：</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>帧：</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>已用时间：</translation>
    </message>
    <message>
        <source>%1 drawn, about %2 expected</source>
        <extracomment>%1 frames the spinner drew, %2 frames it would draw at 10 a second</extracomment>
        <translation>已绘制 %1 帧，预计约 %2 帧</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 the longest time between two frames, in ms</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Longest gap:</source>
        <translation>最长间隔：</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerPage</name>
    <message>
        <source>Pace: %1</source>
        <extracomment>%1 the pace name (native, cpython, book)</extracomment>
        <translation>速度：%1</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>变体：</translation>
    </message>
    <message>
        <source>Sleep:</source>
        <translation>休眠：</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of the sleep-seconds spin box</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>▶ Run</source>
        <translation>▶ 运行</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>Spinner hello world</source>
        <translation>旋转指示器入门</translation>
    </message>
    <message>
        <source>A spinner turns while slow() sleeps for a few seconds. The same supervisor, three ways: the spinner in a thread, in a child process, or as a coroutine on the event loop.</source>
        <translation>slow() 休眠几秒钟时，旋转指示器一直在转。同一个监督者，三种写法：指示器放在线程里、子进程里，或作为事件循环上的协程。</translation>
    </message>
    <message>
        <source>S1 · thread, time.sleep()</source>
        <translation>S1 · 线程，time.sleep()</translation>
    </message>
    <message>
        <source>S2 · process, time.sleep()</source>
        <translation>S2 · 进程，time.sleep()</translation>
    </message>
    <message>
        <source>S3 · coroutine, await asyncio.sleep()</source>
        <translation>S3 · 协程，await asyncio.sleep()</translation>
    </message>
    <message>
        <source>A blocking call in a coroutine</source>
        <translation>协程中的阻塞调用</translation>
    </message>
    <message>
        <source>The coroutine version, with one line changed: slow() calls time.sleep() instead of awaiting asyncio.sleep(). The event loop has one thread, and that thread is now asleep.</source>
        <translation>协程版本，只改了一行：slow() 调用 time.sleep()，而不是 await asyncio.sleep()。事件循环只有一个线程，而这个线程现在睡着了。</translation>
    </message>
    <message>
        <source>S4 · coroutine, time.sleep() inside</source>
        <translation>S4 · 协程，内部调用 time.sleep()</translation>
    </message>
    <message>
        <source>The GIL quiz</source>
        <translation>GIL 小测验</translation>
    </message>
    <message>
        <source>slow() now does CPU work: is_prime(5_000_111_000_222_021). Does the spinner still turn? Ask the room before each run.</source>
        <translation>现在 slow() 做的是 CPU 计算：is_prime(5_000_111_000_222_021)。旋转指示器还会转吗？每次运行前先问问大家。</translation>
    </message>
    <message>
        <source>S5 · process, is_prime()</source>
        <translation>S5 · 进程，is_prime()</translation>
    </message>
    <message>
        <source>S6 · thread, is_prime()</source>
        <translation>S6 · 线程，is_prime()</translation>
    </message>
    <message>
        <source>S7 · coroutine, is_prime() called directly</source>
        <translation>S7 · 协程，直接调用 is_prime()</translation>
    </message>
    <message>
        <source>Power napping</source>
        <translation>见缝插针地小憩</translation>
    </message>
    <message>
        <source>Two ways to keep the loop alive during CPU work: make is_prime() a coroutine that awaits sleep(0) now and then, or hand it to a process executor.</source>
        <translation>在 CPU 计算期间让事件循环保持响应的两种方法：把 is_prime() 改成不时 await sleep(0) 的协程，或者把它交给进程执行器。</translation>
    </message>
    <message>
        <source>S8 · coroutine, is_prime() naps with sleep(0)</source>
        <translation>S8 · 协程，is_prime() 用 sleep(0) 小憩</translation>
    </message>
    <message>
        <source>coroutine, is_prime() in a process executor</source>
        <translation>协程，is_prime() 在进程执行器中运行</translation>
    </message>
    <message>
        <source>GIL on, %1 ms switch</source>
        <extracomment>%1 the GIL switch interval in ms</extracomment>
        <translation>GIL 开启，切换间隔 %1 毫秒</translation>
    </message>
    <message>
        <source>GIL off</source>
        <translation>GIL 关闭</translation>
    </message>
    <message>
        <source>Recorded at %1 pace</source>
        <extracomment>%1 the pace name (native, cpython, book) a replayed run was recorded at</extracomment>
        <translation>录制时的速度：%1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Replay of %1, recorded %2</source>
        <extracomment>%1 the recording&apos;s file name, %2 when it was recorded (date and time)</extracomment>
        <translation>回放 %1（录制于 %2）</translation>
    </message>
    <message>
        <source>The spinner moves at the recorded frame times; Run (F5) runs the variant live.</source>
        <translation>旋转指示器按录制的帧时间转动；按“运行”(F5) 可实时运行该变体。</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the run on screen</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export frame gaps as CSV…</source>
        <translation>将帧间隔导出为 CSV…</translation>
    </message>
    <message>
        <source>Export run as JSON…</source>
        <translation>将运行导出为 JSON…</translation>
    </message>
    <message>
        <source>Export Chrome trace for Perfetto…</source>
        <translation>导出 Chrome 跟踪（用于 Perfetto）…</translation>
    </message>
    <message>
        <source>Save recording…</source>
        <translation>保存录制…</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>打开录制…</translation>
    </message>
    <message>
        <source>stop the run first</source>
        <translation>请先停止运行</translation>
    </message>
    <message>
        <source>this recording is of a primes run; open it on a primes page</source>
        <translation>这是素数运行的录制；请在素数页面中打开</translation>
    </message>
    <message>
        <source>the recording holds no report of the run</source>
        <translation>录制中没有该次运行的报告</translation>
    </message>
    <message>
        <source>this page has no %1 spinner with slow() = %2; open the recording on the page that has it</source>
        <extracomment>%1 the recorded model (thread, process, coroutine), %2 the recorded slow() kind</extracomment>
        <translation>此页面没有 %1 模型、slow() = %2 的旋转指示器；请在有该变体的页面中打开此录制</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>某个录制文件</translation>
    </message>
    <message>
        <source>no run to export yet</source>
        <translation>还没有可导出的运行</translation>
    </message>
    <message>
        <source>Export frame gaps as CSV</source>
        <translation>将帧间隔导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export run as JSON</source>
        <translation>将运行导出为 JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>导出 Chrome 跟踪</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome 跟踪 JSON (*.json)</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>保存录制</translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json)</source>
        <translation>并发实验室录制文件 (*.clrec.json *.json)</translation>
    </message>
    <message>
        <source>“%1” is running: one run at a time.</source>
        <extracomment>%1 the title of the experiment whose run is going</extracomment>
        <translation>“%1”正在运行：一次只能运行一个。</translation>
    </message>
    <message>
        <source>At %1 pace slow() takes about %2 s: too quick to see what the spinner does.</source>
        <extracomment>%1 the pace name (native, cpython, book), %2 seconds slow() would take</extracomment>
        <translation>以 %1 速度，slow() 只需约 %2 秒：太快了，看不出旋转指示器会怎样。</translation>
    </message>
    <message>
        <source>Use the CPython pace</source>
        <translation>使用 CPython 速度</translation>
    </message>
    <message>
        <source>Compressed Chrome trace (*.json.gz)</source>
        <translation>压缩的 Chrome 跟踪 (*.json.gz)</translation>
    </message>
    <message>
        <source>a run is under way; stop it first</source>
        <translation>有一次运行正在进行；请先停止它</translation>
    </message>
    <message>
        <source>Run in CPython too</source>
        <translation>同时在 CPython 中运行</translation>
    </message>
    <message>
        <source>After the emulated run, run the same listing in real CPython and show both</source>
        <translation>模拟运行结束后，在真正的 CPython 中运行同一份代码清单，并同时显示两者</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerSideBySide</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Longest gap</source>
        <translation>最长间隔</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>The CPython run was stopped before it ended.</source>
        <translation>CPython 运行在结束前被停止了。</translation>
    </message>
    <message>
        <source>CPython measured nothing: %1</source>
        <extracomment>%1 why the CPython run has no figures (the interpreter&apos;s error, the listing&apos;s traceback)</extracomment>
        <translation>CPython 没有测得任何结果：%1</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>无报告</translation>
    </message>
    <message>
        <source>CPython agrees with the emulation: %1.</source>
        <extracomment>%1 the verdict, e.g. &quot;Kept spinning&quot;</extracomment>
        <translation>CPython 与模拟一致：%1。</translation>
    </message>
    <message>
        <source>They differ: the emulation says %1, CPython %2.</source>
        <extracomment>%1 the emulation&apos;s verdict, %2 CPython&apos;s</extracomment>
        <translation>两者不同：模拟为 %1，CPython 为 %2。</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerVerdict</name>
    <message>
        <source>the run was stopped before slow() returned, so there is nothing to judge</source>
        <translation>运行在 slow() 返回前就被停止了，无从判断</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <extracomment>%1 the engine&apos;s error message</extracomment>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>slow() took %1 s: too quick to see the spinner; sleep longer</source>
        <extracomment>%1 seconds slow() took, e.g. 0.09</extracomment>
        <translation>slow() 用时 %1 秒：太快了，看不清旋转指示器；请延长休眠时间</translation>
    </message>
    <message>
        <source>slow() took %1 s: too quick to see the spinner; use the CPython pace</source>
        <extracomment>%1 seconds slow() took, e.g. 0.09</extracomment>
        <translation>slow() 用时 %1 秒：太快了，看不清旋转指示器；请使用 CPython 速度</translation>
    </message>
    <message>
        <source>supervisor blocked the loop for %1 s; spin never got a turn</source>
        <extracomment>%1 seconds, e.g. 3.0</extracomment>
        <translation>supervisor 阻塞了事件循环 %1 秒；spin 始终没有轮到执行</translation>
    </message>
    <message>
        <source>is_prime() held the loop for %1 s without an await; spin never got a turn</source>
        <extracomment>%1 seconds, e.g. 1.2</extracomment>
        <translation>is_prime() 占用事件循环 %1 秒，其间没有 await；spin 始终没有轮到执行</translation>
    </message>
    <message>
        <source>the GIL never changed hands in %1 s (switch interval %2 ms); the spinner never got a turn</source>
        <extracomment>%1 seconds slow() ran, %2 the GIL switch interval in ms</extracomment>
        <translation>%1 秒内 GIL 从未易手（切换间隔 %2 毫秒）；旋转指示器始终没有轮到执行</translation>
    </message>
    <message>
        <source>no frame in %1 s: the spinner never got a turn</source>
        <extracomment>%1 seconds slow() ran</extracomment>
        <translation>%1 秒内没有绘制任何一帧：旋转指示器始终没有轮到执行</translation>
    </message>
    <message>
        <source>the GIL changed hands only every %1 ms, so the spinner got a turn every %2 ms (at worst %3 ms)</source>
        <extracomment>%1 the GIL switch interval in ms, %2 the usual time between frames in ms, %3 the longest</extracomment>
        <translation>GIL 每 %1 毫秒才易手一次，所以旋转指示器每 %2 毫秒才轮到一次（最长 %3 毫秒）</translation>
    </message>
    <message>
        <source>is_prime() awaited sleep(0) too rarely: the spinner froze for up to %1 ms</source>
        <extracomment>%1 the longest time between two frames in ms</extracomment>
        <translation>is_prime() await sleep(0) 的次数太少：旋转指示器最长停顿了 %1 毫秒</translation>
    </message>
    <message>
        <source>the spinner froze for up to %1 ms; a steady one draws every 100 ms</source>
        <extracomment>%1 the longest time between two frames in ms</extracomment>
        <translation>旋转指示器最长停顿了 %1 毫秒；平稳时每 100 毫秒绘制一帧</translation>
    </message>
    <message>
        <source>slow() ran in the parent and the spinner in its own process; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>slow() 在父进程中运行，旋转指示器在自己的进程中运行；每 %1 毫秒一帧</translation>
    </message>
    <message>
        <source>time.sleep() let the spinner thread run; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>time.sleep() 让旋转指示器线程得以运行；每 %1 毫秒一帧</translation>
    </message>
    <message>
        <source>the GIL changed hands every %1 ms, so the spinner got a turn every %2 ms</source>
        <extracomment>%1 the GIL switch interval in ms, %2 the usual time between frames in ms</extracomment>
        <translation>GIL 每 %1 毫秒易手一次，所以旋转指示器每 %2 毫秒轮到一次</translation>
    </message>
    <message>
        <source>no GIL: is_prime() and the spinner ran side by side; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>没有 GIL：is_prime() 与旋转指示器并行运行；每 %1 毫秒一帧</translation>
    </message>
    <message>
        <source>await asyncio.sleep() gave the loop back; spin drew a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>await asyncio.sleep() 交还了事件循环；spin 每 %1 毫秒绘制一帧</translation>
    </message>
    <message>
        <source>is_prime() awaited sleep(0) now and then, so spin got a turn every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>is_prime() 不时 await sleep(0)，所以 spin 每 %1 毫秒轮到一次</translation>
    </message>
    <message>
        <source>is_prime() ran in a worker process and the loop stayed free; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>is_prime() 在工作进程中运行，事件循环保持空闲；每 %1 毫秒一帧</translation>
    </message>
    <message>
        <source>a frame every %1 ms, at worst %2 ms</source>
        <extracomment>%1 the usual time between frames in ms, %2 the longest</extracomment>
        <translation>每 %1 毫秒一帧，最长 %2 毫秒</translation>
    </message>
    <message>
        <source>Keeps spinning</source>
        <translation>一直旋转</translation>
    </message>
    <message>
        <source>Stutters</source>
        <translation>时转时停</translation>
    </message>
    <message>
        <source>Never appears</source>
        <translation>根本不出现</translation>
    </message>
    <message>
        <source>Kept spinning</source>
        <translation>一直在旋转</translation>
    </message>
    <message>
        <source>Stuttered</source>
        <translation>时转时停</translation>
    </message>
    <message>
        <source>Never appeared</source>
        <translation>根本没出现</translation>
    </message>
    <message>
        <source>Too quick to tell</source>
        <translation>太快了，无法判断</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>无结论</translation>
    </message>
</context>
<context>
    <name>conlab::SweepChartBuilder</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a note on the chart naming its series; %1 the series, %2 the note</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>shaded: fastest to slowest run</source>
        <translation>阴影：最快到最慢的运行</translation>
    </message>
    <message>
        <source>shaded: middle half of the runs</source>
        <translation>阴影：居中一半的运行</translation>
    </message>
    <message>
        <source>ideal: T(1) / N</source>
        <translation>理想：T(1) / N</translation>
    </message>
    <message>
        <source>ideal: N times faster</source>
        <translation>理想：快 N 倍</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>工作者数</translation>
    </message>
    <message>
        <source>median wall time (s)</source>
        <translation>中位墙钟时间（秒）</translation>
    </message>
    <message>
        <source>speedup (×)</source>
        <translation>加速比（×）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a series of a compared sweep; %1 its name (&quot;processes&quot;), %2 the sweep&apos;s day and time</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>the book, %n cores, scaled to this 1-worker time</source>
        <extracomment>%n the book machine&apos;s core count</extracomment>
        <translation>
            <numerusform>书中数据，%n 核，按本次 1 个工作者的时间缩放</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the book, %n cores</source>
        <extracomment>%n the book machine&apos;s core count</extracomment>
        <translation>
            <numerusform>书中数据，%n 核</numerusform>
        </translation>
    </message>
    <message>
        <source>hollow: a run that lost a worker, left out of the medians</source>
        <translation>空心：丢失了工作进程的运行，不计入中位数</translation>
    </message>
</context>
<context>
    <name>conlab::SweepChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A chart of %1 × %2 pixels cannot be made: each side must be from 1 to %3.</source>
        <extracomment>%1 width, %2 height, %3 the largest side accepted</extracomment>
        <translation>无法生成 %1 × %2 像素的图表：每条边必须在 1 到 %3 之间。</translation>
    </message>
    <message>
        <source>Sweep: median run time against worker count</source>
        <translation>扫描：运行时间中位数与工作者数的关系</translation>
    </message>
    <message>
        <source>The scale must be above 0, not %1.</source>
        <extracomment>%1 the scale asked for</extracomment>
        <translation>缩放比例必须大于 0，而不是 %1。</translation>
    </message>
    <message>
        <source>The PNG could not be encoded: %1</source>
        <extracomment>%1 the encoder&apos;s reason</extracomment>
        <translation>无法编码 PNG：%1</translation>
    </message>
    <message>
        <source>The SVG could not be started.</source>
        <translation>无法开始生成 SVG。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
</context>
<context>
    <name>conlab::SweepConfig</name>
    <message>
        <source>processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>coroutines + process executor</source>
        <translation>协程 + 进程执行器</translation>
    </message>
    <message>
        <source>threads, GIL on</source>
        <translation>线程，GIL 开启</translation>
    </message>
    <message>
        <source>threads, GIL off</source>
        <translation>线程，GIL 关闭</translation>
    </message>
    <message>
        <source>thread pool, GIL on</source>
        <translation>线程池，GIL 开启</translation>
    </message>
    <message>
        <source>thread pool, GIL off</source>
        <translation>线程池，GIL 关闭</translation>
    </message>
    <message>
        <source>%1, switch %2 ms</source>
        <extracomment>%1 a series such as &quot;threads, GIL on&quot;, %2 the GIL switch interval in ms</extracomment>
        <translation>%1，切换间隔 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 runs on one thread whatever the worker count, so it has no sweep</source>
        <extracomment>%1 a model name (sequential or coroutines)</extracomment>
        <translation>无论工作者数是多少，%1 都只在一个线程上运行，因此无法扫描</translation>
    </message>
    <message>
        <source>write gil=on or gil=off, once</source>
        <translation>请写 gil=on 或 gil=off，且只写一次</translation>
    </message>
    <message>
        <source>write switch=MS, once, with MS in milliseconds</source>
        <translation>请写 switch=MS，且只写一次，MS 以毫秒为单位</translation>
    </message>
    <message>
        <source>choose at least one series to sweep</source>
        <translation>请至少选择一个要扫描的系列</translation>
    </message>
    <message>
        <source>a sweep has %1 series; the most is %2</source>
        <extracomment>%1 how many series were chosen, %2 the most a sweep may have</extracomment>
        <translation>扫描包含 %1 个系列；最多允许 %2 个</translation>
    </message>
    <message>
        <source>series &apos;%1&apos; appears twice</source>
        <extracomment>%1 a series spec such as &quot;threads:gil=on&quot;</extracomment>
        <translation>系列“%1”出现了两次</translation>
    </message>
    <message>
        <source>max workers is %1; use 1 to %2</source>
        <extracomment>%1 the value given, %2 the largest allowed</extracomment>
        <translation>最大工作者数为 %1；请使用 1 到 %2</translation>
    </message>
    <message>
        <source>runs per count is %1; use 1 to %2</source>
        <extracomment>%1 the value given, %2 the largest allowed</extracomment>
        <translation>每个数量的运行次数为 %1；请使用 1 到 %2</translation>
    </message>
    <message>
        <source>the number list is empty</source>
        <translation>数字列表为空</translation>
    </message>
    <message>
        <source>the list has %1 numbers; a sweep takes at most %2</source>
        <extracomment>%1 how many numbers were given, %2 the most a sweep may time</extracomment>
        <translation>列表中有 %1 个数字；一次扫描最多接受 %2 个</translation>
    </message>
    <message>
        <source>series %1: %2; use one of %3, with :switch=MS on threads and pool</source>
        <extracomment>%1 the series the user wrote, %2 what is wrong with it, %3 the accepted series</extracomment>
        <translation>系列 %1：%2；请使用 %3 之一，threads 和 pool 可加 :switch=MS</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>unknown model %1</source>
        <translation>未知模型 %1</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <extracomment>%1 an option such as &quot;gil=on&quot;</extracomment>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>%1 applies to threads and pool only</source>
        <extracomment>%1 an option such as &quot;gil=off&quot;</extracomment>
        <translation>%1 仅适用于 threads 和 pool</translation>
    </message>
    <message>
        <source>switch=%1 is out of range: use %2 to %3 ms</source>
        <extracomment>%1 the value given (quoted), %2 and %3 the accepted range in ms</extracomment>
        <translation>switch=%1 超出范围：请使用 %2 到 %3 毫秒</translation>
    </message>
    <message>
        <source>procs.py in CPython</source>
        <translation>CPython 中的 procs.py</translation>
    </message>
    <message>
        <source>procs.py in CPython %1</source>
        <translation>CPython %1 中的 procs.py</translation>
    </message>
    <message>
        <source>write engine=emulated or engine=cpython, once</source>
        <translation>只写一次 engine=emulated 或 engine=cpython</translation>
    </message>
    <message>
        <source>engine=cpython runs procs.py, so it applies to processes only</source>
        <translation>engine=cpython 运行的是 procs.py，因此只适用于 processes</translation>
    </message>
    <message>
        <source>the list has %1 numbers; the CPython series takes at most %2, because procs.py fills its job queue before it starts a worker and blocks on its own queue past a few thousand</source>
        <extracomment>%1 how many numbers were given, %2 the most procs.py can take</extracomment>
        <translation>列表中有 %1 个数字；CPython 系列最多接受 %2 个，因为 procs.py 会在启动工作进程之前先填充任务队列，超过几千个时就会阻塞在自己的队列上</translation>
    </message>
    <message>
        <source>Celery, thread pool</source>
        <translation>Celery，线程池</translation>
    </message>
    <message>
        <source>Celery, prefork pool</source>
        <translation>Celery，prefork 进程池</translation>
    </message>
    <message>
        <source>celery takes pool=prefork or pool=threads (solo has no pool to sweep)</source>
        <translation>celery 接受 pool=prefork 或 pool=threads（solo 没有可扫描的池）</translation>
    </message>
</context>
<context>
    <name>conlab::SweepFile</name>
    <message>
        <source>a run names series %1, which the sweep does not have</source>
        <extracomment>%1 the series number the run gives (counted from 0)</extracomment>
        <translation>某次运行指定了系列 %1，但该扫描中没有这个系列</translation>
    </message>
    <message>
        <source>a run took %1 s, which is not a time</source>
        <extracomment>%1 the run&apos;s time in seconds, negative or not a number
----------
%1 a run&apos;s measured time</extracomment>
        <translation>某次运行耗时 %1 秒，这不是有效的时间</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <extracomment>%1 a file path</extracomment>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>could not create %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <extracomment>%1 a file path, %2 the reason</extracomment>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the file has no complete header line</source>
        <translation>文件中没有完整的头部行</translation>
    </message>
    <message>
        <source>could not write to %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason (disk full, ...)</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <extracomment>%1 the JSON parser&apos;s message, %2 a column number</extracomment>
        <translation>JSON 无效（第 %2 列：%1）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or malformed</source>
        <extracomment>%1 a field name in the file</extracomment>
        <translation>&quot;%1&quot; 缺失或格式错误</translation>
    </message>
    <message>
        <source>the header is too long for a sweep results file</source>
        <translation>对扫描结果文件来说，头部过长</translation>
    </message>
    <message>
        <source>not a sweep results file (no &quot;format&quot;:&quot;%1&quot;)</source>
        <extracomment>%1 the format name a results file must have</extracomment>
        <translation>不是扫描结果文件（缺少 &quot;format&quot;:&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>version %1 is newer than this app reads (%2)</source>
        <extracomment>%1 the version in the file, %2 the newest version this app reads</extracomment>
        <translation>版本 %1 比本程序能读取的版本（%2）更新</translation>
    </message>
    <message>
        <source>more than %1 numbers</source>
        <extracomment>%1 the most numbers a sweep may time</extracomment>
        <translation>超过 %1 个数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <extracomment>%1 the field name, %2 what is wrong and where</extracomment>
        <translation>&quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>numbers_hash &apos;%1&apos; does not match the numbers (%2)</source>
        <extracomment>%1 the hash in the file, %2 the hash of the numbers in the file</extracomment>
        <translation>numbers_hash “%1” 与这些数字不符（%2）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number, %2 what is wrong with that line</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: %2 more lines were skipped</source>
        <extracomment>%1 a line number, %2 how many more lines had problems</extracomment>
        <translation>第 %1 行：另有 %2 行被跳过</translation>
    </message>
    <message>
        <source>too long for a run</source>
        <translation>作为一次运行的记录过长</translation>
    </message>
    <message>
        <source>series &apos;%1&apos; is not in the header</source>
        <extracomment>%1 the series the line names</extracomment>
        <translation>系列“%1”不在头部中</translation>
    </message>
    <message>
        <source>&quot;workers&quot; must be a whole number from 1 to %1</source>
        <extracomment>%1 the largest worker count of the sweep</extracomment>
        <translation>&quot;workers&quot; 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be a whole number from 1 to %1</source>
        <extracomment>%1 how many runs per count the sweep has</extracomment>
        <translation>&quot;repeat&quot; 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>&quot;wall&quot; must be seconds from 0 to %1</source>
        <extracomment>%1 the longest run accepted, in seconds</extracomment>
        <translation>&quot;wall&quot; 必须是 0 到 %1 之间的秒数</translation>
    </message>
    <message>
        <source>&quot;finished&quot; must be an ISO 8601 date and time</source>
        <translation>&quot;finished&quot; 必须是 ISO 8601 格式的日期和时间</translation>
    </message>
    <message>
        <source>a second result for %1 with %2 workers, run %3; the first is kept</source>
        <extracomment>%1 a series spec, %2 a worker count, %3 a run number</extracomment>
        <translation>%1 在 %2 个工作者、第 %3 次运行下有第二个结果；保留第一个</translation>
    </message>
    <message>
        <source>line 1: the file is larger than %1 MiB</source>
        <extracomment>%1 the largest size read, in MiB</extracomment>
        <translation>第 1 行：文件大于 %1 MiB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the header is incomplete</source>
        <translation>头部不完整</translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <extracomment>%1 what is wrong with the header line</extracomment>
        <translation>第 1 行：%1</translation>
    </message>
    <message>
        <source>incomplete, the run in flight when the sweep stopped</source>
        <translation>不完整，是扫描停止时正在进行的那次运行</translation>
    </message>
    <message>
        <source>another sweep is writing it right now (in the window or a concurrency-lab sweep); let that one finish, or stop it, then resume</source>
        <translation>另一个扫描正在写入此文件（在窗口中，或在某个 concurrency-lab sweep 中）；请等它完成或将其停止，然后再继续</translation>
    </message>
    <message>
        <source>a sweep results file</source>
        <translation>扫描结果文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <extracomment>%1 a field name, %2 its largest value</extracomment>
        <translation>&quot;%1&quot; 必须是 0 到 %2 之间的整数</translation>
    </message>
</context>
<context>
    <name>conlab::SweepHistory</name>
    <message>
        <source>%1
%2</source>
        <extracomment>a past sweep in the list: %1 its date, %2 its series</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>runs done of a past sweep; %1 done, %2 in all</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>unfinished: it can be resumed</source>
        <translation>未完成：可以继续</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past sweeps&lt;/b&gt;</source>
        <extracomment>heading of the list of past sweeps</extracomment>
        <translation>&lt;b&gt;以往的扫描&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick one to see its chart; Ctrl+click a second to compare the two.</source>
        <translation>选择一项即可查看其图表；按住 Ctrl 再点击另一项可比较两者。</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>运行次数</translation>
    </message>
    <message numerus="yes">
        <source>%n lines skipped</source>
        <extracomment>under the runs of a past sweep; %n how many lines of its file were unreadable</extracomment>
        <translation>
            <numerusform>跳过了 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>under the runs of a past sweep that a sweep (here or in a terminal) is still running</extracomment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>a sweep is writing it right now (here or in a terminal)</source>
        <translation>某个扫描正在写入此文件（在这里或在终端中）</translation>
    </message>
</context>
<context>
    <name>conlab::SweepPage</name>
    <message>
        <source>Sweep: how many processes?</source>
        <translation>扫描：多少个进程合适？</translation>
    </message>
    <message>
        <source>The sweep cannot start: %1</source>
        <extracomment>%1 why the results file could not be made</extracomment>
        <translation>扫描无法开始：%1</translation>
    </message>
    <message>
        <source>Each finished run is saved at once in %1.</source>
        <extracomment>%1 the results file&apos;s name</extracomment>
        <translation>每次完成的运行都会立即保存到 %1。</translation>
    </message>
    <message>
        <source>The sweep stopped: %1 The runs done so far are kept in %2.</source>
        <extracomment>%1 what went wrong, %2 the results file&apos;s name</extracomment>
        <translation>扫描已停止：%1 目前已完成的运行保存在 %2 中。</translation>
    </message>
    <message>
        <source>%1, paused after the run in flight</source>
        <extracomment>%1 the progress (&quot;57 / 240 runs&quot;); the run in flight finishes first</extracomment>
        <translation>%1，当前运行结束后即暂停</translation>
    </message>
    <message>
        <source>Estimating the time…</source>
        <translation>正在估算时间…</translation>
    </message>
    <message>
        <source>Series:</source>
        <extracomment>label before the series checkboxes of the sweep</extracomment>
        <translation>系列：</translation>
    </message>
    <message>
        <source>Up to &amp;workers:</source>
        <translation>最多工作者数(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>重复次数(&amp;R)：</translation>
    </message>
    <message>
        <source>Runs at each worker count; the chart plots their median.</source>
        <translation>每个工作者数下运行的次数；图表绘制这些运行的中位数。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>the pause button, while paused</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Hide this offer. The file stays and the list still opens it.</source>
        <translation>隐藏此提示。文件会保留，列表中仍可打开它。</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the sweep on screen</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>图表（PNG）…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>图表（SVG）…</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>图表（PDF）…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>数据（CSV）…</translation>
    </message>
    <message>
        <source>Data as JSON…</source>
        <translation>数据（JSON）…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>label of the chart&apos;s unit: time or speedup</extracomment>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>median time</source>
        <translation>中位时间</translation>
    </message>
    <message>
        <source>speedup T(1) / T(N)</source>
        <translation>加速比 T(1) / T(N)</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <extracomment>label of the shaded spread of the runs</extracomment>
        <translation>波动范围(&amp;B)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>fastest to slowest run</source>
        <translation>最快到最慢的运行</translation>
    </message>
    <message>
        <source>quartiles</source>
        <translation>四分位数</translation>
    </message>
    <message>
        <source>ideal T(1) / N</source>
        <translation>理想 T(1) / N</translation>
    </message>
    <message>
        <source>the book&apos;s medians</source>
        <translation>书中的中位数</translation>
    </message>
    <message>
        <source>Figure 19-2&apos;s medians (6 cores), scaled so that their 1-worker time is this sweep&apos;s.</source>
        <translation>图 19-2 的中位数（6 核），经过缩放，使其 1 个工作者的时间与本次扫描相同。</translation>
    </message>
    <message>
        <source>This rebuilds Figure 19-2 of the chapter: procs.py run with 1 to 20 worker processes, each count repeated several times, and the median time for each count plotted against the count, with a dotted line at the lowest median.</source>
        <translation>这里重现本章的图 19-2：用 1 到 20 个工作进程运行 procs.py，每个数量重复多次，以进程数为横轴绘制每个数量的中位时间，并在最低中位数处画一条虚线。</translation>
    </message>
    <message>
        <source>In the book, on a machine with 6 cores, the time falls steeply from 1 to 6 processes (40.8 s to 10.4 s) and then stays flat or gets a little worse: once every core is busy, more processes only add start-up and switching costs. The lowest median sits at the core count.</source>
        <translation>书中在一台 6 核机器上，时间从 1 个进程到 6 个进程急剧下降（从 40.8 秒降到 10.4 秒），之后保持平稳或略有变差：所有核心都忙起来以后，更多的进程只会增加启动和切换的开销。最低的中位数正好出现在核心数处。</translation>
    </message>
    <message>
        <source>Press Start (F5) to measure it on this machine. Below are the book&apos;s own numbers, plotted the way the figure plots them.</source>
        <translation>按“开始”(F5) 即可在本机上测量。下面是书中自己的数据，按该图的方式绘制。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>pace: %1 · GIL switch every %2 ms (toolbar)</source>
        <extracomment>%1 the pace&apos;s name, %2 the GIL switch interval in ms</extracomment>
        <translation>速度：%1 · GIL 每 %2 毫秒切换一次（工具栏）</translation>
    </message>
    <message>
        <source> px</source>
        <extracomment>unit after the chart size fields</extracomment>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放比例：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the sweep chart</source>
        <translation>导出扫描图表</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export the sweep of %1 as JSON</source>
        <extracomment>%1 the sweep&apos;s date</extracomment>
        <translation>将 %1 的扫描导出为 JSON</translation>
    </message>
    <message>
        <source>Export the sweep of %1 as CSV</source>
        <extracomment>%1 the sweep&apos;s date</extracomment>
        <translation>将 %1 的扫描导出为 CSV</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be resumed: %2</source>
        <extracomment>%1 file path, %2 why it cannot be read or written</extracomment>
        <translation>无法继续 %1：%2</translation>
    </message>
    <message>
        <source>That sweep is complete already.</source>
        <translation>该扫描已经完成。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <extracomment>%1 file name, %2 why it cannot be used</extracomment>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Showing %1 from %2.</source>
        <extracomment>%1 the file&apos;s name, %2 its date</extracomment>
        <translation>正在显示 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n runs in %1, saved in %2.</source>
        <extracomment>%n runs, %1 a duration, %2 the results file&apos;s name</extracomment>
        <translation>
            <numerusform>扫描完成：用时 %1 完成 %n 次运行，已保存到 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n runs. %2 keeps them; Resume carries on from there.</source>
        <extracomment>%1 runs done, %n runs in all, %2 the results file&apos;s name</extracomment>
        <translation>
            <numerusform>在 %n 次运行中完成 %1 次后停止。结果保存在 %2 中；“继续”会从这里接着运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs, about %1</source>
        <extracomment>%n runs in all, %1 a rough duration</extracomment>
        <translation>
            <numerusform>%n 次运行，约 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An unfinished sweep from %1 (%2 of %n runs).</source>
        <extracomment>%1 the sweep&apos;s date, %2 runs done, %n runs in all</extracomment>
        <translation>
            <numerusform>%1 的一次扫描尚未完成（已完成 %2 / %n 次运行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %2 with %1 workers lost a worker (it crashed or stopped answering): its time includes the recovery, so it is drawn hollow and left out of the medians.</source>
        <extracomment>%1 a worker count, %2 a run number</extracomment>
        <translation>第 %2 次运行（%1 个工作者）丢失了一个工作进程（它崩溃了或停止了应答）：其时间包含恢复过程，因此画成空心，并且不计入中位数。</translation>
    </message>
    <message>
        <source>Making the results file…</source>
        <translation>正在创建结果文件…</translation>
    </message>
    <message>
        <source>Stopped before the first run.</source>
        <translation>在第一次运行之前已停止。</translation>
    </message>
    <message>
        <source>The book&apos;s procs.py run by real CPython at each worker count, taking turns with the other series. The interpreter is chosen under Run &gt; CPython Interpreter; the chart names its version.</source>
        <translation>书中的 procs.py 由真正的 CPython 在每个工作进程数下运行，与其他系列轮流进行。解释器在“运行 &gt; CPython 解释器”中选择；图表会注明其版本。</translation>
    </message>
</context>
<context>
    <name>conlab::SweepPython</name>
    <message>
        <source>this sweep&apos;s CPython series ran in CPython %1, but the interpreter found now is %2; choose a CPython %1 (the settings, or --python), or start a new sweep</source>
        <extracomment>%1 the version the sweep ran in, %2 the interpreter found now</extracomment>
        <translation>本次扫描的 CPython 系列是在 CPython %1 中运行的，但现在找到的解释器是 %2；请选择 CPython %1（在设置中，或用 --python），或开始新的扫描</translation>
    </message>
</context>
<context>
    <name>conlab::SweepRunner</name>
    <message>
        <source>no results file is open for this sweep</source>
        <translation>此扫描没有打开的结果文件</translation>
    </message>
    <message>
        <source>%1 with %2 workers, run %3: %4</source>
        <extracomment>%1 a series such as &quot;threads, GIL on&quot;, %2 a worker count, %3 a run number, %4 why it failed</extracomment>
        <translation>%1，%2 个工作者，第 %3 次运行：%4</translation>
    </message>
    <message>
        <source>this sweep has a Celery series, and no Celery engine was given to run it</source>
        <translation>此扫描含有 Celery 系列，但没有提供运行它的 Celery 引擎</translation>
    </message>
</context>
<context>
    <name>conlab::SweepText</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a time in milliseconds, %1 the number</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time in seconds, %1 the number</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>under 1 s</source>
        <translation>不到 1 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <extracomment>a duration, %1 seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration, %1 minutes, %2 seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration, %1 hours, %2 minutes (two digits)</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>a speedup factor, %1 the number (&quot;1.9×&quot;)</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>lowest median %1 at %2</source>
        <extracomment>the dotted line on the sweep chart; %1 a time (&quot;0.47 s&quot;), %2 a worker count (&quot;2 workers&quot;)</extracomment>
        <translation>最低中位数 %1（%2）</translation>
    </message>
    <message>
        <source>best speedup %1 at %2</source>
        <extracomment>the dotted line in speedup mode; %1 a factor (&quot;1.9×&quot;), %2 a worker count (&quot;2 workers&quot;)</extracomment>
        <translation>最佳加速比 %1（%2）</translation>
    </message>
    <message>
        <source>%1, ETA %2</source>
        <extracomment>%1 the runs done (&quot;57 / 240 runs&quot;), %2 the estimated time left</extracomment>
        <translation>%1，预计还需 %2</translation>
    </message>
    <message numerus="yes">
        <source>the book&apos;s %n numbers</source>
        <extracomment>the sweep chart&apos;s title: which numbers were checked</extracomment>
        <translation>
            <numerusform>书中的 %n 个数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <extracomment>the sweep chart&apos;s title: how many numbers were checked</extracomment>
        <translation>
            <numerusform>%n 个数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs per count</source>
        <extracomment>the sweep chart&apos;s title: how often each worker count ran</extracomment>
        <translation>
            <numerusform>每个数量运行 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pace</source>
        <extracomment>the sweep chart&apos;s title; %1 the pace&apos;s name (&quot;native&quot;, &quot;cpython&quot;, &quot;book&quot;, &quot;4x&quot;)</extracomment>
        <translation>%1 节奏</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>the sweep chart&apos;s title: the machine; %1 its host name, %2 its cores (&quot;2 cores&quot;)</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n workers</source>
        <extracomment>a worker count, as on the sweep chart</extracomment>
        <translation>
            <numerusform>%n 个工作者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <extracomment>the machine&apos;s core count</extracomment>
        <translation>
            <numerusform>%n 核</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM HH:mm:ss</source>
        <extracomment>how a legend tells two compared sweeps apart: day, month, hour:minute (Qt date format)</extracomment>
        <translation>M月d日 HH:mm:ss</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n runs</source>
        <extracomment>sweep progress; %1 runs done, %n runs in all</extracomment>
        <translation>
            <numerusform>%1 / %n 次运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::TallyBars</name>
    <message>
        <source>%1 · %2%</source>
        <extracomment>The room&apos;s tally beside a bar: %1 votes, %2 per cent of the voters</extracomment>
        <translation>%1 · %2%</translation>
    </message>
</context>
<context>
    <name>conlab::TaskLanesView</name>
    <message>
        <source>One lane per worker process (host:pid) appears here as tasks start.</source>
        <translation>任务开始后，这里会为每个工作进程（host:pid）显示一条泳道。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>the end of the time axis, in seconds since the run began</extracomment>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueueControls</name>
    <message>
        <source>Type the broker&apos;s URL, as redis://:password@host:6379/0</source>
        <translation>请输入 broker 的 URL，例如 redis://:密码@host:6379/0</translation>
    </message>
    <message>
        <source>Broker URL: %1</source>
        <extracomment>%1 says what is wrong with the broker URL the user typed</extracomment>
        <translation>Broker URL：%1</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>池：</translation>
    </message>
    <message>
        <source>prefork: processes; threads: threads under the GIL; solo: one task at a time</source>
        <translation>prefork：进程；threads：受 GIL 约束的线程；solo：一次一个任务</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>并发数：</translation>
    </message>
    <message>
        <source>Pool processes or threads per worker node</source>
        <translation>每个工作节点的池进程或线程数</translation>
    </message>
    <message>
        <source>Local nodes:</source>
        <translation>本地节点：</translation>
    </message>
    <message>
        <source>Celery worker nodes started on this machine; 0 uses only workers already attached</source>
        <translation>在本机启动的 Celery 工作节点；0 表示只使用已连接的 worker</translation>
    </message>
    <message>
        <source>Late acks</source>
        <translation>延迟确认</translation>
    </message>
    <message>
        <source>Acknowledge a task after it is done, so a killed worker&apos;s task goes to another</source>
        <translation>任务完成后才确认，这样被杀死的 worker 的任务会交给另一个 worker</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>Broker：</translation>
    </message>
    <message>
        <source>This app&apos;s Redis</source>
        <translation>本应用的 Redis</translation>
    </message>
    <message>
        <source>Redis at a URL</source>
        <translation>指定 URL 的 Redis</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>数字：</translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueuePage</name>
    <message>
        <source>Task queues: Celery on Redis</source>
        <translation>任务队列：基于 Redis 的 Celery</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <extracomment>%1 says what is wrong with the broker URL</extracomment>
        <translation>无法运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>Checking the broker at %1 and starting %n worker node(s)…</source>
        <extracomment>%1 is the broker&apos;s URL with its password hidden; %n local worker nodes</extracomment>
        <translation>
            <numerusform>正在检查 %1 上的 broker 并启动 %n 个工作节点…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting redis-server and %n worker node(s)…</source>
        <translation>
            <numerusform>正在启动 redis-server 和 %n 个工作节点…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · broker %2</source>
        <extracomment>what runs the tasks: %1 the interpreter with Celery, %2 the broker&apos;s URL (password hidden)</extracomment>
        <translation>%1 · broker %2</translation>
    </message>
    <message>
        <source>Malformed result for %1, asked again: %2</source>
        <extracomment>%1 is the number, %2 what was wrong with its result</extracomment>
        <translation>%1 的结果格式错误，已重新请求：%2</translation>
    </message>
    <message>
        <source>Lost: %1 (%2)</source>
        <extracomment>%1 is the number, %2 why it was lost</extracomment>
        <translation>丢失：%1（%2）</translation>
    </message>
    <message>
        <source>Redelivered: %1, its first worker died</source>
        <extracomment>%1 is the number whose worker died; the broker gave it to another</extracomment>
        <translation>重新投递：%1，它的第一个 worker 已死亡</translation>
    </message>
    <message>
        <source>Killed pool process %1: its task %2 went back to the queue and another worker took it (late acks).</source>
        <extracomment>%1 is a pid, %2 the number it was checking</extracomment>
        <translation>已杀死池进程 %1：它的任务 %2 回到了队列，并由另一个 worker 接手（延迟确认）。</translation>
    </message>
    <message>
        <source>Killed pool process %1: its task %2 is lost (no late acks).</source>
        <extracomment>%1 is a pid, %2 the number it was checking</extracomment>
        <translation>已杀死池进程 %1：它的任务 %2 丢失了（没有延迟确认）。</translation>
    </message>
    <message>
        <source>No pool process to kill: only a prefork node on this machine has them.</source>
        <translation>没有可杀死的池进程：只有本机上的 prefork 节点才有池进程。</translation>
    </message>
    <message>
        <source>Killed pool process %1 in the middle of %2. Watch the incidents: redelivered, or lost.</source>
        <extracomment>%1 is a pid, %2 the number it was checking</extracomment>
        <translation>在处理 %2 的过程中杀死了池进程 %1。请看事件列表：重新投递，还是丢失。</translation>
    </message>
    <message>
        <source>Killed pool process %1 (it was idle). Celery starts another.</source>
        <extracomment>%1 is a pid</extracomment>
        <translation>已杀死池进程 %1（它处于空闲）。Celery 会再启动一个。</translation>
    </message>
    <message>
        <source>The run ended without an outcome.</source>
        <translation>运行结束，但没有结果。</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <extracomment>%1 says why the broker or the worker nodes could not start</extracomment>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>No result for: %1.</source>
        <extracomment>%1 lists the numbers that got no result</extracomment>
        <translation>以下数字没有结果：%1。</translation>
    </message>
    <message>
        <source>Stopped: the tasks not yet started were taken back off the queue.</source>
        <translation>已停止：尚未开始的任务已从队列中撤回。</translation>
    </message>
    <message>
        <source>Done, but these tasks were lost: %1.</source>
        <extracomment>%1 lists the numbers whose tasks were lost</extracomment>
        <translation>已完成，但这些任务丢失了：%1。</translation>
    </message>
    <message>
        <source>Done: every number came back from the workers.</source>
        <translation>已完成：所有数字都已从 worker 返回。</translation>
    </message>
    <message>
        <source>Kill a pool process</source>
        <translation>杀死一个池进程</translation>
    </message>
    <message>
        <source>SIGKILL one process of a local prefork node, one that is running a task if any (T4)</source>
        <translation>向本地 prefork 节点的一个进程发送 SIGKILL，优先选择正在执行任务的进程（T4）</translation>
    </message>
    <message>
        <source>Open to the room</source>
        <translation>向教室开放</translation>
    </message>
    <message>
        <source>Let workers on other machines in the room join this broker over the LAN</source>
        <translation>让教室里其他机器上的 worker 通过局域网加入此 broker</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Could not open to the room: %1</source>
        <extracomment>%1 says why the broker or the worker nodes could not start
----------
%1 says why the broker could not listen on the LAN</extracomment>
        <translation>无法向教室开放：%1</translation>
    </message>
    <message>
        <source>The room opens as soon as the broker is up.</source>
        <translation>broker 一启动，教室就会开放。</translation>
    </message>
    <message numerus="yes">
        <source>Starting redis-server and %n worker node(s) for the room…</source>
        <translation>
            <numerusform>正在为教室启动 redis-server 和 %n 个工作节点…</numerusform>
        </translation>
    </message>
    <message>
        <source>this machine has no IPv4 address on a network that is up</source>
        <translation>本机在已启用的网络上没有 IPv4 地址</translation>
    </message>
    <message>
        <source>only the app&apos;s own Redis can be opened to the room</source>
        <translation>只有本应用自己的 Redis 才能向教室开放</translation>
    </message>
    <message>
        <source>Done. Now timing the same numbers sequentially in CPython (primes_sequential.py), for the speedup…</source>
        <extracomment>the speedup needs a sequential run of the same numbers in real CPython</extracomment>
        <translation>完成。现在在 CPython 中按顺序为相同的数字计时（primes_sequential.py），以计算加速比…</translation>
    </message>
    <message>
        <source>Done; the sequential CPython run for the speedup did not finish: %1</source>
        <extracomment>%1 why the sequential CPython run could not time the numbers</extracomment>
        <translation>完成；用于加速比的顺序 CPython 运行未完成：%1</translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueueRun</name>
    <message>
        <source>the broker did not confirm the subscription to results</source>
        <translation>代理没有确认对结果的订阅</translation>
    </message>
    <message>
        <source>its worker %1 was lost; the broker gave the task to another</source>
        <extracomment>%1 host:pid of the worker process that died</extracomment>
        <translation>它的工作者 %1 丢失了；代理把任务交给了另一个</translation>
    </message>
    <message numerus="yes">
        <source>malformed %n time(s); not asked again</source>
        <extracomment>%1 how many times the number was asked</extracomment>
        <translation>
            <numerusform>格式错误 %n 次；不再重新请求</numerusform>
        </translation>
    </message>
    <message>
        <source>no result for every number within %1 s</source>
        <translation>未在 %1 秒内得到所有数字的结果</translation>
    </message>
    <message>
        <source>%1
%2 number(s) left without a result: %3</source>
        <extracomment>%1 what went wrong with the broker, %2 how many numbers, %3 the numbers</extracomment>
        <translation>%1
%2 个数字没有结果：%3</translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueueTotals</name>
    <message>
        <source>Press Run: the numbers go to Redis as Celery tasks, and the workers send back the results.</source>
        <translation>按“运行”：这些数字会作为 Celery 任务发送到 Redis，worker 会把结果送回来。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tasks done · %3 s · %n lane(s)</source>
        <extracomment>%1 of %2 results in, %3 seconds so far, %4 worker processes seen</extracomment>
        <translation>
            <numerusform>已完成 %1/%2 个任务 · %3 秒 · %n 条泳道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tasks in %2 s on %n lane(s)</source>
        <extracomment>%1 tasks done in %2 seconds; %n lanes (worker processes)</extracomment>
        <translation>
            <numerusform>%1 个任务，用时 %2 秒，共 %n 条泳道</numerusform>
        </translation>
    </message>
    <message>
        <source>overhead %1 ms per task</source>
        <extracomment>the broker&apos;s overhead per task, in milliseconds</extracomment>
        <translation>每个任务开销 %1 毫秒</translation>
    </message>
    <message>
        <source>speedup %1× against the sum of task times (a sequential estimate)</source>
        <extracomment>%1 is the speedup, e.g. 1.9; the sum of the workers&apos; task times stands for a sequential run</extracomment>
        <translation>相对于任务时间之和（顺序执行的估计）加速 %1 倍</translation>
    </message>
    <message>
        <source>speedup %1× against sequential CPython (%2 s)</source>
        <extracomment>%1 is the speedup, e.g. 1.9; %2 the seconds sequential.py took in CPython on the same numbers</extracomment>
        <translation>相对顺序 CPython 加速 %1×（%2 秒）</translation>
    </message>
</context>
<context>
    <name>conlab::TaskResult</name>
    <message>
        <source>the result is %1 bytes, more than a result can be</source>
        <translation>结果有 %1 字节，超出结果可能的大小</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>a STARTED state without its host and pid</source>
        <translation>STARTED 状态缺少主机和 pid</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>没有 status</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>未知的 status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;result&quot; is not an object</source>
        <translation>&quot;result&quot; 不是对象</translation>
    </message>
    <message>
        <source>&quot;n&quot; is missing or not a number</source>
        <translation>&quot;n&quot; 缺失或不是数字</translation>
    </message>
    <message>
        <source>&quot;n&quot; is %1, not a whole number from 0 to 2^64-1</source>
        <translation>&quot;n&quot; 是 %1，不是 0 到 2^64-1 的整数</translation>
    </message>
    <message>
        <source>&quot;n&quot; is %1, but this task asked about %2</source>
        <translation>&quot;n&quot; 是 %1，但此任务询问的是 %2</translation>
    </message>
    <message>
        <source>&quot;prime&quot; is not true or false</source>
        <translation>&quot;prime&quot; 不是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation>&quot;%1&quot; 缺失或不是数字</translation>
    </message>
    <message>
        <source>&quot;elapsed&quot; is %1 s</source>
        <translation>&quot;elapsed&quot; 为 %1 秒</translation>
    </message>
    <message>
        <source>the times run from %1 to %2</source>
        <translation>时间从 %1 到 %2</translation>
    </message>
    <message>
        <source>&quot;host&quot; is not a host name</source>
        <translation>&quot;host&quot; 不是主机名</translation>
    </message>
    <message>
        <source>&quot;pid&quot; is not a process id</source>
        <translation>&quot;pid&quot; 不是进程号</translation>
    </message>
</context>
<context>
    <name>conlab::TaskResultsModel</name>
    <message>
        <source>n</source>
        <extracomment>column header: the number checked</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>P</source>
        <extracomment>column header: P when the number is prime, as the book prints it</extracomment>
        <translation>P</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>column header: the machine the Celery worker ran on</extracomment>
        <translation>主机</translation>
    </message>
    <message>
        <source>pid</source>
        <extracomment>column header: the worker&apos;s process id</extracomment>
        <translation>pid</translation>
    </message>
</context>
<context>
    <name>conlab::TimelineView</name>
    <message>
        <source>main</source>
        <translation>主</translation>
    </message>
    <message>
        <source>queue depth</source>
        <translation>队列深度</translation>
    </message>
    <message>
        <source>prime</source>
        <translation>素数</translation>
    </message>
    <message>
        <source>not prime</source>
        <translation>非素数</translation>
    </message>
    <message>
        <source>GIL held</source>
        <translation>持有 GIL</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 a time on the timeline&apos;s axis, in seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>worker crashed</source>
        <translation>工作进程崩溃</translation>
    </message>
    <message>
        <source>Worker %1 (pid %2) crashed at %3 s</source>
        <extracomment>%1 worker number, %2 its process id, %3 seconds since the run started</extracomment>
        <translation>工作进程 %1（pid %2）在 %3 秒时崩溃</translation>
    </message>
    <message>
        <source>It had no number in flight: nothing was lost.</source>
        <translation>它当时没有正在处理的数字：没有丢失任何结果。</translation>
    </message>
    <message>
        <source>%1 goes to a fresh worker (try %2 of %3).</source>
        <extracomment>%1 the number, %2 this try, %3 the most tries</extracomment>
        <translation>%1 交给一个新的工作进程（第 %2 次尝试，共 %3 次）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has cost %n workers in a row: the run stops.</source>
        <extracomment>%1 the number, %n how many workers it cost</extracomment>
        <translation>
            <numerusform>%1 已连续导致 %n 个工作进程崩溃：运行停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline: one lane per worker, one bar per number checked</source>
        <extracomment>The primes timeline&apos;s name for a screen reader</extracomment>
        <translation>时间线：每个工作者一条泳道，每检查一个数字画一个色块</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <extracomment>Screen reader: how many lanes (workers) the timeline has</extracomment>
        <translation>
            <numerusform>%n 个工作者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 job(s) done</source>
        <extracomment>Screen reader: numbers checked so far; %1 how many the run was given</extracomment>
        <translation>
            <numerusform>已完成 %1 个任务中的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) done</source>
        <extracomment>Screen reader: numbers checked so far</extracomment>
        <translation>
            <numerusform>已完成 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>busiest worker %1: %n job(s), %2 s</source>
        <extracomment>Screen reader: the worker that spent the most time checking; %1 its name, %2 seconds it spent, %n the numbers it checked</extracomment>
        <translation>
            <numerusform>最忙的工作者 %1：%n 个任务，%2 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) never reported</source>
        <extracomment>Screen reader: results the racy report loop lost</extracomment>
        <translation>
            <numerusform>%n 个结果从未报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GIL hold(s)</source>
        <extracomment>Screen reader: how many times a thread took the GIL</extracomment>
        <translation>
            <numerusform>持有 GIL %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker crash(es)</source>
        <extracomment>Screen reader: worker processes that died during the run</extracomment>
        <translation>
            <numerusform>工作进程崩溃 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>Screen reader: the run still goes</extracomment>
        <translation>运行中</translation>
    </message>
</context>
<context>
    <name>conlab::VerdictBanner</name>
    <message>
        <source>(no guess was made)</source>
        <translation>（没有做出预测）</translation>
    </message>
    <message>
        <source>(your guess, %1, cannot be checked)</source>
        <extracomment>%1 the guess the room made, e.g. &quot;Stutters&quot;</extracomment>
        <translation>（无法核对你们的预测：%1）</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ 猜对了</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ 猜错了</translation>
    </message>
    <message>
        <source>you guessed “%1”</source>
        <extracomment>after the right/wrong mark; %1 the guess the room made, e.g. &quot;Stutters&quot;</extracomment>
        <translation>你们的预测是“%1”</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The verdict banner&apos;s name for a screen reader, before a run ends</extracomment>
        <translation>结论</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <extracomment>The verdict banner&apos;s name for a screen reader; %1 the verdict, e.g. &quot;Never appeared&quot;</extracomment>
        <translation>结论：%1</translation>
    </message>
</context>
<context>
    <name>conlab::ViewExporter</name>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放比例：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <extracomment>%1 the file path</extracomment>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
</context>
<context>
    <name>conlab::WorkerChannel</name>
    <message>
        <source>cannot start the worker process %1: %2</source>
        <extracomment>%1 path of the worker executable, %2 the system&apos;s reason</extracomment>
        <translation>无法启动工作进程 %1：%2</translation>
    </message>
    <message>
        <source> while checking %1</source>
        <extracomment>%1 the number the worker was checking</extracomment>
        <translation>（检查 %1 时）</translation>
    </message>
    <message>
        <source>; it said: %1</source>
        <extracomment>%1 what the worker printed on stderr</extracomment>
        <translation>；它的输出：%1</translation>
    </message>
    <message>
        <source>worker %1 (pid %2) %3</source>
        <extracomment>%1 worker number, %2 its pid, %3 how it ended</extracomment>
        <translation>工作进程 %1（pid %2）%3</translation>
    </message>
    <message>
        <source>worker %1 sent malformed output (%2)</source>
        <extracomment>%1 worker number, %2 what was wrong with its output</extracomment>
        <translation>工作进程 %1 发送了格式错误的输出（%2）</translation>
    </message>
    <message>
        <source>worker %1 (pid %2) gave no answer within %3 s</source>
        <extracomment>%1 worker number, %2 its pid, %3 the watchdog&apos;s limit in seconds</extracomment>
        <translation>工作进程 %1（pid %2）在 %3 秒内没有应答</translation>
    </message>
    <message>
        <source>gave up on %1: its worker failed %2 times in a row; the last time, %3</source>
        <extracomment>%1 the number, %2 how many worker processes it cost, %3 how the last one ended</extracomment>
        <translation>放弃了 %1：处理它的工作进程连续失败 %2 次；最后一次：%3</translation>
    </message>
    <message>
        <source>worker %1 answered out of turn</source>
        <extracomment>%1 worker number</extracomment>
        <translation>工作进程 %1 的应答不合时序</translation>
    </message>
    <message>
        <source>the spinner&apos;s process (pid %1) drew no frame for %2 s: it is stopped or hung, and was killed</source>
        <extracomment>%1 the child&apos;s pid, %2 the watchdog&apos;s limit in seconds</extracomment>
        <translation>旋转指示器的进程（pid %1）在 %2 秒内没有绘制任何一帧：它已停止或挂起，已被终止</translation>
    </message>
</context>
<context>
    <name>conlab::WorkerNode</name>
    <message>
        <source>worker node %1 did not start: %2</source>
        <translation>工作节点 %1 未能启动：%2</translation>
    </message>
</context>
<context>
    <name>conlab::cli::CeleryPrimes</name>
    <message>
        <source>celery: each node&apos;s pool, prefork (processes, the default), threads or solo.</source>
        <translation>celery：每个节点的池，prefork（进程，默认）、threads 或 solo。</translation>
    </message>
    <message>
        <source>celery: local worker nodes to start, 0 to 16 (default 1; 0 uses only workers already on the broker).</source>
        <translation>celery：要启动的本地工作节点，0 到 16（默认 1；0 只使用已连接到代理的工作者）。</translation>
    </message>
    <message>
        <source>celery: an existing Redis, redis://[:PASSWORD@]HOST:PORT/DB (default: the app starts its own on 127.0.0.1).</source>
        <translation>celery：已有的 Redis，redis://[:密码@]主机:端口/库（默认：应用在 127.0.0.1 上启动自己的）。</translation>
    </message>
    <message>
        <source>celery: on (the default) acknowledges a task after it ran, so a killed worker&apos;s task comes back; off acknowledges it when it starts.</source>
        <translation>celery：on（默认）在任务运行后确认，因此被杀死的工作者的任务会回来；off 在任务开始时确认。</translation>
    </message>
    <message>
        <source>--%1 applies to --model celery only</source>
        <extracomment>%1 the option&apos;s name</extracomment>
        <translation>--%1 只适用于 --model celery</translation>
    </message>
    <message>
        <source>--%1 does not apply to --model celery: the workers are real CPython processes</source>
        <translation>--%1 不适用于 --model celery：工作者是真实的 CPython 进程</translation>
    </message>
    <message>
        <source>--nodes 0 needs --broker: the app&apos;s own broker has no other workers</source>
        <translation>--nodes 0 需要 --broker：应用自己的代理没有其他工作者</translation>
    </message>
    <message>
        <source>cancelled before any task was sent</source>
        <translation>在发送任何任务之前已取消</translation>
    </message>
    <message>
        <source>cancelled; %1 of %2 numbers checked; the rest were taken off the queue</source>
        <translation>已取消；已检查 %2 个数字中的 %1 个；其余已从队列中撤回</translation>
    </message>
    <message>
        <source>lost %1 task(s), never checked: %2</source>
        <extracomment>%1 how many, %2 the numbers</extracomment>
        <translation>丢失了 %1 个任务，从未检查：%2</translation>
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
        <translation>在真正的 CPython 和模拟中轮流运行每一课，并将两者并排输出：S1 到 S8（S6 还会以
300 毫秒的切换间隔运行）、S8/S7、P1 顺序执行、P2 processes 2、P3 threads 2
（GIL 开启）和 P5（存在竞态的报告循环）。每行显示两个中位数，以及它们是否在该行
的范围内一致：时间相差在 10% 以内、每秒帧数相差在 1 以内、都没有任何帧、相同的
时转时停、相同的最常见竞态结果。这是基准测试：它只报告，不会因某行不同而失败。
使用书中的示例数字，一轮约需 2 分钟。</translation>
    </message>
    <message>
        <source>Runs of each row in each engine, 1 to 50 (default 3).</source>
        <translation>每个引擎中每行的运行次数，1 到 50（默认 3）。</translation>
    </message>
    <message>
        <source>The numbers P1 to P3 check (default the book&apos;s 20).</source>
        <translation>P1 到 P3 检查的数字（默认为书中的 20 个）。</translation>
    </message>
    <message>
        <source>Read P1 to P3&apos;s numbers from FILE.</source>
        <translation>从 FILE 读取 P1 到 P3 的数字。</translation>
    </message>
    <message>
        <source>The CPython interpreter to run (default python3 on PATH).</source>
        <translation>要运行的 CPython 解释器（默认为 PATH 中的 python3）。</translation>
    </message>
    <message>
        <source>Print the table as JSON instead of text.</source>
        <translation>以 JSON 而非文本输出表格。</translation>
    </message>
    <message numerus="yes">
        <source>%1 against the emulation, %n round(s)</source>
        <extracomment>%1 the interpreter (&quot;CPython 3.11.2 (/usr/bin/python3)&quot;), %n the rounds</extracomment>
        <translation>
            <numerusform>%1 对比模拟，%n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>conlab::cli::FidelityTable</name>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>a fidelity cell: frames per second</extracomment>
        <translation>%1 帧/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>gap %1 ms</source>
        <extracomment>a fidelity cell: the longest frozen glyph</extracomment>
        <translation>间隔 %1 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%1 against the emulation, medians of %n round(s)</source>
        <extracomment>the fidelity table&apos;s title: %1 the interpreter (&quot;CPython 3.11.2 (/usr/bin/python3)&quot;), %n the rounds</extracomment>
        <translation>
            <numerusform>%1 对比模拟，%n 轮的中位数</numerusform>
        </translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>emulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <extracomment>%1 why the run failed</extracomment>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>[%1/%2] %3 in %4: %5</source>
        <extracomment>a progress line: %1 run number, %2 all runs, %3 the row, %4 the engine, %5 what it measured</extracomment>
        <translation>[%1/%2] %3（%4）：%5</translation>
    </message>
    <message>
        <source>the emulation</source>
        <translation>模拟</translation>
    </message>
</context>
<context>
    <name>conlab::cli::InterruptGuard</name>
    <message>
        <source>concurrency-lab %1: interrupted before anything ran</source>
        <extracomment>%1 the command, e.g. sweep</extracomment>
        <translation>concurrency-lab %1：在任何内容运行之前就被中断了</translation>
    </message>
</context>
<context>
    <name>conlab::cli::JoinCommand</name>
    <message>
        <source>Runs a Celery worker node for another machine&apos;s task-queue session: the URL is the one
its page shows under &quot;Open to the room&quot;.</source>
        <translation>为另一台机器的任务队列会话运行一个 Celery 工作节点：URL 就是
它的页面在“向教室开放”下显示的那个。</translation>
    </message>
    <message>
        <source>redis://worker:PASSWORD@HOST:PORT/0</source>
        <translation>redis://worker:密码@主机:端口/0</translation>
    </message>
    <message>
        <source>prefork (the default), threads or solo.</source>
        <translation>prefork（默认）、threads 或 solo。</translation>
    </message>
    <message>
        <source>Pool size, 1 to 64 (default: the CPU count).</source>
        <translation>池大小，1 到 64（默认：CPU 数）。</translation>
    </message>
    <message>
        <source>The node&apos;s name before @host (default: room).</source>
        <translation>节点在 @主机 之前的名字（默认：room）。</translation>
    </message>
    <message>
        <source>give the session&apos;s broker URL, as its page shows it: concurrency-lab join redis://worker:PASSWORD@HOST:PORT/0</source>
        <translation>请给出会话的代理 URL，如其页面所示：concurrency-lab join redis://worker:密码@主机:端口/0</translation>
    </message>
    <message>
        <source>--name: one word without @, not &quot;%1&quot;</source>
        <translation>--name：一个不含 @ 的词，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>joined %1 as node %2@this machine (%3 pool of %4); Ctrl+C leaves</source>
        <extracomment>%1 the node&apos;s name, %2 the broker (password hidden), %3 pool, %4 size</extracomment>
        <translation>已作为节点 %2@本机 加入 %1（%3 池，大小 %4）；按 Ctrl+C 离开</translation>
    </message>
    <message>
        <source>concurrency-lab join: the session&apos;s broker has been gone for 10 s (%1); leaving</source>
        <translation>concurrency-lab join：会话的代理已消失 10 秒（%1）；离开</translation>
    </message>
    <message>
        <source>left the session</source>
        <translation>已离开会话</translation>
    </message>
</context>
<context>
    <name>conlab::cli::Options</name>
    <message>
        <source>--%1 and --%2 cannot be used together</source>
        <extracomment>%1 and %2 option names</extracomment>
        <translation>--%1 和 --%2 不能同时使用</translation>
    </message>
    <message>
        <source>number %1 at %2</source>
        <extracomment>%1 the position of the bad number in the list, %2 the detailed message</extracomment>
        <translation>%2 处的数字 %1</translation>
    </message>
    <message>
        <source>this command takes only options (see --help)</source>
        <translation>此命令只接受选项（参见 --help）</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <extracomment>%1 the option the user typed, quoted</extracomment>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>unexpected argument %1; %2</source>
        <extracomment>%1 the unexpected word on the command line (quoted), %2 a hint on what to do instead</extracomment>
        <translation>意外的参数 %1；%2</translation>
    </message>
    <message>
        <source>--%1: %2 is not a whole number from %3 to %4</source>
        <extracomment>%1 option name, %2 the value given (quoted), %3 and %4 the valid range</extracomment>
        <translation>--%1：%2 不是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>--%1: unknown value %2; choose one of %3</source>
        <extracomment>%1 option name, %2 the value given (quoted), %3 the valid values</extracomment>
        <translation>--%1：未知值 %2；请从 %3 中选择一个</translation>
    </message>
    <message>
        <source>--%1: %2 is outside %3 to %4 %5</source>
        <extracomment>%1 option name, %2 value given (quoted), %3 and %4 the range, %5 the unit</extracomment>
        <translation>--%1：%2 超出了 %3 到 %4 %5 的范围</translation>
    </message>
    <message>
        <source>reading numbers from the FIFO %1 (Ctrl+C to stop)…</source>
        <extracomment>%1 the FIFO&apos;s path, quoted</extracomment>
        <translation>正在从 FIFO %1 读取数字（按 Ctrl+C 停止）…</translation>
    </message>
    <message>
        <source>emulated (default): the app&apos;s C++ rebuild; cpython: run the matching listing in real CPython (python3 -u, from a temporary folder), reported the same way.</source>
        <translation>emulated（默认）：本应用用 C++ 重建的版本；cpython：在真正的 CPython 中运行对应的代码清单（python3 -u，在临时文件夹中运行），并以相同方式报告。</translation>
    </message>
    <message>
        <source>With --engine cpython: the interpreter to run (default: python3 on PATH; --gil off looks for python3.13t or python3.14t).</source>
        <translation>配合 --engine cpython：要运行的解释器（默认：PATH 中的 python3；--gil off 时查找 python3.13t 或 python3.14t）。</translation>
    </message>
    <message>
        <source>With --engine cpython: seconds the listing may run before it counts as not finished and is killed (default: several times CPython&apos;s time).</source>
        <translation>配合 --engine cpython：代码清单最多可运行的秒数，超过即视为未完成并被终止（默认：CPython 耗时的数倍）。</translation>
    </message>
    <message>
        <source>--%1 applies to --engine cpython only</source>
        <extracomment>%1 an option name</extracomment>
        <translation>--%1 仅适用于 --engine cpython</translation>
    </message>
    <message>
        <source>--%1 does not apply to --engine cpython: the listing runs as written, at CPython&apos;s own speed</source>
        <extracomment>%1 an option name</extracomment>
        <translation>--%1 不适用于 --engine cpython：代码清单按原样运行，速度就是 CPython 自身的速度</translation>
    </message>
</context>
<context>
    <name>conlab::cli::OutputPath</name>
    <message>
        <source>--%1: cannot write %2: %3</source>
        <extracomment>%1 option name, %2 the path given (quoted), %3 why it cannot be written</extracomment>
        <translation>--%1：无法写入 %2：%3</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file %3</source>
        <extracomment>%1 and %2 option names, %3 the path both name (quoted)</extracomment>
        <translation>--%1 和 --%2 指向同一个文件 %3</translation>
    </message>
    <message>
        <source>--%1 and --%2 would both write to standard output (-); send one of them to a file</source>
        <extracomment>%1 and %2 option names; &quot;-&quot; is what the user typed for standard output</extracomment>
        <translation>--%1 和 --%2 都会写入标准输出 (-)；请把其中一个写入文件</translation>
    </message>
    <message>
        <source>--%1 -: standard output is a terminal; redirect it (&gt; chart.%1) or pipe it</source>
        <extracomment>%1 option name such as png</extracomment>
        <translation>--%1 -：标准输出是终端；请重定向 (&gt; chart.%1) 或通过管道传给其他程序</translation>
    </message>
</context>
<context>
    <name>conlab::cli::PrimesCommand</name>
    <message>
        <source>and %1 more</source>
        <extracomment>%1 how many more numbers were not listed</extracomment>
        <translation>以及另外 %1 个</translation>
    </message>
    <message>
        <source>--racy applies to --model processes only (it restores procs.py&apos;s report-loop bug)</source>
        <translation>--racy 仅适用于 --model processes（它会恢复 procs.py 报告循环中的缺陷）</translation>
    </message>
    <message>
        <source>Checks numbers for primality with the book&apos;s trial division, in one of the
concurrency models of sequential.py, threads.py and procs.py, and prints
the same lines those scripts print.</source>
        <translation>用书中的试除法检查数字是否为素数，采用 sequential.py、threads.py 和
procs.py 中的某一种并发模型，并输出与这些脚本相同的内容。</translation>
    </message>
    <message>
        <source>Worker threads or processes, 1 to 256 (default: the CPU count).</source>
        <translation>工作线程或进程数，1 到 256（默认：CPU 数量）。</translation>
    </message>
    <message>
        <source>native, cpython (~31 ns per division), book (~93 ns), or a multiplier.</source>
        <translation>native、cpython（每次除法约 31 纳秒）、book（约 93 纳秒），或一个倍数。</translation>
    </message>
    <message>
        <source>Numbers to check, separated by commas or spaces (default: the book&apos;s 20).</source>
        <translation>要检查的数字，以逗号或空格分隔（默认：书中的 20 个数字）。</translation>
    </message>
    <message>
        <source>Read the numbers from a file, with the same rules.</source>
        <translation>从文件读取数字，规则相同。</translation>
    </message>
    <message>
        <source>Print every result and the summary as JSON (schema in the README).</source>
        <translation>以 JSON 格式输出每个结果和汇总（模式见 README）。</translation>
    </message>
    <message>
        <source>lost %1 results still in flight when the report loop stopped: %2</source>
        <extracomment>%1 how many results, %2 the numbers</extracomment>
        <translation>报告循环停止时，仍在处理中的 %1 个结果丢失了：%2</translation>
    </message>
    <message>
        <source>cancelled; %1 of %2 numbers checked</source>
        <extracomment>%1 numbers checked, %2 numbers given</extracomment>
        <translation>已取消；已检查 %2 个数字中的 %1 个</translation>
    </message>
    <message>
        <source>%1 numbers left unchecked: %2</source>
        <extracomment>%1 count, %2 the numbers</extracomment>
        <translation>有 %1 个数字未检查：%2</translation>
    </message>
    <message>
        <source>--gil and --switch-interval apply to --model threads and pool only; each process has a GIL of its own</source>
        <translation>--gil 和 --switch-interval 仅适用于 --model threads 和 pool；每个进程都有自己的 GIL</translation>
    </message>
    <message>
        <source>threads and pool: on (CPython&apos;s GIL, the default) or off (free-threaded 3.13t).</source>
        <translation>threads 和 pool：on（CPython 的 GIL，默认）或 off（自由线程的 3.13t）。</translation>
    </message>
    <message>
        <source>threads and pool: the GIL&apos;s switch interval in ms, 1 to 1000 (default 5).</source>
        <translation>threads 和 pool：GIL 的切换间隔（毫秒），1 到 1000（默认 5）。</translation>
    </message>
    <message>
        <source>numbers go after --numbers, as in --numbers 2,3,5</source>
        <translation>数字应放在 --numbers 之后，例如 --numbers 2,3,5</translation>
    </message>
    <message>
        <source>%1; a fresh worker retries %2</source>
        <extracomment>%1 how the worker was lost, %2 the number given to a fresh worker</extracomment>
        <translation>%1；由新的工作进程重试 %2</translation>
    </message>
    <message>
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev). FILE - is stdout; the book&apos;s lines then go to stderr, and --json is refused.</source>
        <translation>同时将本次运行以 Chrome Trace Event JSON 格式写入 FILE（可在 ui.perfetto.dev 中打开）。FILE 为 - 时写入 stdout；此时书中的输出行改写到 stderr，并拒绝 --json。</translation>
    </message>
    <message>
        <source>--race-seed applies to --racy only</source>
        <translation>--race-seed 仅适用于 --racy</translation>
    </message>
    <message>
        <source>--race-seed: expected a whole number from 1, not &quot;%1&quot;</source>
        <extracomment>%1 the value given</extracomment>
        <translation>--race-seed：应为从 1 起的整数，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--sample and --numbers (or --numbers-file) each choose the numbers; give one</source>
        <translation>--sample 与 --numbers（或 --numbers-file）都用于选择数字；只能给出其一</translation>
    </message>
    <message>
        <source>processes only: the report loop of the book&apos;s py36/procs.py, which stops when the job queue is empty. Reports the outcome: complete, lost (naming the results) or hung (exit code 3).</source>
        <translation>仅限 processes：书中 py36/procs.py 的报告循环，任务队列一空就停止。报告结果：complete、lost（列出丢失的结果）或 hung（退出码 3）。</translation>
    </message>
    <message>
        <source>--racy: the seed of the race&apos;s timing, to replay a run (default: a fresh one, printed with the outcome).</source>
        <translation>--racy：竞态时序的种子，用于重放一次运行（默认：新生成一个，并随结果打印）。</translation>
    </message>
    <message>
        <source>The numbers to check: book (the book&apos;s 20, the default) or small (400 numbers from 1000000, which provoke the race).</source>
        <translation>要检查的数字：book（书中的 20 个，默认）或 small（从 1000000 开始的 400 个数字，会引发竞态）。</translation>
    </message>
    <message>
        <source>race: the report loop waits for a result that will never come; ending the wait after its grace time</source>
        <translation>race：报告循环在等待一个永远不会到来的结果；宽限时间过后结束等待</translation>
    </message>
    <message>
        <source>race: %1 (%2; replay with --race-seed %3)</source>
        <translation>race：%1（%2；用 --race-seed %3 重放）</translation>
    </message>
    <message>
        <source>race: %1 (%2)</source>
        <extracomment>%1 the outcome (complete, lost or hung), %2 why, %3 the seed</extracomment>
        <translation>race：%1（%2）</translation>
    </message>
    <message>
        <source>One of %1 (default sequential), or celery: real Celery workers on a real Redis (the chapter&apos;s task queues).</source>
        <extracomment>%1 the model names, separated by commas</extracomment>
        <translation>%1 之一（默认 sequential），或 celery：真实 Redis 上的真实 Celery 工作者（本章的任务队列）。</translation>
    </message>
</context>
<context>
    <name>conlab::cli::SpinnerCommand</name>
    <message>
        <source>--gil and --switch-interval apply to --model thread only; a process and a coroutine do not share a GIL with a spinner thread</source>
        <translation>--gil 和 --switch-interval 仅适用于 --model thread；进程和协程不会与旋转指示器线程共享 GIL</translation>
    </message>
    <message>
        <source>--number takes exactly one number</source>
        <translation>--number 只接受一个数字</translation>
    </message>
    <message>
        <source>Runs the book&apos;s spinner supervisor: start a spinner, call slow(), stop the
spinner, print the answer. Shows when the spinner spins, stutters, or never
appears, depending on the concurrency model.</source>
        <translation>运行书中的旋转指示器监督者：启动指示器，调用 slow()，停止指示器，
输出答案。根据并发模型的不同，展示指示器何时旋转、时转时停，
或根本不出现。</translation>
    </message>
    <message>
        <source>thread, process or coroutine (default thread).</source>
        <translation>thread、process 或 coroutine（默认 thread）。</translation>
    </message>
    <message>
        <source>sleep, blocking-sleep, prime, nap or executor (default sleep).</source>
        <translation>sleep、blocking-sleep、prime、nap 或 executor（默认 sleep）。</translation>
    </message>
    <message>
        <source>thread model: on (default) or off.</source>
        <translation>thread 模型：on（默认）或 off。</translation>
    </message>
    <message>
        <source>thread model: the GIL&apos;s switch interval in ms, 1 to 1000 (default 5).</source>
        <translation>thread 模型：GIL 的切换间隔（毫秒），1 到 1000（默认 5）。</translation>
    </message>
    <message>
        <source>Pace of is_prime: native, cpython (default), book, or a multiplier.</source>
        <translation>is_prime 的速度：native、cpython（默认）、book，或一个倍数。</translation>
    </message>
    <message>
        <source>How long the sleep variants sleep (default 3).</source>
        <translation>sleep 类变体的休眠时长（默认 3）。</translation>
    </message>
    <message>
        <source>The number the prime variants check (default 5_000_111_000_222_021).</source>
        <translation>prime 类变体检查的数字（默认 5_000_111_000_222_021）。</translation>
    </message>
    <message>
        <source>Print the frame report as JSON instead of the animation.</source>
        <translation>以 JSON 格式输出帧报告，而不是动画。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev). FILE - is stdout; the animation then goes to stderr, and --json is refused.</source>
        <translation>同时将本次运行以 Chrome Trace Event JSON 格式写入 FILE（可在 ui.perfetto.dev 中打开）。FILE 为 - 时写入 stdout；此时动画改为输出到 stderr，并拒绝 --json。</translation>
    </message>
    <message>
        <source>%1; a fresh worker retries %2</source>
        <extracomment>%1 how the worker was lost, %2 the number given to a fresh worker</extracomment>
        <translation>%1；由新的工作进程重试 %2</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <extracomment>%1 the verdict (&quot;Kept spinning&quot;, &quot;Stuttered&quot;, ...), %2 why, one line</extracomment>
        <translation>结论：%1。%2</translation>
    </message>
</context>
<context>
    <name>conlab::cli::SweepCommand</name>
    <message>
        <source>to continue: %1</source>
        <extracomment>%1 a command line the user can copy</extracomment>
        <translation>要继续，请运行：%1</translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3</source>
        <extracomment>a skipped line of a results file; %1 the file, %2 the line number, %3 why</extracomment>
        <translation>%1:%2：已跳过：%3</translation>
    </message>
    <message>
        <source>--resume: cannot use %1: %2</source>
        <extracomment>%1 the results file (quoted), %2 why it cannot be used</extracomment>
        <translation>--resume：无法使用 %1：%2</translation>
    </message>
    <message>
        <source>--%1: could not write %2: %3</source>
        <extracomment>%1 option name, %2 the path (quoted), %3 the reason</extracomment>
        <translation>--%1：无法写入 %2：%3</translation>
    </message>
    <message>
        <source>the results are safe in %1; to export them again, run:</source>
        <extracomment>%1 the results file</extracomment>
        <translation>结果已安全保存在 %1 中；要再次导出，请运行：</translation>
    </message>
    <message>
        <source>%1 runs to do (%2 series, 1 to %3 workers, %4 runs each), about %5</source>
        <extracomment>%1 runs left, %2 series, %3 the largest worker count, %4 runs per count, %5 a duration</extracomment>
        <translation>待运行 %1 次（%2 个系列，1 到 %3 个工作者，每个数量 %4 次），约需 %5</translation>
    </message>
    <message>
        <source>series go after --series, as in --series threads:gil=off</source>
        <translation>系列应放在 --series 之后，例如 --series threads:gil=off</translation>
    </message>
    <message>
        <source>%1 holds a finished sweep (%2 runs); nothing is left to run</source>
        <extracomment>%1 the results file, %2 how many runs it holds</extracomment>
        <translation>%1 中是一个已完成的扫描（%2 次运行）；没有需要运行的了</translation>
    </message>
    <message>
        <source>an unfinished sweep is in %1; --resume %2 continues it</source>
        <extracomment>%1 a results file, %2 the same path, quoted for a shell</extracomment>
        <translation>%1 中有一个未完成的扫描；用 --resume %2 可继续</translation>
    </message>
    <message>
        <source>results: %1</source>
        <extracomment>%1 the results file</extracomment>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>interrupted; %1 of %2 runs are saved in %3</source>
        <extracomment>%1 runs done, %2 runs in all, %3 the results file</extracomment>
        <translation>已中断；%2 次运行中的 %1 次已保存在 %3 中</translation>
    </message>
    <message>
        <source>the sweep stopped before its end</source>
        <translation>扫描在结束前停止了</translation>
    </message>
    <message>
        <source>%1 of %2 runs are saved in %3</source>
        <extracomment>%1 runs done, %2 runs in all, %3 the results file</extracomment>
        <translation>%2 次运行中的 %1 次已保存在 %3 中</translation>
    </message>
    <message>
        <source>sweep took %1 s; its runs %2 s; overhead %3%</source>
        <extracomment>%1 seconds in all, %2 seconds the runs took, %3 the difference in percent</extracomment>
        <translation>扫描用时 %1 秒；其中各次运行用时 %2 秒；开销 %3%</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) lost a worker (crashed or stalled) and time the recovery, not the model: they are marked in the results file and left out of the medians</source>
        <extracomment>%n runs during which a worker crashed or stalled</extracomment>
        <translation>
            <numerusform>%n 次运行丢失了工作进程（崩溃或停止响应），计时反映的是恢复过程而不是并发模型：这些运行已在结果文件中标记，并且不计入中位数</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the results file: %1</source>
        <extracomment>%1 the system&apos;s reason, naming the file</extracomment>
        <translation>无法创建结果文件：%1</translation>
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
        <translation>在 1 到 N 个工作进程下为 procs.py 的工作负载计时，每个数量运行多次，并输出每个数量的
中位数，就像书中图 19-2 用 run_procs.sh 所做的那样。每次完成的运行都会立即保存到应用
数据文件夹中的结果文件：因 Ctrl+C、崩溃或断电而中止的扫描可以用 --resume 继续。
退出码：0 完成，1 某次运行或某个输出文件失败（结果文件会保留），2 输入错误（不运行
任何内容；没有可用解释器的 CPython 系列也属此类），130 被中断。
FILE 写作 - 时，将 --out、--png、--svg 或 --pdf 之一发送到 stdout；此时中位数行输出到
stderr，并且拒绝 --json（PNG 和 PDF 仅在 stdout 不是终端时可用）。</translation>
    </message>
    <message>
        <source>the CPython series runs procs.py in CPython %1</source>
        <extracomment>%1 a CPython version such as 3.11.2</extracomment>
        <translation>CPython 系列在 CPython %1 中运行 procs.py</translation>
    </message>
</context>
<context>
    <name>conlab::cli::SweepProgressPrinter</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration; %1 seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration; %1 minutes, %2 seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration; %1 hours, %2 minutes (two digits)</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>[%1/%2] %3  workers %4  run %5/%6  %7 s</source>
        <extracomment>progress of a sweep (&quot;workers 1&quot; reads right for every count); %1 runs done, %2 runs in all, %3 the series, %4 worker count, %5 this run&apos;s repeat, %6 repeats per count, %7 the run&apos;s wall time in seconds</extracomment>
        <translation>[%1/%2] %3  %4 个工作者  第 %5/%6 次  %7 秒</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <extracomment>%1 the estimated time left, such as &quot;2 min 10 s&quot;</extracomment>
        <translation>预计还需 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) crashed</source>
        <translation>
            <numerusform>%n 个工作进程崩溃</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) stalled</source>
        <extracomment>the watchdog killed workers that stopped answering</extracomment>
        <translation>
            <numerusform>%n 个工作进程停止响应</numerusform>
        </translation>
    </message>
    <message>
        <source>DISTURBED (%1): an outlier, left out of the medians</source>
        <extracomment>a run during which workers died or hung; %1 e.g. &quot;1 worker crashed, 1 worker stalled&quot;</extracomment>
        <translation>受干扰（%1）：离群值，不计入中位数</translation>
    </message>
</context>
<context>
    <name>conlab::cli::SweepRequestParser</name>
    <message>
        <source>--series: &apos;%1&apos; is given twice</source>
        <extracomment>%1 a series spec such as threads:gil=on</extracomment>
        <translation>--series：“%1”给出了两次</translation>
    </message>
    <message>
        <source>Worker counts from 1 to N, N from 1 to 256 (default 20, as in the book).</source>
        <translation>工作者数从 1 到 N，N 取 1 到 256（默认 20，与书中相同）。</translation>
    </message>
    <message>
        <source>Runs at each count, 1 to 1000 (default 12, as in the book); the medians are plotted.</source>
        <translation>每个数量的运行次数，1 到 1000（默认 12，与书中相同）；图中绘制其中位数。</translation>
    </message>
    <message>
        <source>native (default), cpython (~31 ns per division), book (~93 ns), or a multiplier.</source>
        <translation>native（默认）、cpython（每次除法约 31 纳秒）、book（约 93 纳秒），或一个倍数。</translation>
    </message>
    <message>
        <source>Numbers each run checks, separated by commas or spaces (default: the book&apos;s 20).</source>
        <translation>每次运行要检查的数字，以逗号或空格分隔（默认：书中的 20 个数字）。</translation>
    </message>
    <message>
        <source>Read the numbers from a file, with the same rules.</source>
        <translation>从文件读取数字，规则相同。</translation>
    </message>
    <message>
        <source>Continue the unfinished sweep in FILE (its configuration is used); a finished one is only exported again.</source>
        <translation>继续 FILE 中未完成的扫描（沿用其配置）；已完成的扫描只会重新导出。</translation>
    </message>
    <message>
        <source>Write every run as tidy CSV to FILE.</source>
        <translation>将每次运行以整洁（tidy）CSV 格式写入 FILE。</translation>
    </message>
    <message>
        <source>Print the runs and the statistics as JSON instead of the median lines.</source>
        <translation>以 JSON 格式输出各次运行和统计数据，而不是中位数行。</translation>
    </message>
    <message>
        <source>Draw the chart to a PNG file.</source>
        <translation>将图表绘制到 PNG 文件。</translation>
    </message>
    <message>
        <source>Draw the chart to an SVG file.</source>
        <translation>将图表绘制到 SVG 文件。</translation>
    </message>
    <message>
        <source>Draw the chart to a PDF file.</source>
        <translation>将图表绘制到 PDF 文件。</translation>
    </message>
    <message>
        <source>Chart size in logical pixels (default 1600x900).</source>
        <translation>图表尺寸，以逻辑像素计（默认 1600x900）。</translation>
    </message>
    <message>
        <source>PNG pixels per logical pixel, 0.25 to 8 (default 1; 2 for a sharp slide).</source>
        <translation>每个逻辑像素对应的 PNG 像素数，0.25 到 8（默认 1；用于幻灯片时取 2 更清晰）。</translation>
    </message>
    <message>
        <source>Chart the speedup T(1)/T(N) instead of the time.</source>
        <translation>在图表中绘制加速比 T(1)/T(N)，而不是时间。</translation>
    </message>
    <message>
        <source>The spread drawn around each median: none, minmax (default) or quartiles.</source>
        <translation>每个中位数周围绘制的波动范围：none、minmax（默认）或 quartiles。</translation>
    </message>
    <message>
        <source>Draw the ideal curve: T(1)/N, or N in speedup mode.</source>
        <translation>绘制理想曲线：T(1)/N，在加速比模式下为 N。</translation>
    </message>
    <message>
        <source>Overlay the book&apos;s medians, scaled to this sweep&apos;s 1-worker median.</source>
        <translation>叠加书中的中位数，并按本次扫描 1 个工作者的中位数缩放。</translation>
    </message>
    <message>
        <source>Mark N cores on the chart (default: the cores of the machine that ran it).</source>
        <translation>在图表上标出 N 核（默认：运行扫描的机器的核心数）。</translation>
    </message>
    <message>
        <source>--resume: no file given</source>
        <translation>--resume：未给出文件</translation>
    </message>
    <message>
        <source>--size and --scale: the PNG would be more than %1 pixels wide or high</source>
        <extracomment>%1 the largest side in pixels of a PNG</extracomment>
        <translation>--size 和 --scale：PNG 的宽度或高度将超过 %1 像素</translation>
    </message>
    <message>
        <source>--%1 applies to the chart; add --png, --svg or --pdf</source>
        <extracomment>%1 an option name such as speedup</extracomment>
        <translation>--%1 作用于图表；请加上 --png、--svg 或 --pdf</translation>
    </message>
    <message>
        <source>--scale applies to --png only; SVG and PDF scale by themselves</source>
        <translation>--scale 仅适用于 --png；SVG 和 PDF 会自行缩放</translation>
    </message>
    <message>
        <source>--%1 %2 conflicts with the sweep in %3, which has %4; a resumed sweep keeps its configuration (leave --%1 out)</source>
        <extracomment>%1 option name, %2 the value given, %3 the results file, %4 the file&apos;s value</extracomment>
        <translation>--%1 %2 与 %3 中的扫描冲突，该扫描为 %4；继续的扫描会保留其配置（请去掉 --%1）</translation>
    </message>
    <message>
        <source>(%1 numbers)</source>
        <extracomment>%1 how many numbers</extracomment>
        <translation>（%1 个数字）</translation>
    </message>
    <message>
        <source>other numbers (%1 of them)</source>
        <extracomment>%1 how many numbers the results file has</extracomment>
        <translation>其他数字（共 %1 个）</translation>
    </message>
    <message>
        <source>--size: %1 is not WIDTHxHEIGHT with each side from %2 to %3 pixels (for example 1600x900)</source>
        <extracomment>%1 the value given (quoted), %2 and %3 the smallest and largest side in pixels</extracomment>
        <translation>--size：%1 不是“宽x高”格式，或边长不在 %2 到 %3 像素之间（例如 1600x900）</translation>
    </message>
    <message>
        <source>A line of the chart: %1. Repeat it, or separate specs with commas, for several (default processes). &apos;:switch=MS&apos; sets the GIL&apos;s switch interval of the threaded ones. processes:engine=cpython runs the book&apos;s procs.py in real CPython at each count, beside the emulated series (at CPython&apos;s own speed: --pace does not apply to it).</source>
        <extracomment>%1 the series a user may write, such as &quot;processes, threads, threads:gil=off&quot;</extracomment>
        <translation>图表中的一条线：%1。要画多条线，可重复此选项，或用逗号分隔多个规格（默认 processes）。&apos;:switch=MS&apos; 设置多线程系列的 GIL 切换间隔。processes:engine=cpython 在每个数量下用真正的 CPython 运行书中的 procs.py，与模拟系列并列（以 CPython 自身的速度运行：--pace 对它不适用）。</translation>
    </message>
    <message>
        <source>The interpreter of a processes:engine=cpython series (default: python3 on PATH). Without one the sweep is refused before it starts.</source>
        <translation>processes:engine=cpython 系列使用的解释器（默认：PATH 中的 python3）。没有解释器时，扫描在开始前就会被拒绝。</translation>
    </message>
    <message>
        <source>--python: no interpreter given</source>
        <translation>--python：未给出解释器</translation>
    </message>
    <message>
        <source>--python applies to a series with engine=cpython, such as processes:engine=cpython</source>
        <translation>--python 适用于 engine=cpython 的系列，例如 processes:engine=cpython</translation>
    </message>
    <message>
        <source>--python applies to a series with engine=cpython, and the sweep in %1 has none</source>
        <extracomment>%1 the results file</extracomment>
        <translation>--python 适用于 engine=cpython 的系列，而 %1 中的扫描没有这样的系列</translation>
    </message>
</context>
<context>
    <name>conlab::cli::TraceFile</name>
    <message>
        <source>could not write the trace %1: %2</source>
        <extracomment>%1 the trace file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入跟踪文件 %1：%2</translation>
    </message>
    <message>
        <source>could not write the trace to standard output: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation>无法将跟踪写入标准输出：%1</translation>
    </message>
</context>
<context>
    <name>conlab::gui::DisplayCheck</name>
    <message>
        <source>or offscreen (nothing shown):              QT_QPA_PLATFORM=offscreen concurrency-lab
The headless commands need no display:     concurrency-lab primes --help</source>
        <translation>或使用 offscreen（不显示任何内容）：  QT_QPA_PLATFORM=offscreen concurrency-lab
无界面命令不需要显示器：              concurrency-lab primes --help</translation>
    </message>
    <message>
        <source>concurrency-lab: WAYLAND_DISPLAY is set but DISPLAY is not, and Qt&apos;s Wayland platform plugin is not installed.
Install it (Debian, Ubuntu):               sudo apt install qt6-wayland
or use XWayland if the session runs it:    DISPLAY=:0 concurrency-lab
</source>
        <translation>concurrency-lab: 已设置 WAYLAND_DISPLAY 但未设置 DISPLAY，且未安装 Qt 的 Wayland 平台插件。
安装插件（Debian、Ubuntu）：          sudo apt install qt6-wayland
或者，如果会话运行了 XWayland：       DISPLAY=:0 concurrency-lab
</translation>
    </message>
    <message>
        <source>concurrency-lab: no display found (DISPLAY is not set).
Run the window under a virtual X server:   xvfb-run -a concurrency-lab
</source>
        <translation>concurrency-lab: 未找到显示器（未设置 DISPLAY）。
在虚拟 X 服务器中运行窗口：           xvfb-run -a concurrency-lab
</translation>
    </message>
</context>
<context>
    <name>conlab::gui::GuiApp</name>
    <message>
        <source>Concurrency Lab: the concurrency models of Python, live.</source>
        <translation>并发实验室：实时演示 Python 的并发模型。</translation>
    </message>
    <message>
        <source>Press Run as soon as the window is up.</source>
        <translation>窗口一打开就按下“运行”。</translation>
    </message>
    <message>
        <source>Open experiment N of the window&apos;s list, counting from 1.</source>
        <extracomment>help of --experiment, N its value</extracomment>
        <translation>打开窗口列表中的第 N 个实验，从 1 开始计数。</translation>
    </message>
    <message>
        <source>Open in presentation mode: full screen, larger text (F11 in the window).</source>
        <translation>以演示模式打开：全屏，文字更大（在窗口中按 F11）。</translation>
    </message>
    <message>
        <source>Usage: concurrency-lab [options]
       concurrency-lab COMMAND [options]</source>
        <extracomment>the usage lines of --help; keep &quot;concurrency-lab&quot; and the layout</extracomment>
        <translation>用法：concurrency-lab [选项]
      concurrency-lab COMMAND [选项]</translation>
    </message>
    <message>
        <source>Commands (headless, no display needed):</source>
        <translation>命令（无界面，不需要显示器）：</translation>
    </message>
    <message>
        <source>check numbers for primality in one of six concurrency models</source>
        <translation>以六种并发模型之一检查数字是否为素数</translation>
    </message>
    <message>
        <source>run the spinner supervisor and show how the spinner fares</source>
        <translation>运行旋转指示器监督者，展示指示器的表现</translation>
    </message>
    <message>
        <source>time the primes workload at 1 to N workers and chart it</source>
        <translation>以 1 到 N 个工作者为素数工作负载计时并绘制图表</translation>
    </message>
    <message>
        <source>Run &apos;concurrency-lab COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;concurrency-lab COMMAND --help&apos; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <extracomment>%1 the option the user typed, quoted</extracomment>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>--experiment takes a number from 1 to %2, not %1</source>
        <extracomment>%1 the value given (quoted), %2 the number of experiments</extracomment>
        <translation>--experiment 接受 1 到 %2 之间的数字，而不是 %1</translation>
    </message>
    <message>
        <source>run every lesson in real CPython and in the emulation, side by side</source>
        <translation>在真正的 CPython 和模拟中运行每一课，并排对比</translation>
    </message>
    <message>
        <source>unexpected argument %1; the headless commands are primes, spinner, sweep and fidelity</source>
        <extracomment>%1 the unexpected word on the command line (quoted)</extracomment>
        <translation>意外的参数 %1；无界面命令有 primes、spinner、sweep 和 fidelity</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <extracomment>%1 why the room&apos;s vote could not start, e.g. a port in use</extracomment>
        <translation>观众投票：%1</translation>
    </message>
    <message>
        <source>Start with Audience on, the room&apos;s vote, listening on port N (0: a free one).</source>
        <extracomment>help of --audience-port, N its value</extracomment>
        <translation>启动时打开观众投票（全场投票），在端口 N 上监听（0：任一空闲端口）。</translation>
    </message>
    <message>
        <source>Start with Audience on, listening on ADDR (default: the LAN address).</source>
        <extracomment>help of --audience-bind, ADDR its value</extracomment>
        <translation>启动时打开观众投票，在 ADDR 上监听（默认：局域网地址）。</translation>
    </message>
    <message>
        <source>Start with Audience on, with this 4-digit session code (default: a random one).</source>
        <extracomment>help of --audience-code, CODE its value</extracomment>
        <translation>启动时打开观众投票，使用这个 4 位会话码（默认：随机）。</translation>
    </message>
</context>
</TS>
