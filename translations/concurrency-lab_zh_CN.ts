<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>median time (s)</source>
        <translation>中位时间（秒）</translation>
    </message>
    <message>
        <source>median of the runs</source>
        <translation>多次运行的中位数</translation>
    </message>
    <message>
        <source>lowest median (6 processes)</source>
        <translation>最低中位数（6 个进程）</translation>
    </message>
</context>
<context>
    <name>conlab::CodePane</name>
    <message>
        <source># listing not found: %1</source>
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
</context>
<context>
    <name>conlab::ComparisonModel</name>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>有限</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>async</source>
        <translation>异步 (async)</translation>
    </message>
    <message>
        <source>multiprocessing</source>
        <translation>多进程 (multiprocessing)</translation>
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
</context>
<context>
    <name>conlab::ComparisonPage</name>
    <message>
        <source>The three models compared</source>
        <translation>三种模型的比较</translation>
    </message>
    <message>
        <source>The summary the chapter cites: what each model gives you, and what it costs.</source>
        <translation>本章引用的总结：每种模型能带来什么，又要付出什么代价。</translation>
    </message>
    <message>
        <source>Threads and coroutines share one interpreter and its objects, so they share memory freely but, under the GIL, run Python code one at a time. Processes run truly in parallel, but share only what is sent to them or placed in shared memory explicitly, and each costs a whole interpreter.</source>
        <translation>线程和协程共用一个解释器及其对象，因此可以自由共享内存，但在 GIL 之下一次只能有一个在执行 Python 代码。进程是真正并行运行的，但只能共享发给它们的数据或显式放入共享内存的数据，而且每个进程都要付出一整个解释器的代价。</translation>
    </message>
</context>
<context>
    <name>conlab::ExperimentList</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the experiment&apos;s number in the list, %2 its title</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>conlab::FrameGapChart</name>
    <message>
        <source>frame</source>
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
        <translation>间隔（毫秒）</translation>
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
    <name>conlab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation>并发实验室</translation>
    </message>
    <message>
        <source>About Concurrency Lab</source>
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
        <source>Stop the run (Esc)</source>
        <translation>停止运行 (Esc)</translation>
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
</context>
<context>
    <name>conlab::NumberListParser</name>
    <message>
        <source>line %1, column %2: &apos;%3&apos;: %4</source>
        <extracomment>%1 line, %2 column, %3 the offending token, %4 why it was refused</extracomment>
        <translation>第 %1 行，第 %2 列：“%3”：%4</translation>
    </message>
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
        <source>cannot read %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s error message</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no numbers</source>
        <extracomment>%1 file path</extracomment>
        <translation>%1 中没有数字</translation>
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
        <source>%1 numbers</source>
        <extracomment>%1 how many numbers, %2 the file they came from</extracomment>
        <translation>%1 个数字</translation>
    </message>
    <message>
        <source>%1 numbers from %2</source>
        <translation>来自 %2 的 %1 个数字</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 file name, %2 what is wrong in it (line, column, token and reason)</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>conlab::PaceCalibration</name>
    <message>
        <source>unknown pace &apos;%1&apos;: use native, cpython, book, or a multiplier from 1 to 1000 such as 4</source>
        <extracomment>%1 the pace the user typed</extracomment>
        <translation>未知的速度“%1”：请使用 native、cpython、book，或 1 到 1000 之间的倍数，例如 4</translation>
    </message>
</context>
<context>
    <name>conlab::PredictionBox</name>
    <message>
        <source>The run did not finish, so there is nothing to compare.</source>
        <translation>运行没有完成，因此无从比较。</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <extracomment>%1 what the run measured, e.g. &quot;Never appears&quot;</extracomment>
        <translation>实测：%1</translation>
    </message>
    <message>
        <source>Your guess: %1</source>
        <extracomment>%1 the guess the room picked before the run</extracomment>
        <translation>你的猜测：%1</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ 猜对了</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ 猜错了</translation>
    </message>
    <message>
        <source>No guess was made.</source>
        <translation>没有做出猜测。</translation>
    </message>
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
        <source>Process-%1</source>
        <extracomment>%1 worker number, as multiprocessing names processes</extracomment>
        <translation>Process-%1</translation>
    </message>
    <message>
        <source>Thread-%1</source>
        <extracomment>%1 worker number, as threading names threads</extracomment>
        <translation>Thread-%1</translation>
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
        <source>Stopped: %1 of %2 numbers checked.</source>
        <extracomment>%1 numbers checked, %2 numbers given</extracomment>
        <translation>已停止：已检查 %2 个数字中的 %1 个。</translation>
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
        <source>%1 of %2 numbers checked in %3 s</source>
        <extracomment>%1 numbers checked, %2 numbers given, %3 wall time in seconds</extracomment>
        <translation>%3 秒内检查了 %2 个数字中的 %1 个</translation>
    </message>
    <message>
        <source>%1× the speed of sequential (%2 s at %3 pace)</source>
        <extracomment>%1 the speedup factor, %2 the sequential run&apos;s seconds, %3 the pace</extracomment>
        <translation>速度为顺序执行的 %1 倍（%3 速度下为 %2 秒）</translation>
    </message>
    <message>
        <source>run Sequential with these numbers at this pace to see the speedup</source>
        <translation>请用这些数字、以此速度运行“顺序执行”，即可看到加速比</translation>
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
</context>
<context>
    <name>conlab::PrimesPage</name>
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
        <source>Export</source>
        <extracomment>menu button with the exports of the run on screen</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Results as CSV…</source>
        <translation>结果导出为 CSV…</translation>
    </message>
    <message>
        <source>Results as JSON…</source>
        <translation>结果导出为 JSON…</translation>
    </message>
    <message>
        <source>Chrome trace for Perfetto…</source>
        <translation>用于 Perfetto 的 Chrome 跟踪…</translation>
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
        <source>Model:</source>
        <extracomment>label of the model choice</extracomment>
        <translation>模型：</translation>
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
        <source>Export failed</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>将结果导出为 JSON</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>将结果导出为 CSV</translation>
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
        <source>Open recording</source>
        <translation>打开录制</translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json);;All files (*)</source>
        <translation>并发实验室录制文件 (*.clrec.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open recording</source>
        <extracomment>%1 file path, %2 what is wrong with it</extracomment>
        <translation>无法打开录制</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
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
        <extracomment>%1 the file&apos;s schema, %2 the schema this version reads</extracomment>
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
    <name>conlab::SpinnerChoices</name>
    <message>
        <source>--slow %1 makes no sense with --model %2; with %2 choose one of: %3</source>
        <extracomment>%1 the slow() variant, %2 the model, %3 the valid variants for it</extracomment>
        <translation>--slow %1 与 --model %2 搭配没有意义；使用 %2 时请从以下选项中选择：%3</translation>
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
    <name>conlab::SpinnerOutcomes</name>
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
        <translation>GIL 开启，切换间隔 %1 毫秒</translation>
    </message>
    <message>
        <source>GIL off</source>
        <translation>GIL 关闭</translation>
    </message>
</context>
<context>
    <name>conlab::SweepPlaceholderPage</name>
    <message>
        <source>Sweep: how many processes?</source>
        <translation>扫描：多少个进程合适？</translation>
    </message>
    <message>
        <source>This experiment comes in the next release.</source>
        <translation>此实验将在下一个版本中推出。</translation>
    </message>
    <message>
        <source>It will rebuild Figure 19-2 of the chapter: procs.py run with 1 to 20 worker processes, each count repeated several times, and the median time for each count plotted against the count, with a dotted line at the lowest median.</source>
        <translation>它将重现本章的图 19-2：用 1 到 20 个工作进程运行 procs.py，每种进程数重复多次，把每种进程数的中位时间绘制成点，并在最低中位数处画一条虚线。</translation>
    </message>
    <message>
        <source>In the book, on a machine with 6 cores, the time falls steeply from 1 to 6 processes (40.8 s to 10.4 s) and then stays flat or gets a little worse: once every core is busy, more processes only add start-up and switching costs. The lowest median sits at the core count.</source>
        <translation>书中在一台 6 核机器上，时间从 1 个进程到 6 个进程急剧下降（从 40.8 秒降到 10.4 秒），之后保持平稳或略有变差：所有核心都忙起来以后，更多的进程只会增加启动和切换的开销。最低的中位数正好出现在核心数处。</translation>
    </message>
    <message>
        <source>Until then, run page 6 with different worker counts from the toolbar to see the same effect one point at a time. Below are the book&apos;s own numbers, plotted the way the figure plots them.</source>
        <translation>在此之前，可以在工具栏中设置不同的工作者数量来运行第 6 页，一次一个点地观察同样的效果。下面是书中的原始数据，按图中的方式绘制。</translation>
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
</context>
<context>
    <name>conlab::ViewExporter</name>
    <message>
        <source>Export PNG</source>
        <extracomment>%1 the file path</extracomment>
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
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <extracomment>%1 the file path</extracomment>
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
</context>
<context>
    <name>conlab::cli::Options</name>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <extracomment>%1 option name, %2 the value given, %3 and %4 the valid range</extracomment>
        <translation>--%1：“%2”不是 %3 到 %4 之间的整数</translation>
    </message>
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
        <source>--%1: unknown value &apos;%2&apos;; choose one of %3</source>
        <extracomment>%1 option name, %2 the value given, %3 the valid values</extracomment>
        <translation>--%1：未知的值“%2”；请从 %3 中选择</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is outside %3 to %4 %5</source>
        <extracomment>%1 option name, %2 value given, %3 and %4 the range, %5 the unit</extracomment>
        <translation>--%1：“%2”超出了 %3 到 %4 %5 的范围</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; %2</source>
        <extracomment>%1 the unexpected word on the command line, %2 a hint on what to do instead</extracomment>
        <translation>意外的参数“%1”；%2</translation>
    </message>
    <message>
        <source>this command takes only options (see --help)</source>
        <translation>此命令只接受选项（参见 --help）</translation>
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
        <source>sequential, threads, processes or pool (default sequential).</source>
        <translation>sequential、threads、processes 或 pool（默认 sequential）。</translation>
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
        <source>processes only: stop reporting once the job queue is empty, as procs.py did before its fix.</source>
        <translation>仅限 processes：任务队列一空就停止报告，与修复前的 procs.py 一样。</translation>
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
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev).</source>
        <translation>同时将运行过程以 Chrome Trace Event JSON 格式写入 FILE（可在 ui.perfetto.dev 中打开）。</translation>
    </message>
    <message>
        <source>numbers go after --numbers, as in --numbers 2,3,5</source>
        <translation>数字应放在 --numbers 之后，例如 --numbers 2,3,5</translation>
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
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev).</source>
        <translation>同时将运行过程以 Chrome Trace Event JSON 格式写入 FILE（可在 ui.perfetto.dev 中打开）。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>conlab::cli::TraceFile</name>
    <message>
        <source>--trace: cannot write %1: %2</source>
        <extracomment>%1 the path given to --trace, %2 the system&apos;s reason</extracomment>
        <translation>--trace：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>could not write the trace %1: %2</source>
        <extracomment>%1 the trace file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入跟踪文件 %1：%2</translation>
    </message>
</context>
</TS>
