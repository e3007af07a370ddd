<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>conlab::BookMediansChart</name>
    <message>
        <source>The book&apos;s medians, procs.py on 6 cores</source>
        <translation>As medianas do livro, procs.py em 6 núcleos</translation>
    </message>
    <message>
        <source>worker processes</source>
        <translation>processos trabalhadores</translation>
    </message>
    <message>
        <source>median time (s)</source>
        <translation>tempo mediano (s)</translation>
    </message>
    <message>
        <source>median of the runs</source>
        <translation>mediana das execuções</translation>
    </message>
    <message>
        <source>lowest median (6 processes)</source>
        <translation>menor mediana (6 processos)</translation>
    </message>
</context>
<context>
    <name>conlab::CodePane</name>
    <message>
        <source># listing not found: %1</source>
        <translation># listagem não encontrada: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Python equivalent:&lt;/b&gt; %1</source>
        <extracomment>%1 the file name of the Python listing, e.g. spinner_thread.py</extracomment>
        <translation>&lt;b&gt;Equivalente em Python:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>This is the baseline listing of this experiment.</source>
        <translation>Esta é a listagem de referência deste experimento.</translation>
    </message>
    <message>
        <source>No line differs from the baseline listing.</source>
        <translation>Nenhuma linha difere da listagem de referência.</translation>
    </message>
    <message>
        <source>Highlighted: lines that differ from %1.</source>
        <extracomment>%1 the file name of the baseline listing the highlighted lines are compared against</extracomment>
        <translation>Destacadas: linhas que diferem de %1.</translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonModel</name>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>limitada</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <source>multiprocessing</source>
        <translation>multiprocessing</translation>
    </message>
    <message>
        <source>parallel execution</source>
        <translation>execução paralela</translation>
    </message>
    <message>
        <source>shared raw memory</source>
        <translation>memória bruta compartilhada</translation>
    </message>
    <message>
        <source>shared objects</source>
        <translation>objetos compartilhados</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>custo adicional</translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonPage</name>
    <message>
        <source>The three models compared</source>
        <translation>Os três modelos comparados</translation>
    </message>
    <message>
        <source>The summary the chapter cites: what each model gives you, and what it costs.</source>
        <translation>O resumo citado no capítulo: o que cada modelo oferece e quanto custa.</translation>
    </message>
    <message>
        <source>Threads and coroutines share one interpreter and its objects, so they share memory freely but, under the GIL, run Python code one at a time. Processes run truly in parallel, but share only what is sent to them or placed in shared memory explicitly, and each costs a whole interpreter.</source>
        <translation>Threads e corrotinas compartilham um único interpretador e seus objetos, então compartilham memória livremente, mas, sob a GIL, executam código Python um de cada vez. Processos rodam de fato em paralelo, mas só compartilham o que lhes é enviado ou o que é colocado explicitamente em memória compartilhada, e cada um custa um interpretador inteiro.</translation>
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
        <translation>quadro</translation>
    </message>
    <message>
        <source>frame gap</source>
        <translation>intervalo entre quadros</translation>
    </message>
    <message>
        <source>100 ms: the spinner&apos;s pace</source>
        <translation>100 ms: o ritmo do spinner</translation>
    </message>
    <message>
        <source>gap (ms)</source>
        <translation>intervalo (ms)</translation>
    </message>
</context>
<context>
    <name>conlab::GilTimeline</name>
    <message>
        <source>Who holds the GIL</source>
        <translation>Quem detém a GIL</translation>
    </message>
    <message>
        <source>thread %1</source>
        <extracomment>%1 a thread id number, shown when the thread has no name yet</extracomment>
        <translation>thread %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 seconds, the end of the time axis</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>conlab::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
</context>
<context>
    <name>conlab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation>Concurrency Lab</translation>
    </message>
    <message>
        <source>About Concurrency Lab</source>
        <translation>Sobre o Concurrency Lab</translation>
    </message>
    <message>
        <source>Concurrency Lab shows, live, how Python&apos;s threads, processes and coroutines behave, rebuilding the experiments of the chapter &quot;Concurrency Models in Python&quot; of Fluent Python in C++ and Qt.</source>
        <translation>O Concurrency Lab mostra, ao vivo, como se comportam as threads, os processos e as corrotinas do Python, reconstruindo em C++ e Qt os experimentos do capítulo &quot;Modelos de concorrência em Python&quot; do livro Python Fluente.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>▶ &amp;Run</source>
        <translation>▶ &amp;Executar</translation>
    </message>
    <message>
        <source>Run the experiment (F5)</source>
        <translation>Executar o experimento (F5)</translation>
    </message>
    <message>
        <source>■ &amp;Stop</source>
        <translation>■ &amp;Parar</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Parar a execução (Esc)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo de a&amp;presentação</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Tamanho original</translation>
    </message>
    <message>
        <source>Export live view as &amp;PNG…</source>
        <translation>Exportar visualização ao vivo como &amp;PNG…</translation>
    </message>
    <message>
        <source>Export live view as &amp;SVG…</source>
        <translation>Exportar visualização ao vivo como &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Lab</source>
        <translation>&amp;Sobre o Concurrency Lab</translation>
    </message>
    <message>
        <source>&amp;Next experiment</source>
        <translation>Próximo e&amp;xperimento</translation>
    </message>
    <message>
        <source>Pre&amp;vious experiment</source>
        <translation>Experimento a&amp;nterior</translation>
    </message>
</context>
<context>
    <name>conlab::NumberListParser</name>
    <message>
        <source>line %1, column %2: &apos;%3&apos;: %4</source>
        <extracomment>%1 line, %2 column, %3 the offending token, %4 why it was refused</extracomment>
        <translation>linha %1, coluna %2: &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>signs are not allowed; numbers run from 0 to 18446744073709551615</source>
        <translation>sinais não são permitidos; os números vão de 0 a 18446744073709551615</translation>
    </message>
    <message>
        <source>&apos;_&apos; may only stand between two digits, as in 1_000_003</source>
        <translation>&apos;_&apos; só pode ficar entre dois dígitos, como em 1_000_003</translation>
    </message>
    <message>
        <source>not a whole decimal number; write integers such as 5_000_111_000_222_021</source>
        <translation>não é um número decimal inteiro; escreva inteiros como 5_000_111_000_222_021</translation>
    </message>
    <message>
        <source>not a decimal integer: only the digits 0-9 and &apos;_&apos; are allowed</source>
        <translation>não é um inteiro decimal: só são permitidos os dígitos 0-9 e &apos;_&apos;</translation>
    </message>
    <message>
        <source>too large; the largest number is 18446744073709551615 (2^64 - 1)</source>
        <translation>grande demais; o maior número é 18446744073709551615 (2^64 - 1)</translation>
    </message>
    <message>
        <source>no numbers given: enter decimal integers separated by commas or spaces</source>
        <translation>nenhum número informado: digite inteiros decimais separados por vírgulas ou espaços</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s error message</extracomment>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no numbers</source>
        <extracomment>%1 file path</extracomment>
        <translation>%1 não contém números</translation>
    </message>
</context>
<context>
    <name>conlab::NumbersInput</name>
    <message>
        <source>numbers, separated by commas or spaces</source>
        <extracomment>placeholder of the numbers field</extracomment>
        <translation>números, separados por vírgulas ou espaços</translation>
    </message>
    <message>
        <source>Load file…</source>
        <extracomment>button that opens a file of numbers</extracomment>
        <translation>Carregar arquivo…</translation>
    </message>
    <message>
        <source>Book sample</source>
        <extracomment>button that puts the book&apos;s 20 numbers back in the field</extracomment>
        <translation>Amostra do livro</translation>
    </message>
    <message>
        <source>the field holds at most %1 characters; use Load file… for longer lists</source>
        <extracomment>%1 the field&apos;s limit in characters</extracomment>
        <translation>o campo aceita no máximo %1 caracteres; use Carregar arquivo… para listas maiores</translation>
    </message>
    <message>
        <source>Load numbers</source>
        <extracomment>title of the file dialog that loads numbers</extracomment>
        <translation>Carregar números</translation>
    </message>
    <message>
        <source>Number lists (*.txt *.csv);;All files (*)</source>
        <extracomment>file dialog filter</extracomment>
        <translation>Listas de números (*.txt *.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 file name being read</extracomment>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>numbers from %1 (type here to replace them)</source>
        <extracomment>placeholder while the numbers come from a file; %1 the file name</extracomment>
        <translation>números de %1 (digite aqui para substituí-los)</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <extracomment>%1 how many numbers, %2 the file they came from</extracomment>
        <translation>%1 números</translation>
    </message>
    <message>
        <source>%1 numbers from %2</source>
        <translation>%1 números de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 file name, %2 what is wrong in it (line, column, token and reason)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>conlab::PaceCalibration</name>
    <message>
        <source>unknown pace &apos;%1&apos;: use native, cpython, book, or a multiplier from 1 to 1000 such as 4</source>
        <extracomment>%1 the pace the user typed</extracomment>
        <translation>ritmo desconhecido &apos;%1&apos;: use native, cpython, book ou um multiplicador de 1 a 1000, como 4</translation>
    </message>
</context>
<context>
    <name>conlab::PredictionBox</name>
    <message>
        <source>The run did not finish, so there is nothing to compare.</source>
        <translation>A execução não terminou, então não há o que comparar.</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <extracomment>%1 what the run measured, e.g. &quot;Never appears&quot;</extracomment>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <source>Your guess: %1</source>
        <extracomment>%1 the guess the room picked before the run</extracomment>
        <translation>Seu palpite: %1</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ certo</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ errado</translation>
    </message>
    <message>
        <source>No guess was made.</source>
        <translation>Nenhum palpite foi dado.</translation>
    </message>
    <message>
        <source>Predict: what will the spinner do?</source>
        <translation>Palpite: o que o spinner vai fazer?</translation>
    </message>
    <message>
        <source>1  Keep spinning</source>
        <extracomment>Keyboard hint: the key 1 picks this answer</extracomment>
        <translation>1  Continua girando</translation>
    </message>
    <message>
        <source>2  Stutter</source>
        <extracomment>Keyboard hint: the key 2 picks this answer</extracomment>
        <translation>2  Engasga</translation>
    </message>
    <message>
        <source>3  Never appear</source>
        <extracomment>Keyboard hint: the key 3 picks this answer</extracomment>
        <translation>3  Nunca aparece</translation>
    </message>
    <message>
        <source>No guess</source>
        <translation>Sem palpite</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesOutcome</name>
    <message>
        <source>pace: %1</source>
        <extracomment>%1 the pace&apos;s name (native, cpython, book or a multiplier)</extracomment>
        <translation>ritmo: %1</translation>
    </message>
    <message>
        <source>one thread · %1</source>
        <extracomment>%1 the pace</extracomment>
        <translation>uma thread · %1</translation>
    </message>
    <message>
        <source>GIL on, switch interval %1 ms</source>
        <translation>GIL ligada, intervalo de troca de %1 ms</translation>
    </message>
    <message>
        <source>GIL off (free-threaded)</source>
        <translation>GIL desligada (free-threaded)</translation>
    </message>
    <message>
        <source>main thread</source>
        <translation>thread principal</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>laço de eventos</translation>
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
        <translation>%1 e mais %2</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <extracomment>%1 what went wrong (e.g. a worker process died)</extracomment>
        <translation>A execução falhou: %1</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 numbers checked.</source>
        <extracomment>%1 numbers checked, %2 numbers given</extracomment>
        <translation>Parado: %1 de %2 números verificados.</translation>
    </message>
    <message>
        <source>No run yet. Press Run (F5).</source>
        <translation>Nenhuma execução ainda. Pressione Executar (F5).</translation>
    </message>
    <message>
        <source>%1 of %2 checked · %3 s so far</source>
        <extracomment>%1 results so far, %2 numbers given, %3 seconds so far</extracomment>
        <translation>%1 de %2 verificados · %3 s até agora</translation>
    </message>
    <message>
        <source>%1 of %2 numbers checked in %3 s</source>
        <extracomment>%1 numbers checked, %2 numbers given, %3 wall time in seconds</extracomment>
        <translation>%1 de %2 números verificados em %3 s</translation>
    </message>
    <message>
        <source>%1× the speed of sequential (%2 s at %3 pace)</source>
        <extracomment>%1 the speedup factor, %2 the sequential run&apos;s seconds, %3 the pace</extracomment>
        <translation>%1× a velocidade do sequencial (%2 s no ritmo %3)</translation>
    </message>
    <message>
        <source>run Sequential with these numbers at this pace to see the speedup</source>
        <translation>execute Sequencial com estes números neste ritmo para ver o ganho de velocidade</translation>
    </message>
    <message>
        <source>worker processes: %1 · %2</source>
        <extracomment>%1 how many worker processes, %2 the pace</extracomment>
        <translation>processos trabalhadores: %1 · %2</translation>
    </message>
    <message>
        <source>threads: %1 · %2 · %3</source>
        <extracomment>%1 how many threads, %2 the GIL state, %3 the pace</extracomment>
        <translation>threads: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Numbers left unchecked (%1): %2</source>
        <extracomment>%1 how many numbers, %2 the numbers</extracomment>
        <translation>Números não verificados (%1): %2</translation>
    </message>
    <message>
        <source>Lost results (%1): %2. The report loop stopped as soon as the job queue was empty, while workers were still checking these numbers. procs.py&apos;s fix counts one &quot;done&quot; per worker.</source>
        <extracomment>%1 how many results, %2 the lost numbers</extracomment>
        <translation>Resultados perdidos (%1): %2. O laço de relatório parou assim que a fila de tarefas ficou vazia, enquanto os trabalhadores ainda verificavam estes números. A correção do procs.py conta um &quot;done&quot; por trabalhador.</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesPage</name>
    <message>
        <source>sequential (sequential.py)</source>
        <translation>sequencial (sequential.py)</translation>
    </message>
    <message>
        <source>coroutines on one event loop</source>
        <translation>corrotinas em um único laço de eventos</translation>
    </message>
    <message>
        <source>processes (procs.py)</source>
        <translation>processos (procs.py)</translation>
    </message>
    <message>
        <source>coroutines + process executor</source>
        <translation>corrotinas + executor de processos</translation>
    </message>
    <message>
        <source>threads (threads.py)</source>
        <translation>threads (threads.py)</translation>
    </message>
    <message>
        <source>thread pool (ThreadPoolExecutor)</source>
        <translation>pool de threads (ThreadPoolExecutor)</translation>
    </message>
    <message>
        <source>race condition (procs.py before its fix)</source>
        <extracomment>checkbox on the process-pool page</extracomment>
        <translation>condição de corrida (procs.py antes da correção)</translation>
    </message>
    <message>
        <source>The report loop stops once the job queue is empty, while workers may still be checking numbers: their results are lost.</source>
        <translation>O laço de relatório para assim que a fila de tarefas fica vazia, enquanto os trabalhadores ainda podem estar verificando números: os resultados deles se perdem.</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the run on screen</extracomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Results as CSV…</source>
        <translation>Resultados como CSV…</translation>
    </message>
    <message>
        <source>Results as JSON…</source>
        <translation>Resultados como JSON…</translation>
    </message>
    <message>
        <source>Chrome trace for Perfetto…</source>
        <translation>Trace do Chrome para o Perfetto…</translation>
    </message>
    <message>
        <source>Save recording…</source>
        <translation>Salvar gravação…</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>Abrir gravação…</translation>
    </message>
    <message>
        <source>Model:</source>
        <extracomment>label of the model choice</extracomment>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Sequencial</translation>
    </message>
    <message>
        <source>Process pool</source>
        <translation>Pool de processos</translation>
    </message>
    <message>
        <source>Threads and the GIL</source>
        <translation>Threads e a GIL</translation>
    </message>
    <message>
        <source>this recording is of a spinner run; open it on a spinner page</source>
        <translation>esta gravação é de uma execução do spinner; abra-a em uma página do spinner</translation>
    </message>
    <message>
        <source>stop the run first</source>
        <translation>pare a execução primeiro</translation>
    </message>
    <message>
        <source>Export failed</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>Exportar resultados como JSON</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Exportar resultados como CSV</translation>
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
        <translation>Exportar trace do Chrome</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>JSON de trace do Chrome (*.json)</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Salvar gravação</translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json)</source>
        <translation>Gravações do Concurrency Lab (*.clrec.json *.json)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Abrir gravação</translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json);;All files (*)</source>
        <translation>Gravações do Concurrency Lab (*.clrec.json *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot open recording</source>
        <extracomment>%1 file path, %2 what is wrong with it</extracomment>
        <translation>Não foi possível abrir a gravação</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 não pode ser exibido: %2</translation>
    </message>
</context>
<context>
    <name>conlab::ProcessesRun</name>
    <message>
        <source>worker %1 answered for %2, a number it was not given</source>
        <extracomment>%1 worker number, %2 the number it answered for</extracomment>
        <translation>o trabalhador %1 respondeu por %2, um número que não recebeu</translation>
    </message>
    <message>
        <source>worker %1 said done before it answered</source>
        <translation>o trabalhador %1 disse que terminou antes de responder</translation>
    </message>
    <message>
        <source>worker %1 reported an error: %2</source>
        <extracomment>%1 worker number, %2 its message</extracomment>
        <translation>o trabalhador %1 relatou um erro: %2</translation>
    </message>
    <message>
        <source>worker %1 sent an unexpected %2 message</source>
        <extracomment>%1 worker number, %2 the kind of message</extracomment>
        <translation>o trabalhador %1 enviou uma mensagem %2 inesperada</translation>
    </message>
</context>
<context>
    <name>conlab::ResultsTableModel</name>
    <message>
        <source>main</source>
        <extracomment>the worker column for a run with no workers (sequential, coroutines)</extracomment>
        <translation>principal</translation>
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
        <translation>%1 s</translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>column of the checked number</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>trabalhador</translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>when the check started, since the run&apos;s start</extracomment>
        <translation>início</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fim</translation>
    </message>
</context>
<context>
    <name>conlab::RunRecordings</name>
    <message>
        <source>not valid JSON at byte %1: %2 (is the file truncated?)</source>
        <extracomment>%1 byte offset in the file, %2 the JSON parser&apos;s message</extracomment>
        <translation>JSON inválido no byte %1: %2 (o arquivo está truncado?)</translation>
    </message>
    <message>
        <source>not a recording: the file holds no JSON object</source>
        <translation>não é uma gravação: o arquivo não contém um objeto JSON</translation>
    </message>
    <message>
        <source>not a Concurrency Lab recording (no &quot;schema&quot; of concurrency-lab.recording)</source>
        <translation>não é uma gravação do Concurrency Lab (sem &quot;schema&quot; de concurrency-lab.recording)</translation>
    </message>
    <message>
        <source>recording format %1 is not supported; this version reads %2</source>
        <extracomment>%1 the file&apos;s schema, %2 the schema this version reads</extracomment>
        <translation>o formato de gravação %1 não é suportado; esta versão lê %2</translation>
    </message>
    <message>
        <source>unknown kind of run &quot;%1&quot;; expected primes or spinner</source>
        <extracomment>%1 the kind found in the file</extracomment>
        <translation>tipo de execução desconhecido &quot;%1&quot;; esperado primes ou spinner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 where in the file (e.g. results.endNs[41]), %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing, or not an object</source>
        <translation>ausente, ou não é um objeto</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>esperado texto</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>esperado um número</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperado true ou false</translation>
    </message>
    <message>
        <source>expected a list of numbers</source>
        <translation>esperada uma lista de números</translation>
    </message>
    <message>
        <source>has %1 entries, expected %2</source>
        <extracomment>%1 entries found, %2 entries expected</extracomment>
        <translation>tem %1 entradas, esperadas %2</translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation>um valor está fora do intervalo</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot;</source>
        <extracomment>%1 the model name found in the file</extracomment>
        <translation>modelo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>esperada uma lista</translation>
    </message>
    <message>
        <source>unknown event kind</source>
        <translation>tipo de evento desconhecido</translation>
    </message>
</context>
<context>
    <name>conlab::RunToolBar</name>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Ritmo:</translation>
    </message>
    <message>
        <source>native C++</source>
        <translation>C++ nativo</translation>
    </message>
    <message>
        <source>CPython</source>
        <translation>CPython</translation>
    </message>
    <message>
        <source>book (2018 laptop)</source>
        <translation>livro (laptop de 2018)</translation>
    </message>
    <message>
        <source>How much one trial division costs: raw C++ speed, today&apos;s CPython, or the laptop the book was timed on.</source>
        <translation>Quanto custa uma divisão por tentativa: a velocidade crua do C++, o CPython de hoje ou o laptop em que o livro foi cronometrado.</translation>
    </message>
    <message>
        <source>&amp;GIL</source>
        <translation>&amp;GIL</translation>
    </message>
    <message>
        <source>Emulate CPython&apos;s global interpreter lock for threads. Off behaves like free-threaded CPython 3.13t.</source>
        <translation>Emula o bloqueio global do interpretador (GIL) do CPython para threads. Desligada, se comporta como o CPython 3.13t free-threaded.</translation>
    </message>
    <message>
        <source>S&amp;witch every:</source>
        <translation>&amp;Trocar a cada:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>sys.setswitchinterval(): how long a waiting thread lets the holder keep the GIL before asking for it.</source>
        <translation>sys.setswitchinterval(): quanto tempo uma thread em espera deixa a detentora ficar com a GIL antes de pedi-la.</translation>
    </message>
    <message>
        <source>W&amp;orkers:</source>
        <translation>Tra&amp;balhadores:</translation>
    </message>
    <message>
        <source>Worker processes or threads for the primes experiments.</source>
        <translation>Processos ou threads trabalhadores para os experimentos de primos.</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerChoices</name>
    <message>
        <source>--slow %1 makes no sense with --model %2; with %2 choose one of: %3</source>
        <extracomment>%1 the slow() variant, %2 the model, %3 the valid variants for it</extracomment>
        <translation>--slow %1 não faz sentido com --model %2; com %2 escolha um de: %3</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerLiveView</name>
    <message>
        <source>(no frame was ever drawn)</source>
        <translation>(nenhum quadro chegou a ser desenhado)</translation>
    </message>
    <message>
        <source>(the spinner wiped its line when it stopped)</source>
        <translation>(o spinner apagou sua linha ao parar)</translation>
    </message>
    <message>
        <source>%1 drawn</source>
        <extracomment>%1 frames the spinner drew so far</extracomment>
        <translation>%1 desenhados</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 seconds, with two decimals</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Stopped before slow() returned</source>
        <translation>Parado antes de slow() retornar</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 the engine&apos;s error message</extracomment>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <extracomment>%1 the value slow() returned (42)</extracomment>
        <translation>Resposta: %1</translation>
    </message>
    <message>
        <source>waiting for slow()…</source>
        <translation>esperando slow()…</translation>
    </message>
    <message>
        <source>Spinner object:</source>
        <translation>Objeto spinner:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Quadros:</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Tempo decorrido:</translation>
    </message>
    <message>
        <source>%1 drawn, about %2 expected</source>
        <extracomment>%1 frames the spinner drew, %2 frames it would draw at 10 a second</extracomment>
        <translation>%1 desenhados, cerca de %2 esperados</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 the longest time between two frames, in ms</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Longest gap:</source>
        <translation>Maior intervalo:</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerOutcomes</name>
    <message>
        <source>Keeps spinning</source>
        <translation>Continua girando</translation>
    </message>
    <message>
        <source>Stutters</source>
        <translation>Engasga</translation>
    </message>
    <message>
        <source>Never appears</source>
        <translation>Nunca aparece</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerPage</name>
    <message>
        <source>Pace: %1</source>
        <extracomment>%1 the pace name (native, cpython, book)</extracomment>
        <translation>Ritmo: %1</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>Sleep:</source>
        <translation>Espera:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of the sleep-seconds spin box</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>▶ Run</source>
        <translation>▶ Executar</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <source>Spinner hello world</source>
        <translation>O &quot;olá, mundo&quot; do spinner</translation>
    </message>
    <message>
        <source>A spinner turns while slow() sleeps for a few seconds. The same supervisor, three ways: the spinner in a thread, in a child process, or as a coroutine on the event loop.</source>
        <translation>Um spinner gira enquanto slow() dorme por alguns segundos. O mesmo supervisor, de três jeitos: o spinner em uma thread, em um processo filho ou como corrotina no laço de eventos.</translation>
    </message>
    <message>
        <source>S1 · thread, time.sleep()</source>
        <translation>S1 · thread, time.sleep()</translation>
    </message>
    <message>
        <source>S2 · process, time.sleep()</source>
        <translation>S2 · processo, time.sleep()</translation>
    </message>
    <message>
        <source>S3 · coroutine, await asyncio.sleep()</source>
        <translation>S3 · corrotina, await asyncio.sleep()</translation>
    </message>
    <message>
        <source>A blocking call in a coroutine</source>
        <translation>Uma chamada bloqueante em uma corrotina</translation>
    </message>
    <message>
        <source>The coroutine version, with one line changed: slow() calls time.sleep() instead of awaiting asyncio.sleep(). The event loop has one thread, and that thread is now asleep.</source>
        <translation>A versão com corrotinas, com uma linha trocada: slow() chama time.sleep() em vez de aguardar asyncio.sleep(). O laço de eventos tem uma única thread, e essa thread agora está dormindo.</translation>
    </message>
    <message>
        <source>S4 · coroutine, time.sleep() inside</source>
        <translation>S4 · corrotina, time.sleep() dentro</translation>
    </message>
    <message>
        <source>The GIL quiz</source>
        <translation>O quiz da GIL</translation>
    </message>
    <message>
        <source>slow() now does CPU work: is_prime(5_000_111_000_222_021). Does the spinner still turn? Ask the room before each run.</source>
        <translation>Agora slow() faz trabalho de CPU: is_prime(5_000_111_000_222_021). O spinner ainda gira? Pergunte à turma antes de cada execução.</translation>
    </message>
    <message>
        <source>S5 · process, is_prime()</source>
        <translation>S5 · processo, is_prime()</translation>
    </message>
    <message>
        <source>S6 · thread, is_prime()</source>
        <translation>S6 · thread, is_prime()</translation>
    </message>
    <message>
        <source>S7 · coroutine, is_prime() called directly</source>
        <translation>S7 · corrotina, is_prime() chamada diretamente</translation>
    </message>
    <message>
        <source>Power napping</source>
        <translation>Cochilos estratégicos</translation>
    </message>
    <message>
        <source>Two ways to keep the loop alive during CPU work: make is_prime() a coroutine that awaits sleep(0) now and then, or hand it to a process executor.</source>
        <translation>Duas maneiras de manter o laço vivo durante trabalho de CPU: transformar is_prime() em uma corrotina que aguarda sleep(0) de vez em quando, ou entregá-la a um executor de processos.</translation>
    </message>
    <message>
        <source>S8 · coroutine, is_prime() naps with sleep(0)</source>
        <translation>S8 · corrotina, is_prime() cochila com sleep(0)</translation>
    </message>
    <message>
        <source>coroutine, is_prime() in a process executor</source>
        <translation>corrotina, is_prime() em um executor de processos</translation>
    </message>
    <message>
        <source>GIL on, %1 ms switch</source>
        <translation>GIL ligada, troca de %1 ms</translation>
    </message>
    <message>
        <source>GIL off</source>
        <translation>GIL desligada</translation>
    </message>
</context>
<context>
    <name>conlab::SweepPlaceholderPage</name>
    <message>
        <source>Sweep: how many processes?</source>
        <translation>Varredura: quantos processos?</translation>
    </message>
    <message>
        <source>This experiment comes in the next release.</source>
        <translation>Este experimento chega na próxima versão.</translation>
    </message>
    <message>
        <source>It will rebuild Figure 19-2 of the chapter: procs.py run with 1 to 20 worker processes, each count repeated several times, and the median time for each count plotted against the count, with a dotted line at the lowest median.</source>
        <translation>Ele vai reconstruir a Figura 19-2 do capítulo: procs.py executado com 1 a 20 processos trabalhadores, cada quantidade repetida várias vezes, e o tempo mediano de cada quantidade plotado contra a quantidade, com uma linha pontilhada na menor mediana.</translation>
    </message>
    <message>
        <source>In the book, on a machine with 6 cores, the time falls steeply from 1 to 6 processes (40.8 s to 10.4 s) and then stays flat or gets a little worse: once every core is busy, more processes only add start-up and switching costs. The lowest median sits at the core count.</source>
        <translation>No livro, em uma máquina com 6 núcleos, o tempo cai bruscamente de 1 para 6 processos (de 40,8 s para 10,4 s) e depois fica estável ou piora um pouco: quando todos os núcleos estão ocupados, mais processos só acrescentam custos de inicialização e de troca. A menor mediana fica no número de núcleos.</translation>
    </message>
    <message>
        <source>Until then, run page 6 with different worker counts from the toolbar to see the same effect one point at a time. Below are the book&apos;s own numbers, plotted the way the figure plots them.</source>
        <translation>Até lá, execute a página 6 com diferentes quantidades de trabalhadores pela barra de ferramentas para ver o mesmo efeito, um ponto de cada vez. Abaixo estão os números do próprio livro, plotados do jeito que a figura os plota.</translation>
    </message>
</context>
<context>
    <name>conlab::TimelineView</name>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>queue depth</source>
        <translation>profundidade da fila</translation>
    </message>
    <message>
        <source>prime</source>
        <translation>primo</translation>
    </message>
    <message>
        <source>not prime</source>
        <translation>não primo</translation>
    </message>
    <message>
        <source>GIL held</source>
        <translation>GIL detida</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 a time on the timeline&apos;s axis, in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>conlab::ViewExporter</name>
    <message>
        <source>Export PNG</source>
        <extracomment>%1 the file path</extracomment>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <extracomment>%1 the file path</extracomment>
        <translation>Exportar SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>conlab::WorkerChannel</name>
    <message>
        <source>cannot start the worker process %1: %2</source>
        <extracomment>%1 path of the worker executable, %2 the system&apos;s reason</extracomment>
        <translation>não foi possível iniciar o processo trabalhador %1: %2</translation>
    </message>
    <message>
        <source> while checking %1</source>
        <extracomment>%1 the number the worker was checking</extracomment>
        <translation> ao verificar %1</translation>
    </message>
    <message>
        <source>; it said: %1</source>
        <extracomment>%1 what the worker printed on stderr</extracomment>
        <translation>; ele disse: %1</translation>
    </message>
    <message>
        <source>worker %1 (pid %2) %3</source>
        <extracomment>%1 worker number, %2 its pid, %3 how it ended</extracomment>
        <translation>trabalhador %1 (pid %2) %3</translation>
    </message>
    <message>
        <source>worker %1 sent malformed output (%2)</source>
        <extracomment>%1 worker number, %2 what was wrong with its output</extracomment>
        <translation>o trabalhador %1 enviou uma saída malformada (%2)</translation>
    </message>
</context>
<context>
    <name>conlab::cli::Options</name>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <extracomment>%1 option name, %2 the value given, %3 and %4 the valid range</extracomment>
        <translation>--%1: &apos;%2&apos; não é um número inteiro de %3 a %4</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together</source>
        <extracomment>%1 and %2 option names</extracomment>
        <translation>--%1 e --%2 não podem ser usados juntos</translation>
    </message>
    <message>
        <source>number %1 at %2</source>
        <extracomment>%1 the position of the bad number in the list, %2 the detailed message</extracomment>
        <translation>número %1 em %2</translation>
    </message>
    <message>
        <source>--%1: unknown value &apos;%2&apos;; choose one of %3</source>
        <extracomment>%1 option name, %2 the value given, %3 the valid values</extracomment>
        <translation>--%1: valor desconhecido &apos;%2&apos;; escolha um de %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is outside %3 to %4 %5</source>
        <extracomment>%1 option name, %2 value given, %3 and %4 the range, %5 the unit</extracomment>
        <translation>--%1: &apos;%2&apos; está fora de %3 a %4 %5</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; %2</source>
        <extracomment>%1 the unexpected word on the command line, %2 a hint on what to do instead</extracomment>
        <translation>argumento inesperado &apos;%1&apos;; %2</translation>
    </message>
    <message>
        <source>this command takes only options (see --help)</source>
        <translation>este comando só aceita opções (veja --help)</translation>
    </message>
</context>
<context>
    <name>conlab::cli::PrimesCommand</name>
    <message>
        <source>and %1 more</source>
        <extracomment>%1 how many more numbers were not listed</extracomment>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>--racy applies to --model processes only (it restores procs.py&apos;s report-loop bug)</source>
        <translation>--racy só se aplica a --model processes (restaura o bug do laço de relatório do procs.py)</translation>
    </message>
    <message>
        <source>Checks numbers for primality with the book&apos;s trial division, in one of the
concurrency models of sequential.py, threads.py and procs.py, and prints
the same lines those scripts print.</source>
        <translation>Verifica se números são primos com a divisão por tentativa do livro, em um dos
modelos de concorrência de sequential.py, threads.py e procs.py, e imprime
as mesmas linhas que esses scripts imprimem.</translation>
    </message>
    <message>
        <source>sequential, threads, processes or pool (default sequential).</source>
        <translation>sequential, threads, processes ou pool (padrão: sequential).</translation>
    </message>
    <message>
        <source>Worker threads or processes, 1 to 256 (default: the CPU count).</source>
        <translation>Threads ou processos trabalhadores, de 1 a 256 (padrão: o número de CPUs).</translation>
    </message>
    <message>
        <source>native, cpython (~31 ns per division), book (~93 ns), or a multiplier.</source>
        <translation>native, cpython (~31 ns por divisão), book (~93 ns) ou um multiplicador.</translation>
    </message>
    <message>
        <source>processes only: stop reporting once the job queue is empty, as procs.py did before its fix.</source>
        <translation>só processes: para de relatar assim que a fila de tarefas fica vazia, como o procs.py fazia antes da correção.</translation>
    </message>
    <message>
        <source>Numbers to check, separated by commas or spaces (default: the book&apos;s 20).</source>
        <translation>Números a verificar, separados por vírgulas ou espaços (padrão: os 20 do livro).</translation>
    </message>
    <message>
        <source>Read the numbers from a file, with the same rules.</source>
        <translation>Lê os números de um arquivo, com as mesmas regras.</translation>
    </message>
    <message>
        <source>Print every result and the summary as JSON (schema in the README).</source>
        <translation>Imprime cada resultado e o resumo em JSON (esquema no README).</translation>
    </message>
    <message>
        <source>lost %1 results still in flight when the report loop stopped: %2</source>
        <extracomment>%1 how many results, %2 the numbers</extracomment>
        <translation>%1 resultados ainda em andamento se perderam quando o laço de relatório parou: %2</translation>
    </message>
    <message>
        <source>cancelled; %1 of %2 numbers checked</source>
        <translation>cancelado; %1 de %2 números verificados</translation>
    </message>
    <message>
        <source>%1 numbers left unchecked: %2</source>
        <extracomment>%1 count, %2 the numbers</extracomment>
        <translation>%1 números não verificados: %2</translation>
    </message>
    <message>
        <source>--gil and --switch-interval apply to --model threads and pool only; each process has a GIL of its own</source>
        <translation>--gil e --switch-interval só se aplicam a --model threads e pool; cada processo tem sua própria GIL</translation>
    </message>
    <message>
        <source>threads and pool: on (CPython&apos;s GIL, the default) or off (free-threaded 3.13t).</source>
        <translation>threads e pool: on (a GIL do CPython, o padrão) ou off (3.13t free-threaded).</translation>
    </message>
    <message>
        <source>threads and pool: the GIL&apos;s switch interval in ms, 1 to 1000 (default 5).</source>
        <translation>threads e pool: o intervalo de troca da GIL em ms, de 1 a 1000 (padrão 5).</translation>
    </message>
    <message>
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev).</source>
        <translation>Grava também a execução como JSON de Trace Event do Chrome em FILE (abre em ui.perfetto.dev).</translation>
    </message>
    <message>
        <source>numbers go after --numbers, as in --numbers 2,3,5</source>
        <translation>os números vêm depois de --numbers, como em --numbers 2,3,5</translation>
    </message>
</context>
<context>
    <name>conlab::cli::SpinnerCommand</name>
    <message>
        <source>--gil and --switch-interval apply to --model thread only; a process and a coroutine do not share a GIL with a spinner thread</source>
        <translation>--gil e --switch-interval só se aplicam a --model thread; um processo e uma corrotina não compartilham uma GIL com uma thread de spinner</translation>
    </message>
    <message>
        <source>--number takes exactly one number</source>
        <translation>--number aceita exatamente um número</translation>
    </message>
    <message>
        <source>Runs the book&apos;s spinner supervisor: start a spinner, call slow(), stop the
spinner, print the answer. Shows when the spinner spins, stutters, or never
appears, depending on the concurrency model.</source>
        <translation>Executa o supervisor do spinner do livro: inicia um spinner, chama slow(), para o
spinner e imprime a resposta. Mostra quando o spinner gira, engasga ou nunca
aparece, dependendo do modelo de concorrência.</translation>
    </message>
    <message>
        <source>thread, process or coroutine (default thread).</source>
        <translation>thread, process ou coroutine (padrão: thread).</translation>
    </message>
    <message>
        <source>sleep, blocking-sleep, prime, nap or executor (default sleep).</source>
        <translation>sleep, blocking-sleep, prime, nap ou executor (padrão: sleep).</translation>
    </message>
    <message>
        <source>thread model: on (default) or off.</source>
        <translation>modelo thread: on (padrão) ou off.</translation>
    </message>
    <message>
        <source>thread model: the GIL&apos;s switch interval in ms, 1 to 1000 (default 5).</source>
        <translation>modelo thread: o intervalo de troca da GIL em ms, de 1 a 1000 (padrão 5).</translation>
    </message>
    <message>
        <source>Pace of is_prime: native, cpython (default), book, or a multiplier.</source>
        <translation>Ritmo de is_prime: native, cpython (padrão), book ou um multiplicador.</translation>
    </message>
    <message>
        <source>How long the sleep variants sleep (default 3).</source>
        <translation>Quanto tempo as variantes com sleep dormem (padrão 3).</translation>
    </message>
    <message>
        <source>The number the prime variants check (default 5_000_111_000_222_021).</source>
        <translation>O número que as variantes com primo verificam (padrão 5_000_111_000_222_021).</translation>
    </message>
    <message>
        <source>Print the frame report as JSON instead of the animation.</source>
        <translation>Imprime o relatório de quadros em JSON em vez da animação.</translation>
    </message>
    <message>
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev).</source>
        <translation>Grava também a execução como JSON de Trace Event do Chrome em FILE (abre em ui.perfetto.dev).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>conlab::cli::TraceFile</name>
    <message>
        <source>--trace: cannot write %1: %2</source>
        <extracomment>%1 the path given to --trace, %2 the system&apos;s reason</extracomment>
        <translation>--trace: não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>could not write the trace %1: %2</source>
        <extracomment>%1 the trace file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>não foi possível gravar o trace %1: %2</translation>
    </message>
</context>
</TS>
