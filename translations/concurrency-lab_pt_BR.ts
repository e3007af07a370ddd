<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>conlab::AudienceController</name>
    <message>
        <source>Audience is off: %1</source>
        <extracomment>%1 why the listener could not start</extracomment>
        <translation>Audiência desligada: %1</translation>
    </message>
    <message>
        <source>this machine has no network address phones could reach; connect to the room&apos;s network, or give --audience-bind</source>
        <translation>esta máquina não tem endereço de rede que os celulares alcancem; conecte-se à rede da sala ou use --audience-bind</translation>
    </message>
    <message>
        <source>Export the room&apos;s votes</source>
        <translation>Exportar os votos da sala</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Audience: the room votes from phones</source>
        <translation>&amp;Audiência: a sala vota pelo celular</translation>
    </message>
    <message>
        <source>Serve a voting page on the local network, with a QR code and a session code</source>
        <translation>Serve uma página de votação na rede local, com um código QR e um código de sessão</translation>
    </message>
    <message>
        <source>Show the &amp;join code</source>
        <translation>Mostrar o código de &amp;entrada</translation>
    </message>
    <message>
        <source>Show the &amp;counts while voting</source>
        <translation>Mostrar as &amp;contagens durante a votação</translation>
    </message>
    <message>
        <source>Off: the room sees the counts only at the reveal, so nobody follows the crowd</source>
        <translation>Desligado: a sala só vê as contagens na revelação, para ninguém seguir a maioria</translation>
    </message>
    <message>
        <source>&amp;Export the room&apos;s votes (CSV)…</source>
        <translation>&amp;Exportar os votos da sala (CSV)…</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de entrada</translation>
    </message>
</context>
<context>
    <name>conlab::AudienceOptions</name>
    <message>
        <source>--audience-port: &quot;%1&quot; is not a port; give 1 to 65535, or 0 for a free one</source>
        <extracomment>%1 the value given to --audience-port</extracomment>
        <translation>--audience-port: &quot;%1&quot; não é uma porta; use de 1 a 65535, ou 0 para uma livre</translation>
    </message>
    <message>
        <source>--audience-bind: &quot;%1&quot; is not an IP address, such as 127.0.0.1 or 192.168.1.20</source>
        <extracomment>%1 the value given to --audience-bind</extracomment>
        <translation>--audience-bind: &quot;%1&quot; não é um endereço IP, como 127.0.0.1 ou 192.168.1.20</translation>
    </message>
    <message>
        <source>--audience-code: &quot;%1&quot; is not a session code; give 4 digits, such as 0427</source>
        <extracomment>%1 the value given to --audience-code</extracomment>
        <translation>--audience-code: &quot;%1&quot; não é um código de sessão; use 4 dígitos, como 0427</translation>
    </message>
</context>
<context>
    <name>conlab::AudienceQuestion</name>
    <message>
        <source>What will the spinner do?</source>
        <extracomment>The question on the students&apos; phones before a spinner run</extracomment>
        <translation>O que o spinner vai fazer?</translation>
    </message>
</context>
<context>
    <name>conlab::AudienceService</name>
    <message>
        <source>no address to listen on: this machine has no LAN address</source>
        <translation>nenhum endereço para escutar: esta máquina não tem endereço na rede local</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <extracomment>%1 an address such as 192.168.1.20, %2 a port, %3 the system&apos;s reason</extracomment>
        <translation>não é possível escutar em %1 porta %2: %3</translation>
    </message>
</context>
<context>
    <name>conlab::AudienceStrip</name>
    <message>
        <source>Vote at %1 · code %2</source>
        <extracomment>The audience strip: %1 the address to type on a phone, %2 the 4-digit code</extracomment>
        <translation>Vote em %1 · código %2</translation>
    </message>
    <message>
        <source>Listening on this machine only</source>
        <translation>Escutando só nesta máquina</translation>
    </message>
    <message>
        <source>Open to the network: anyone here with the code can vote</source>
        <translation>Aberto à rede: qualquer pessoa aqui com o código pode votar</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Close the voting page: phones can no longer reach this machine</source>
        <translation>Fechar a página de votação: os celulares não alcançam mais esta máquina</translation>
    </message>
    <message>
        <source>This machine only</source>
        <translation>Só esta máquina</translation>
    </message>
    <message>
        <source>⚠ Open to the network</source>
        <translation>⚠ Aberto à rede</translation>
    </message>
</context>
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
        <source>median of the runs</source>
        <translation>mediana das execuções</translation>
    </message>
    <message>
        <source>lowest median (6 processes)</source>
        <translation>menor mediana (6 processos)</translation>
    </message>
    <message>
        <source>median (s)</source>
        <translation>mediana (s)</translation>
    </message>
    <message>
        <source>lowest median %1 s with %2 processes; %3 s with 1 process, %5 s with %4</source>
        <extracomment>Screen reader: the book&apos;s chart; %1 the lowest median in s, %2 the process count it was at, %3 the median with 1 process, %4 the highest count, %5 the median there</extracomment>
        <translation>menor mediana %1 s com %2 processos; %3 s com 1 processo, %5 s com %4</translation>
    </message>
</context>
<context>
    <name>conlab::BoundedRead</name>
    <message>
        <source>it is a character device, not a file</source>
        <translation>é um dispositivo de caracteres, não um arquivo</translation>
    </message>
    <message>
        <source>it is a block device, not a file</source>
        <translation>é um dispositivo de blocos, não um arquivo</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>it is a pipe or socket, not a regular file</source>
        <translation>é um pipe ou socket, não um arquivo comum</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>a size limit in mebibytes</extracomment>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 a file path (quoted), %2 why it cannot be read</extracomment>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for %3</source>
        <extracomment>%1 a file path (quoted), %2 a size such as &quot;64 MiB&quot;, %3 the kind of file, e.g. &quot;a numbers file&quot;</extracomment>
        <translation>%1 é maior que %2, o limite para %3</translation>
    </message>
</context>
<context>
    <name>conlab::BrokerUrl</name>
    <message>
        <source>broker URL &quot;%1&quot;: it must start with redis:// (redis://[:password@]host:port/db)</source>
        <extracomment>%1 the URL as given</extracomment>
        <translation>URL do broker &quot;%1&quot;: deve começar com redis:// (redis://[:senha@]host:porta/db)</translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: no host (redis://[:password@]host:port/db)</source>
        <translation>URL do broker &quot;%1&quot;: sem host (redis://[:senha@]host:porta/db)</translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: options after ? or # are not supported</source>
        <translation>URL do broker &quot;%1&quot;: opções depois de ? ou # não são suportadas</translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: the port must be 1 to 65535</source>
        <translation>URL do broker &quot;%1&quot;: a porta deve ser de 1 a 65535</translation>
    </message>
    <message>
        <source>broker URL &quot;%1&quot;: the database after the / must be a number from 0 to 15</source>
        <translation>URL do broker &quot;%1&quot;: o banco depois da / deve ser um número de 0 a 15</translation>
    </message>
</context>
<context>
    <name>conlab::CPythonHeading</name>
    <message>
        <source>&lt;b&gt;CPython&lt;/b&gt;: running the same listing now…</source>
        <translation>&lt;b&gt;CPython&lt;/b&gt;: executando a mesma listagem agora…</translation>
    </message>
    <message>
        <source>&lt;b&gt;CPython&lt;/b&gt;: did not run. %1</source>
        <extracomment>%1 why no interpreter could run the listing, and how to get one</extracomment>
        <translation>&lt;b&gt;CPython&lt;/b&gt;: não foi executado. %1</translation>
    </message>
    <message>
        <source>%1 ran %2</source>
        <extracomment>%1 the interpreter (&quot;CPython 3.11.2 (/usr/bin/python3)&quot;), %2 the command line</extracomment>
        <translation>%1 executou %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ran %2</source>
        <extracomment>%1 the interpreter&apos;s version (&quot;CPython 3.11.2&quot;), %2 the command line, cut to fit</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; executou %2</translation>
    </message>
</context>
<context>
    <name>conlab::CPythonPrimesRun</name>
    <message>
        <source>procs.py fills its job queue (a pipe) before it starts a worker; with this many numbers the queue fills up and the script blocks on its own put().</source>
        <translation>procs.py enche a sua fila de tarefas (um pipe) antes de iniciar um trabalhador; com tantos números a fila fica cheia e o script trava no seu próprio put().</translation>
    </message>
    <message numerus="yes">
        <source>the listing ended without printing %n result(s)</source>
        <extracomment>%n how many numbers</extracomment>
        <translation>
            <numerusform>a listagem terminou sem imprimir %n resultado</numerusform>
            <numerusform>a listagem terminou sem imprimir %n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::CPythonSpinnerRun</name>
    <message>
        <source>%1 printed no spinner object or no Answer line</source>
        <extracomment>%1 the listing&apos;s file name</extracomment>
        <translation>%1 não imprimiu o objeto spinner ou a linha Answer</translation>
    </message>
</context>
<context>
    <name>conlab::CeleryLocator</name>
    <message>
        <source>%1 was not found</source>
        <translation>%1 não foi encontrado</translation>
    </message>
    <message>
        <source>Celery %1 on %2</source>
        <extracomment>%1 a version such as 5.2.6, %2 the interpreter&apos;s path</extracomment>
        <translation>Celery %1 em %2</translation>
    </message>
    <message>
        <source>No CPython with Celery and its Redis transport was found. Install them (Debian: sudo apt install python3-celery python3-redis celery redis-server).
Tried:
%1</source>
        <translation>Nenhum CPython com o Celery e seu transporte Redis foi encontrado. Instale-os (Debian: sudo apt install python3-celery python3-redis celery redis-server).
Tentados:
%1</translation>
    </message>
    <message>
        <source>redis-server was not found on PATH. Install it (Debian: sudo apt install redis-server), or give an existing broker with a URL (redis://:PASSWORD@HOST:PORT/0).</source>
        <translation>redis-server não foi encontrado no PATH. Instale-o (Debian: sudo apt install redis-server) ou informe um broker existente por URL (redis://:SENHA@HOST:PORTA/0).</translation>
    </message>
    <message>
        <source>could not read redis-py&apos;s lock scripts from %1: %2</source>
        <translation>não foi possível ler os scripts de trava do redis-py em %1: %2</translation>
    </message>
</context>
<context>
    <name>conlab::CelerySweepEngine</name>
    <message numerus="yes">
        <source>%n task(s) lost</source>
        <translation>
            <numerusform>%n tarefa perdida</numerusform>
            <numerusform>%n tarefas perdidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::ChildProcess</name>
    <message>
        <source>%1 did not start it (is it from another version?)</source>
        <extracomment>%1 the path of concurrency-lab-worker</extracomment>
        <translation>%1 não o iniciou (é de outra versão?)</translation>
    </message>
</context>
<context>
    <name>conlab::CodePane</name>
    <message>
        <source># listing not found: %1</source>
        <extracomment>a Python comment shown instead of a missing listing; %1 the listing&apos;s resource path</extracomment>
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
    <message>
        <source>Smaller code (Ctrl+Shift+minus)</source>
        <translation>Código menor (Ctrl+Shift+minus)</translation>
    </message>
    <message>
        <source>Larger code (Ctrl+Shift+plus)</source>
        <translation>Código maior (Ctrl+Shift+plus)</translation>
    </message>
    <message>
        <source>Show code large</source>
        <translation>Mostrar o código ampliado</translation>
    </message>
    <message>
        <source>Back to the page (F9 or Esc)</source>
        <translation>Voltar à página (F9 ou Esc)</translation>
    </message>
    <message>
        <source>Show code large (F9)</source>
        <translation>Mostrar o código ampliado (F9)</translation>
    </message>
</context>
<context>
    <name>conlab::CodeSplit</name>
    <message>
        <source>◂ Back to the live view</source>
        <translation>◂ Voltar à visualização ao vivo</translation>
    </message>
    <message>
        <source>Show the Python code ▸</source>
        <translation>Mostrar o código Python ▸</translation>
    </message>
    <message>
        <source>The screen is too narrow for the code beside the live view: this switches between the two.</source>
        <translation>A tela é estreita demais para o código ao lado da visualização ao vivo: isto alterna entre os dois.</translation>
    </message>
    <message>
        <source>Hide the code ◂</source>
        <translation>Ocultar o código ◂</translation>
    </message>
    <message>
        <source>The code beside the live view, or the whole width for the run</source>
        <translation>O código ao lado da visão ao vivo, ou toda a largura para a execução</translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonFacts</name>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <source>Limited?</source>
        <translation>Limitada?</translation>
    </message>
    <message>
        <source>No?</source>
        <translation>Não?</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Async</translation>
    </message>
    <message>
        <source>Multiprocessing</source>
        <translation>Multiprocessing</translation>
    </message>
    <message>
        <source>PEP 554</source>
        <translation>PEP 554</translation>
    </message>
    <message>
        <source>Ideal CSP</source>
        <translation>CSP ideal</translation>
    </message>
    <message>
        <source>Free-threaded
(GIL off)</source>
        <translation>Free-threaded
(sem GIL)</translation>
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
    <message>
        <source>PEP 684 (Python 3.12): each interpreter has its own GIL, so interpreters run in parallel. PEP 734 (3.14) brings them to Python code: concurrent.interpreters and InterpreterPoolExecutor.</source>
        <translation>PEP 684 (Python 3.12): cada interpretador tem seu próprio GIL, então os interpretadores rodam em paralelo. A PEP 734 (3.14) os leva ao código Python: concurrent.interpreters e InterpreterPoolExecutor.</translation>
    </message>
    <message>
        <source>PEP 734 (3.14): only memoryview and the interpreters&apos; Queue share mutable data between interpreters.</source>
        <translation>PEP 734 (3.14): só memoryview e a Queue dos interpretadores compartilham dados mutáveis entre interpretadores.</translation>
    </message>
    <message>
        <source>PEP 734 (3.14): other objects are copied, most through pickle, so mutable ones do not stay in sync.</source>
        <translation>PEP 734 (3.14): os demais objetos são copiados, a maioria via pickle, então os mutáveis não ficam sincronizados.</translation>
    </message>
    <message>
        <source>Still open: there is no settled figure for what an interpreter costs against a thread or a process.</source>
        <translation>Ainda em aberto: não há um número consolidado para quanto custa um interpretador em comparação com uma thread ou um processo.</translation>
    </message>
    <message>
        <source>PEP 703, supported since Python 3.14 (PEP 779): a build without the GIL, where threads run Python code in parallel and share objects as before.</source>
        <translation>PEP 703, com suporte oficial desde o Python 3.14 (PEP 779): uma compilação sem o GIL, em que as threads rodam código Python em paralelo e compartilham objetos como antes.</translation>
    </message>
    <message>
        <source>Threads cost what they did; single-threaded code runs somewhat slower than on the default build (Python 3.14 documentation).</source>
        <translation>As threads custam o mesmo de antes; código de uma só thread roda um pouco mais devagar do que na compilação padrão (documentação do Python 3.14).</translation>
    </message>
    <message>
        <source>P1 with coroutines: every number is checked on one thread, no faster than sequential.</source>
        <translation>P1 com corrotinas: todos os números são verificados em uma só thread, sem ganho sobre o sequencial.</translation>
    </message>
    <message>
        <source>P2 against P3: processes run at once, one per core.</source>
        <translation>P2 contra P3: os processos rodam ao mesmo tempo, um por núcleo.</translation>
    </message>
    <message>
        <source>P3 against P2: threads take turns at the GIL.</source>
        <translation>P3 contra P2: as threads se revezam no GIL.</translation>
    </message>
    <message>
        <source>P3 with the GIL off: threads run at once, one per core.</source>
        <translation>P3 com o GIL desligado: as threads rodam ao mesmo tempo, uma por núcleo.</translation>
    </message>
    <message>
        <source>P5: processes share no objects, only queues, and the report loop races on them.</source>
        <translation>P5: os processos não compartilham objetos, só filas, e o laço de relatório entra em condição de corrida nelas.</translation>
    </message>
    <message>
        <source>T5: with many tiny tasks, the round trip of each task dominates.</source>
        <translation>T5: com muitas tarefas minúsculas, a ida e volta de cada tarefa domina.</translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonModel</name>
    <message>
        <source>The book (2020): %1</source>
        <extracomment>tooltip of a changed cell; %1 the book&apos;s answer (2020), for example &quot;?&quot;</extracomment>
        <translation>O livro (2020): %1</translation>
    </message>
    <message>
        <source>Click or press Enter: opens %1, ready to run.</source>
        <extracomment>tooltip of a cell that opens an experiment; %1 its entry in the list, &quot;7 · Threads and the GIL&quot;</extracomment>
        <translation>Clique ou pressione Enter: abre %1, pronto para executar.</translation>
    </message>
</context>
<context>
    <name>conlab::ComparisonPage</name>
    <message>
        <source>The models compared</source>
        <translation>Os modelos comparados</translation>
    </message>
    <message>
        <source>Source: Mark Shannon&apos;s table from the python-dev discussion of PEP 554 (subinterpreters), as the chapter cites it.</source>
        <translation>Fonte: a tabela de Mark Shannon da discussão da PEP 554 (subinterpretadores) na python-dev, como o capítulo a cita.</translation>
    </message>
    <message>
        <source>Mark Shannon&apos;s table, as the chapter cites it: four models of concurrency in Python, PEP 554&apos;s subinterpreters among them, against Hoare&apos;s ideal. The question marks were the honest state of 2020.</source>
        <translation>A tabela de Mark Shannon, como o capítulo a cita: quatro modelos de concorrência em Python, entre eles os subinterpretadores da PEP 554, diante do ideal de Hoare. Os pontos de interrogação eram o estado honesto de 2020.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>What became of the open cells since the book, and the free-threaded column (Alt+T)</source>
        <translation>O que aconteceu com as células em aberto desde o livro, e a coluna free-threaded (Alt+H)</translation>
    </message>
    <message>
        <source>Today (Python 3.14). Bold in a frame, with its source&apos;s number: changed since the book. Dashed frame: still open.</source>
        <translation>Hoje (Python 3.14). Em negrito e com moldura, com o número da fonte: mudou desde o livro. Moldura tracejada: ainda em aberto.</translation>
    </message>
    <message>
        <source>The book&apos;s table (2020).</source>
        <translation>A tabela do livro (2020).</translation>
    </message>
    <message>
        <source>Underlined with ↗: click it, or press Enter on it, to open the experiment that shows it.</source>
        <translation>Sublinhado com ↗: clique, ou pressione Enter sobre ele, para abrir o experimento que o demonstra.</translation>
    </message>
    <message>
        <source>Ideal CSP is Hoare&apos;s Communicating Sequential Processes (1978): nothing is shared, and units talk only through channels. Go breaks the ideal: goroutines may share objects.</source>
        <translation>CSP ideal são os Communicating Sequential Processes de Hoare (1978): nada é compartilhado, e as unidades se comunicam apenas por canais. Go quebra o ideal: goroutines podem compartilhar objetos.</translation>
    </message>
</context>
<context>
    <name>conlab::EmbeddedBroker</name>
    <message>
        <source>cannot make a private folder for the broker: %1</source>
        <translation>não foi possível criar uma pasta privada para o broker: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>the broker is not running</source>
        <translation>o broker não está em execução</translation>
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
        <translation>▶ %1 (em execução)</translation>
    </message>
</context>
<context>
    <name>conlab::ExportFormats</name>
    <message>
        <source>“%1” is named as a .%2 file, but this export writes %3. Save it under a name ending in .%4.</source>
        <extracomment>%1 the chosen file name, %2 its suffix (e.g. svg), %3 the export&apos;s format (PNG, SVG or PDF), %4 that format&apos;s suffix</extracomment>
        <translation>“%1” tem nome de arquivo .%2, mas esta exportação grava %3. Salve com um nome terminado em .%4.</translation>
    </message>
</context>
<context>
    <name>conlab::FidelityExperiments</name>
    <message>
        <source>switch interval %1 ms</source>
        <extracomment>a fidelity row&apos;s title: the GIL&apos;s switch interval, %1 in ms</extracomment>
        <translation>intervalo de troca de %1 ms</translation>
    </message>
    <message>
        <source>racy report loop</source>
        <extracomment>a fidelity row&apos;s title: the racy report loop of the book&apos;s py36/procs.py</extracomment>
        <translation>laço de relatório com condição de corrida</translation>
    </message>
</context>
<context>
    <name>conlab::FidelityJudge</name>
    <message>
        <source>the emulation takes %1x CPython&apos;s time, within 10%</source>
        <extracomment>%1 the ratio, e.g. 1.04</extracomment>
        <translation>a emulação leva %1x o tempo do CPython, dentro da margem de 10%</translation>
    </message>
    <message>
        <source>the emulation takes %1x CPython&apos;s time, outside 10%</source>
        <translation>a emulação leva %1x o tempo do CPython, fora da margem de 10%</translation>
    </message>
    <message>
        <source>a spinner that should keep spinning stuttered or never appeared</source>
        <translation>um spinner que deveria continuar girando engasgou ou nunca apareceu</translation>
    </message>
    <message>
        <source>%1 frames a second in the emulation against %2 in CPython</source>
        <extracomment>%1 and %2 frames per second</extracomment>
        <translation>%1 quadros por segundo na emulação contra %2 no CPython</translation>
    </message>
    <message>
        <source>both keep spinning at the same rate; time %1x CPython&apos;s</source>
        <extracomment>%1 the ratio of the times</extracomment>
        <translation>ambos continuam girando no mesmo ritmo; tempo de %1x o do CPython</translation>
    </message>
    <message>
        <source>neither ever drew a frame</source>
        <translation>nenhum dos dois chegou a desenhar um quadro</translation>
    </message>
    <message>
        <source>up to %1 frames in CPython and %2 in the emulation; the spinner should never appear</source>
        <extracomment>%1 and %2 the most frames a run drew</extracomment>
        <translation>até %1 quadros no CPython e %2 na emulação; o spinner nunca deveria aparecer</translation>
    </message>
    <message>
        <source>longest gap %1 ms in CPython, %2 ms in the emulation</source>
        <extracomment>%1 and %2 the longest frozen glyph in ms</extracomment>
        <translation>maior intervalo de %1 ms no CPython, %2 ms na emulação</translation>
    </message>
    <message>
        <source>both stutter</source>
        <translation>ambos engasgam</translation>
    </message>
    <message>
        <source>only one stutters</source>
        <translation>só um engasga</translation>
    </message>
    <message>
        <source>mostly %1 in CPython, mostly %2 in the emulation</source>
        <extracomment>%1 and %2 outcomes: complete, lost or hung</extracomment>
        <translation>principalmente %1 no CPython, principalmente %2 na emulação</translation>
    </message>
    <message>
        <source>no run finished in %1: %2</source>
        <extracomment>%1 the engine (CPython or the emulation), %2 its error</extracomment>
        <translation>nenhuma execução terminou com %1: %2</translation>
    </message>
    <message>
        <source>the emulation</source>
        <translation>a emulação</translation>
    </message>
    <message>
        <source>CPython took no measurable time: too few or too small numbers to compare</source>
        <translation>o CPython não levou um tempo mensurável: números poucos ou pequenos demais para comparar</translation>
    </message>
    <message>
        <source>%1 time over %2 time</source>
        <extracomment>the derived fidelity row: %1 and %2 are row keys (S8, S7)</extracomment>
        <translation>tempo de %1 sobre tempo de %2</translation>
    </message>
    <message>
        <source>needs both rows in both engines</source>
        <translation>precisa das duas linhas nos dois motores</translation>
    </message>
    <message>
        <source>%1x in the emulation, %2x in CPython: within 10%</source>
        <extracomment>%1 and %2 ratios such as 1.55</extracomment>
        <translation>%1x na emulação, %2x no CPython: dentro da margem de 10%</translation>
    </message>
    <message>
        <source>%1x in the emulation, %2x in CPython: outside 10%</source>
        <translation>%1x na emulação, %2x no CPython: fora da margem de 10%</translation>
    </message>
</context>
<context>
    <name>conlab::FileJob</name>
    <message>
        <source>the export was cancelled</source>
        <translation>a exportação foi cancelada</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <extracomment>%1 file name</extracomment>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>conlab::FrameGapChart</name>
    <message>
        <source>frame</source>
        <extracomment>the frame axis&apos;s title, then its short form when space is scarce</extracomment>
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
        <extracomment>the gap axis&apos;s title, then its short form when space is scarce</extracomment>
        <translation>intervalo (ms)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>no frame until the spinner stopped</source>
        <translation>nenhum quadro até o spinner parar</translation>
    </message>
    <message>
        <source>no frame yet</source>
        <extracomment>Screen reader: the frame-gap chart before any frame</extracomment>
        <translation>nenhum quadro ainda</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), longest gap %1 ms</source>
        <extracomment>Screen reader: %n frames plotted, %1 the longest gap in ms</extracomment>
        <translation>
            <numerusform>%n quadro, maior intervalo de %1 ms</numerusform>
            <numerusform>%n quadros, maior intervalo de %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame gaps: time before each frame, against the spinner&apos;s 100 ms</source>
        <extracomment>The frame-gap chart&apos;s name for a screen reader</extracomment>
        <translation>Intervalos entre quadros: o tempo antes de cada quadro, comparado aos 100 ms do spinner</translation>
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
    <message>
        <source>no hold yet</source>
        <extracomment>Screen reader: the GIL lanes before any hold was reported</extracomment>
        <translation>a GIL ainda não foi detida</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hold(s), %2 s held (%3%)</source>
        <extracomment>Screen reader: one GIL lane; %1 the thread&apos;s name, %2 seconds held, %3 percent of the run</extracomment>
        <translation>
            <numerusform>%1: deteve a GIL %n vez, por %2 s (%3%)</numerusform>
            <numerusform>%1: deteve a GIL %n vezes, por %2 s (%3%)</numerusform>
        </translation>
    </message>
    <message>
        <source>over %1 s</source>
        <extracomment>Screen reader: the GIL lanes&apos; time axis; %1 seconds</extracomment>
        <translation>ao longo de %1 s</translation>
    </message>
</context>
<context>
    <name>conlab::JoinOverlay</name>
    <message>
        <source>Vote from your phone</source>
        <translation>Vote pelo celular</translation>
    </message>
    <message>
        <source>Code %1</source>
        <extracomment>Over the join screen; %1 the 4-digit session code</extracomment>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>Listening on this machine only</source>
        <translation>Escutando só nesta máquina</translation>
    </message>
    <message>
        <source>Open to the network: anyone here with the code can vote. Turn Audience off when the lecture ends.</source>
        <translation>Aberto à rede: qualquer pessoa aqui com o código pode votar. Desligue a Audiência ao fim da aula.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
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
    <name>conlab::LegacyLocations</name>
    <message>
        <source>could not move %1 to %2: %3</source>
        <extracomment>%1 a file, %2 where it should have gone, %3 the system&apos;s reason</extracomment>
        <translation>não foi possível mover %1 para %2: %3</translation>
    </message>
    <message>
        <source>could not create %1</source>
        <extracomment>%1 a folder</extracomment>
        <translation>não foi possível criar %1</translation>
    </message>
    <message numerus="yes">
        <source>concurrency-lab: moved %n file(s) from the old folders named &quot;Concurrency Lab&quot; to %1 and %2.</source>
        <extracomment>%n how many files; %1 the new settings file, %2 the new data folder</extracomment>
        <translation>
            <numerusform>concurrency-lab: %n arquivo foi movido das pastas antigas chamadas &quot;Concurrency Lab&quot; para %1 e %2.</numerusform>
            <numerusform>concurrency-lab: %n arquivos foram movidos das pastas antigas chamadas &quot;Concurrency Lab&quot; para %1 e %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::ListingCommand</name>
    <message>
        <source>No numbers to check: an empty list would make the listing check the book&apos;s sample</source>
        <translation>Nenhum número para verificar: uma lista vazia faria a listagem verificar a amostra do livro</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers are too many for a command line: the listings take their numbers as arguments, and this system allows about %1 of these</source>
        <extracomment>%n how many numbers were given</extracomment>
        <translation>
            <numerusform>%n número é demais para uma linha de comando: as listagens recebem os seus números como argumentos, e este sistema permite cerca de %1 deles</numerusform>
            <numerusform>%n números são demais para uma linha de comando: as listagens recebem os seus números como argumentos, e este sistema permite cerca de %1 deles</numerusform>
        </translation>
    </message>
    <message>
        <source>The listing sleeps %2 s; CPython cannot run it with %1 s</source>
        <extracomment>%1 seconds asked for, %2 the listing&apos;s own</extracomment>
        <translation>A listagem dorme %2 s; o CPython não pode executá-la com %1 s</translation>
    </message>
    <message>
        <source>The listing checks %1; CPython cannot run it with another number</source>
        <extracomment>%1 the listing&apos;s number</extracomment>
        <translation>A listagem verifica %1; o CPython não pode executá-la com outro número</translation>
    </message>
    <message>
        <source>The listing spins with the message thinking!; CPython cannot run it with another</source>
        <translation>A listagem gira com a mensagem thinking!; o CPython não pode executá-la com outra</translation>
    </message>
</context>
<context>
    <name>conlab::ListingRunner</name>
    <message>
        <source>Could not start %1: %2</source>
        <extracomment>%1 a program path, %2 the system&apos;s reason</extracomment>
        <translation>Não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s; its processes were killed</source>
        <extracomment>%1 the listing, %2 seconds</extracomment>
        <translation>%1 não terminou em %2 s; os seus processos foram encerrados</translation>
    </message>
    <message>
        <source>%1 was killed by signal %2</source>
        <extracomment>%1 the listing, %2 a signal number</extracomment>
        <translation>%1 foi encerrado pelo sinal %2</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2)</source>
        <extracomment>%1 the listing, %2 its exit status</extracomment>
        <translation>%1 falhou (status de saída %2)</translation>
    </message>
</context>
<context>
    <name>conlab::ListingStage</name>
    <message>
        <source>Could not create a folder for the listings: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation>Não foi possível criar uma pasta para as listagens: %1</translation>
    </message>
    <message>
        <source>The listings are missing from this build (no :/listings resources)</source>
        <translation>As listagens não estão nesta compilação (sem os recursos :/listings)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>conlab::LoopView</name>
    <message>
        <source>Event loop: steps of each task, ready queue and timers</source>
        <translation>Laço de eventos: passos de cada tarefa, fila de prontos e temporizadores</translation>
    </message>
    <message>
        <source>Task-%1…%2 %3</source>
        <extracomment>a lane shared by many tasks of one coroutine; %1 the first task&apos;s number, %2 the last one&apos;s, %3 the coroutine&apos;s name</extracomment>
        <translation>Task-%1…%2 %3</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>nenhum passo</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <extracomment>%1 the longest step in ms</extracomment>
        <translation>
            <numerusform>%n passo</numerusform>
            <numerusform>%n passos</numerusform>
        </translation>
    </message>
    <message>
        <source>longest %1 ms</source>
        <translation>o mais longo: %1 ms</translation>
    </message>
    <message>
        <source>cancel() called</source>
        <translation>cancel() chamado</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>nenhuma tarefa ainda</translation>
    </message>
    <message>
        <source>ready queue at most %1</source>
        <extracomment>%1 the most tasks that waited in the ready queue at once</extracomment>
        <translation>fila de prontos: no máximo %1</translation>
    </message>
    <message>
        <source>ready queue</source>
        <translation>fila de prontos</translation>
    </message>
    <message>
        <source>The loop&apos;s tasks appear here when a run starts.</source>
        <translation>As tarefas do laço aparecem aqui quando uma execução começa.</translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s): make the view taller</source>
        <extracomment>more lanes than the view has room for; %n how many are not shown</extracomment>
        <translation>
            <numerusform>mais %n raia: aumente a altura da visualização</numerusform>
            <numerusform>mais %n raias: aumente a altura da visualização</numerusform>
        </translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>ready, waiting</source>
        <extracomment>legend: the task is in the ready queue, waiting for its turn</extracomment>
        <translation>pronta, esperando</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>temporizador</translation>
    </message>
    <message>
        <source>max %1</source>
        <extracomment>the largest length the ready queue reached; %1 a count of tasks</extracomment>
        <translation>máx. %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time-axis tick in seconds; %1 the number</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a time-axis tick in milliseconds; %1 the number</extracomment>
        <translation>%1 ms</translation>
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
        <extracomment>%1 the version number</extracomment>
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
    <message>
        <source>Concurrency Lab %1</source>
        <translation>Concurrency Lab %1</translation>
    </message>
    <message>
        <source>Stop the run (Shift+F5)</source>
        <translation>Parar a execução (Shift+F5)</translation>
    </message>
    <message>
        <source>Reset &amp;page</source>
        <translation>&amp;Reiniciar a página</translation>
    </message>
    <message>
        <source>Clear the result, the guess and the charts: a clean question (Ctrl+R)</source>
        <translation>Limpa o resultado, o palpite e os gráficos: a pergunta recomeça do zero (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Leave presentation mode</source>
        <translation>&amp;Sair do modo de apresentação</translation>
    </message>
    <message>
        <source>CPython &amp;Interpreter…</source>
        <translation>&amp;Interpretador CPython…</translation>
    </message>
    <message>
        <source>Which CPython runs the listings, and its version</source>
        <translation>Qual CPython executa as listagens, e a sua versão</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Audiência</translation>
    </message>
</context>
<context>
    <name>conlab::NumberListParser</name>
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
        <source>%1 holds no numbers</source>
        <extracomment>%1 file path</extracomment>
        <translation>%1 não contém números</translation>
    </message>
    <message>
        <source>line %1, column %2: %3: %4</source>
        <extracomment>%1 line, %2 column, %3 the offending token, %4 why it was refused</extracomment>
        <translation>linha %1, coluna %2: %3: %4</translation>
    </message>
    <message>
        <source>a numbers file</source>
        <translation>um arquivo de números</translation>
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
        <source>%1: %2</source>
        <extracomment>%1 file name, %2 what is wrong in it (line, column, token and reason)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be used: type numbers here or load another file</source>
        <extracomment>placeholder after a file of numbers could not be used; %1 its file name</extracomment>
        <translation>%1 não pôde ser usado: digite números aqui ou carregue outro arquivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers</source>
        <extracomment>%Ln how many numbers</extracomment>
        <translation>
            <numerusform>%Ln número</numerusform>
            <numerusform>%Ln números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers from %1</source>
        <extracomment>%Ln how many numbers, %1 the file they came from</extracomment>
        <translation>
            <numerusform>%Ln número de %1</numerusform>
            <numerusform>%Ln números de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::OutputFile</name>
    <message>
        <source>the path is %1 bytes long; the system allows %2</source>
        <extracomment>%1 and %2 counts of bytes</extracomment>
        <translation>o caminho tem %1 bytes; o sistema permite %2</translation>
    </message>
    <message>
        <source>its name is %1 bytes long; the file system allows %2</source>
        <extracomment>%1 and %2 counts of bytes</extracomment>
        <translation>o nome tem %1 bytes; o sistema de arquivos permite %2</translation>
    </message>
    <message>
        <source>the folder name %1 is %2 bytes long; the file system allows %3</source>
        <extracomment>%1 a folder&apos;s name (quoted), %2 and %3 counts of bytes</extracomment>
        <translation>o nome de pasta %1 tem %2 bytes; o sistema de arquivos permite %3</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>%1 a path that should be a folder</extracomment>
        <translation>%1 não é uma pasta</translation>
    </message>
    <message>
        <source>cannot create a file in %1 (%2)</source>
        <extracomment>%1 a folder&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>não é possível criar um arquivo em %1 (%2)</translation>
    </message>
    <message>
        <source>the program reading it has closed it</source>
        <translation>o programa que o lia o fechou</translation>
    </message>
    <message>
        <source>file descriptor %1 is not open for writing</source>
        <extracomment>%1 a file descriptor&apos;s number</extracomment>
        <translation>o descritor de arquivo %1 não está aberto para escrita</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>nenhum nome de arquivo informado</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>o arquivo é somente leitura</translation>
    </message>
    <message>
        <source>it is a folder; name a file in it</source>
        <translation>é uma pasta; indique um arquivo dentro dela</translation>
    </message>
    <message>
        <source>it is neither a file, a character device nor a FIFO; name a file</source>
        <translation>não é um arquivo, nem um dispositivo de caracteres, nem um FIFO; indique um arquivo</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe) and no program reads it yet; start the reader first</source>
        <translation>é um FIFO (pipe nomeado) e nenhum programa o lê ainda; inicie primeiro o leitor</translation>
    </message>
    <message>
        <source>it is no longer a regular file</source>
        <translation>não é mais um arquivo comum</translation>
    </message>
</context>
<context>
    <name>conlab::PaceCalibration</name>
    <message>
        <source>unknown pace %1: use native, cpython, book, or a multiplier from 1 to 1000 such as 4</source>
        <extracomment>%1 the pace the user typed</extracomment>
        <translation>ritmo desconhecido %1: use native, cpython, book ou um multiplicador de 1 a 1000, como 4</translation>
    </message>
</context>
<context>
    <name>conlab::PhoneTexts</name>
    <message>
        <source>Concurrency Lab: vote</source>
        <translation>Concurrency Lab: votação</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Código da sessão</translation>
    </message>
    <message>
        <source>The 4 digits on the projector</source>
        <translation>Os 4 dígitos no projetor</translation>
    </message>
    <message>
        <source>Type the session code first: the 4 digits on the projector.</source>
        <translation>Digite primeiro o código da sessão: os 4 dígitos no projetor.</translation>
    </message>
    <message>
        <source>No question right now. Keep this page open.</source>
        <translation>Nenhuma pergunta agora. Mantenha esta página aberta.</translation>
    </message>
    <message>
        <source>Voting is open: tap your answer. You can change it until the run starts.</source>
        <translation>A votação está aberta: toque na sua resposta. Você pode mudá-la até a execução começar.</translation>
    </message>
    <message>
        <source>Voting has closed: watch the projector.</source>
        <translation>A votação terminou: olhe o projetor.</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Enviando sua resposta…</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <extracomment>On a phone; %1 the answer chosen, e.g. &quot;Stutters&quot;</extracomment>
        <translation>Sua resposta: %1</translation>
    </message>
    <message>
        <source>You have not answered yet.</source>
        <translation>Você ainda não respondeu.</translation>
    </message>
    <message>
        <source>1 person has voted</source>
        <translation>1 pessoa votou</translation>
    </message>
    <message>
        <source>%1 people have voted</source>
        <extracomment>On a phone; %1 a number of people, 0 or more than 1</extracomment>
        <translation>%1 pessoas votaram</translation>
    </message>
    <message>
        <source>That session code is wrong. Check the 4 digits on the projector.</source>
        <translation>Esse código de sessão está errado. Confira os 4 dígitos no projetor.</translation>
    </message>
    <message>
        <source>Your answer was not counted (error %1). Try again.</source>
        <extracomment>On a phone; %1 an HTTP status such as 503</extracomment>
        <translation>Sua resposta não foi contada (erro %1). Tente de novo.</translation>
    </message>
    <message>
        <source>Cannot reach the lecturer&apos;s laptop. Retrying…</source>
        <translation>Não foi possível alcançar o notebook do professor. Tentando de novo…</translation>
    </message>
    <message>
        <source>The room&apos;s answers</source>
        <translation>As respostas da sala</translation>
    </message>
    <message>
        <source>What the run showed: %1</source>
        <extracomment>On a phone after the run; %1 what it showed, e.g. &quot;Never appeared&quot;</extracomment>
        <translation>O que a execução mostrou: %1</translation>
    </message>
    <message>
        <source>The run</source>
        <extracomment>On a phone: the badge on the bar of the answer the run showed</extracomment>
        <translation>A execução</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>On a phone: the name of the language switch</extracomment>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>conlab::PredictionBox</name>
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
    <message>
        <source>no guess</source>
        <extracomment>Screen reader: no answer to the prediction is chosen</extracomment>
        <translation>sem palpite</translation>
    </message>
    <message>
        <source>guess: %1</source>
        <extracomment>Screen reader: %1 the answer chosen, e.g. &quot;Stutters&quot;</extracomment>
        <translation>palpite: %1</translation>
    </message>
    <message>
        <source>the run showed: %1</source>
        <extracomment>Screen reader, after the reveal; %1 what the spinner did, e.g. &quot;Never appears&quot;</extracomment>
        <translation>a execução mostrou: %1</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Screen reader, after the reveal: the guess matched what the run showed</extracomment>
        <translation>acertou</translation>
    </message>
    <message>
        <source>wrong</source>
        <extracomment>Screen reader, after the reveal: the guess did not match what the run showed</extracomment>
        <translation>errou</translation>
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
        <translation>Linha do tempo do CPython: o início e o fim de cada trabalhador, a partir dos registros da própria listagem</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesControls</name>
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
        <source>Model:</source>
        <extracomment>label of the model choice</extracomment>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Many small numbers</source>
        <translation>Muitos números pequenos</translation>
    </message>
    <message>
        <source>Check the 400 numbers from 1000000: the results come in a burst, and the race loses or hangs far more often.</source>
        <translation>Verifica os 400 números a partir de 1000000: os resultados chegam de uma vez, e a condição de corrida perde resultados ou trava com muito mais frequência.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <extracomment>button beside the race box; the count next to it says how many runs</extracomment>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Run the racy procs.py again and again, each run with a new seed, and tally how the runs end: complete, lost or hung. With &quot;Run in CPython too&quot;, CPython then runs the racy listing as many times.</source>
        <translation>Executa o procs.py com condição de corrida repetidas vezes, cada execução com uma nova semente, e contabiliza como as execuções terminam: completa, perdida ou travada. Com &quot;Executar também no CPython&quot;, o CPython executa em seguida a listagem com condição de corrida o mesmo número de vezes.</translation>
    </message>
    <message>
        <source>×</source>
        <extracomment>suffix of the repeat count: &quot;10×&quot; reads &quot;ten times&quot;</extracomment>
        <translation>×</translation>
    </message>
    <message>
        <source>How many racy runs Repeat makes</source>
        <translation>Quantas execuções com condição de corrida o Repetir faz</translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation>Número de repetições</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesExports</name>
    <message>
        <source>Export results as CSV</source>
        <translation>Exportar resultados como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>Exportar resultados como JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
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
        <source>Compressed Chrome trace (*.json.gz)</source>
        <translation>Trace do Chrome compactado (*.json.gz)</translation>
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
        <source>Export results as CSV…</source>
        <translation>Exportar resultados como CSV…</translation>
    </message>
    <message>
        <source>Export results as JSON…</source>
        <translation>Exportar resultados como JSON…</translation>
    </message>
    <message>
        <source>Export Chrome trace for Perfetto…</source>
        <translation>Exportar trace do Chrome para o Perfetto…</translation>
    </message>
    <message>
        <source>Save recording…</source>
        <translation>Salvar gravação…</translation>
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
        <extracomment>%1 the GIL&apos;s switch interval in milliseconds</extracomment>
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
        <source>No run yet. Press Run (F5).</source>
        <translation>Nenhuma execução ainda. Pressione Executar (F5).</translation>
    </message>
    <message>
        <source>%1 of %2 checked · %3 s so far</source>
        <extracomment>%1 results so far, %2 numbers given, %3 seconds so far</extracomment>
        <translation>%1 de %2 verificados · %3 s até agora</translation>
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
    <message numerus="yes">
        <source>%n worker process(es) crashed and were replaced.</source>
        <extracomment>%n how many worker processes crashed during a run that was then stopped</extracomment>
        <translation>
            <numerusform>%n processo trabalhador falhou e foi substituído.</numerusform>
            <numerusform>%n processos trabalhadores falharam e foram substituídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es) crashed and were replaced; each number in flight was checked again, so no result was lost. The red marks on the timeline say when and why.</source>
        <extracomment>%n how many worker processes crashed during a run that finished</extracomment>
        <translation>
            <numerusform>%n processo trabalhador falhou e foi substituído; cada número em andamento foi verificado de novo, então nenhum resultado se perdeu. As marcas vermelhas na linha do tempo mostram quando e por quê.</numerusform>
            <numerusform>%n processos trabalhadores falharam e foram substituídos; cada número em andamento foi verificado de novo, então nenhum resultado se perdeu. As marcas vermelhas na linha do tempo mostram quando e por quê.</numerusform>
        </translation>
    </message>
    <message>
        <source>no sequential run at %1 pace with these numbers yet: run Sequential to see the speedup</source>
        <extracomment>%1 the pace (native, cpython, ...)</extracomment>
        <translation>ainda não há execução sequencial no ritmo %1 com estes números: execute Sequencial para ver o ganho de velocidade</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %Ln numbers checked.</source>
        <extracomment>%1 numbers checked, %Ln numbers given</extracomment>
        <translation>
            <numerusform>Parado: %1 de %Ln número verificado.</numerusform>
            <numerusform>Parado: %1 de %Ln números verificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln numbers checked in %2 s at %3 pace</source>
        <extracomment>%1 numbers checked, %Ln numbers given, %2 wall time in seconds, %3 the pace (native, cpython, ...)</extracomment>
        <translation>
            <numerusform>%1 de %Ln número verificado em %2 s no ritmo %3</numerusform>
            <numerusform>%1 de %Ln números verificados em %2 s no ritmo %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hanging: every result is printed, yet the report loop waits in results.get() for one more: a result that will never come.
The book&apos;s script would wait for ever; the lab ends the wait in %n second(s).</source>
        <extracomment>while the racy run hangs; %n seconds until the lab ends the wait</extracomment>
        <translation>
            <numerusform>Travando: todos os resultados foram impressos, mas o laço de relatório espera em results.get() por mais um: um resultado que nunca virá.
O script do livro esperaria para sempre; o Concurrency Lab encerra a espera em %n segundo.</numerusform>
            <numerusform>Travando: todos os resultados foram impressos, mas o laço de relatório espera em results.get() por mais um: um resultado que nunca virá.
O script do livro esperaria para sempre; o Concurrency Lab encerra a espera em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hung: %1. The lab ended the wait after its grace time.</source>
        <extracomment>%1 the reason, as the CLI prints it</extracomment>
        <translation>Travada: %1. O Concurrency Lab encerrou a espera após o tempo de tolerância.</translation>
    </message>
    <message numerus="yes">
        <source>Hung: every result was printed, but %n pill(s) were still in the job queue: worker %1 had not yet come back for its pill. So jobs.empty() was False, and the loop called results.get() again, for a result no worker will send.
The book&apos;s script would wait for ever; the lab ended the wait after its grace time (seed %2).</source>
        <extracomment>%n pills left in the job queue, %1 the worker that had not taken its pill, %2 the seed that replays the run</extracomment>
        <translation>
            <numerusform>Travada: todos os resultados foram impressos, mas %n pílula ainda estava na fila de tarefas: o trabalhador %1 ainda não tinha voltado para buscar a sua pílula. Por isso jobs.empty() era False, e o laço chamou results.get() de novo, por um resultado que nenhum trabalhador vai enviar.
O script do livro esperaria para sempre; o Concurrency Lab encerrou a espera após o tempo de tolerância (semente %2).</numerusform>
            <numerusform>Travada: todos os resultados foram impressos, mas %n pílulas ainda estavam na fila de tarefas: o trabalhador %1 ainda não tinha voltado para buscar a sua pílula. Por isso jobs.empty() era False, e o laço chamou results.get() de novo, por um resultado que nenhum trabalhador vai enviar.
O script do livro esperaria para sempre; o Concurrency Lab encerrou a espera após o tempo de tolerância (semente %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::PrimesPage</name>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the run on screen</extracomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>Abrir gravação…</translation>
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
        <source>next run: %1</source>
        <extracomment>%1 the settings the next run will use (workers, GIL, pace)</extracomment>
        <translation>próxima execução: %1</translation>
    </message>
    <message>
        <source>Run in CPython too</source>
        <translation>Executar também no CPython</translation>
    </message>
    <message>
        <source>After the emulated run, run the same listing in real CPython and show both</source>
        <translation>Depois da execução emulada, executa a mesma listagem no CPython real e mostra as duas</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesReplayBanner</name>
    <message>
        <source>an unknown time</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source>Replay of a recording from %1.</source>
        <extracomment>%1 when the recording was made (date and time)</extracomment>
        <translation>Reprodução de uma gravação feita em %1.</translation>
    </message>
    <message>
        <source>Replay of a recording from %1 (%2).</source>
        <extracomment>%1 when the recording was made (date and time), %2 its file name</extracomment>
        <translation>Reprodução de uma gravação feita em %1 (%2).</translation>
    </message>
    <message>
        <source>Played %1× faster than it was recorded.</source>
        <translation>Reproduzida %1× mais rápido do que foi gravada.</translation>
    </message>
    <message>
        <source>The results appear at the pace they were recorded.</source>
        <translation>Os resultados aparecem no ritmo em que foram gravados.</translation>
    </message>
    <message>
        <source>Run (F5) runs it live.</source>
        <translation>Executar (F5) roda o experimento ao vivo.</translation>
    </message>
    <message>
        <source>Skip to end</source>
        <extracomment>button on the replay banner: show the rest of the recording at once</extracomment>
        <translation>Pular para o fim</translation>
    </message>
</context>
<context>
    <name>conlab::PrimesSideBySide</name>
    <message>
        <source>The CPython run was stopped before it ended.</source>
        <translation>A execução no CPython foi interrompida antes de terminar.</translation>
    </message>
    <message>
        <source>CPython measured nothing: %1</source>
        <extracomment>%1 why the CPython run has no figures (the interpreter&apos;s error, the listing&apos;s traceback)</extracomment>
        <translation>O CPython não mediu nada: %1</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>sem relatório</translation>
    </message>
    <message>
        <source>Total: emulation %1 s, CPython %2 s (%3). Speedup (sum of per-number times ÷ total): emulation ×%4, CPython ×%5 (%6).</source>
        <extracomment>%1 and %2 wall times in seconds, %3 their ratio (×1.05); %4 and %5 speedups, %6 their ratio</extracomment>
        <translation>Total: emulação %1 s, CPython %2 s (%3). Ganho de velocidade (soma dos tempos por número ÷ total): emulação ×%4, CPython ×%5 (%6).</translation>
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
        <extracomment>%1 worker number</extracomment>
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
    <name>conlab::PythonDialog</name>
    <message>
        <source>Choose a CPython interpreter</source>
        <translation>Escolha um interpretador CPython</translation>
    </message>
    <message>
        <source>Type or choose the interpreter&apos;s path.</source>
        <translation>Digite ou escolha o caminho do interpretador.</translation>
    </message>
    <message>
        <source>Asking the interpreter…</source>
        <translation>Consultando o interpretador…</translation>
    </message>
    <message>
        <source>Found %1: free-threaded, so GIL off can run in it too.</source>
        <extracomment>%1 an interpreter such as &quot;CPython 3.11.2 (/usr/bin/python3)&quot;</extracomment>
        <translation>Encontrado: %1. É free-threaded, então o modo GIL desligada também pode rodar nele.</translation>
    </message>
    <message>
        <source>Found %1, with the GIL (not free-threaded).</source>
        <translation>Encontrado: %1, com a GIL (não é free-threaded).</translation>
    </message>
    <message>
        <source>GIL off runs in %1, with PYTHON_GIL=0.</source>
        <extracomment>%1 an interpreter such as &quot;CPython 3.13.1 free-threaded (/usr/bin/python3.13t)&quot;</extracomment>
        <translation>O modo GIL desligada roda em %1, com PYTHON_GIL=0.</translation>
    </message>
    <message>
        <source>CPython Interpreter</source>
        <translation>Interpretador CPython</translation>
    </message>
    <message>
        <source>The CPython that runs the book&apos;s listings beside the emulation: &quot;Run in CPython too&quot; and the sweep&apos;s CPython series.</source>
        <translation>O CPython que executa as listagens do livro ao lado da emulação: &quot;Executar também no CPython&quot; e a série CPython da varredura.</translation>
    </message>
    <message>
        <source>&amp;python3 on PATH</source>
        <translation>&amp;python3 no PATH</translation>
    </message>
    <message>
        <source>&amp;This interpreter:</source>
        <translation>&amp;Este interpretador:</translation>
    </message>
    <message>
        <source>/usr/bin/python3</source>
        <translation>/usr/bin/python3</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
</context>
<context>
    <name>conlab::PythonLocator</name>
    <message>
        <source>%1 was not found or is not executable</source>
        <extracomment>%1 a program name or path</extracomment>
        <translation>%1 não foi encontrado ou não é executável</translation>
    </message>
    <message>
        <source>%1 did not answer as a CPython 3 interpreter: %2</source>
        <extracomment>%1 a program path, %2 what went wrong</extracomment>
        <translation>%1 não respondeu como um interpretador CPython 3: %2</translation>
    </message>
    <message>
        <source>%1 is Python %2; the listings need CPython 3.8 or later</source>
        <extracomment>%1 a program path, %2 a version such as 2.7.18</extracomment>
        <translation>%1 é Python %2; as listagens precisam do CPython 3.8 ou posterior</translation>
    </message>
    <message>
        <source>The chosen CPython interpreter cannot be used: %1</source>
        <extracomment>%1 why the chosen interpreter (the window&apos;s setting, or --python) cannot be used</extracomment>
        <translation>O interpretador CPython escolhido não pode ser usado: %1</translation>
    </message>
    <message>
        <source>No python3 on PATH, so nothing can run in CPython. Install it (Debian: sudo apt install python3), or choose an interpreter (Run &gt; CPython Interpreter, or --python).</source>
        <translation>Não há python3 no PATH, então nada pode rodar no CPython. Instale-o (Debian: sudo apt install python3) ou escolha um interpretador (Executar &gt; Interpretador CPython, ou --python).</translation>
    </message>
    <message>
        <source>GIL off needs a free-threaded CPython (python3.13t or python3.14t, PEP 703), and none was found on PATH or in the settings. The GIL-on run works with any python3.</source>
        <translation>O modo GIL desligada precisa de um CPython free-threaded (python3.13t ou python3.14t, PEP 703), e nenhum foi encontrado no PATH nem nas configurações. A execução com GIL ligada funciona com qualquer python3.</translation>
    </message>
</context>
<context>
    <name>conlab::QrCodeView</name>
    <message>
        <source>QR code for %1</source>
        <extracomment>Screen reader name of the QR code; %1 the address it holds</extracomment>
        <translation>Código QR de %1</translation>
    </message>
</context>
<context>
    <name>conlab::QueueLengthChart</name>
    <message>
        <source>Queue: %1 waiting</source>
        <extracomment>heading of the queue-length chart; %1 is the number of tasks waiting in Redis now</extracomment>
        <translation>Fila: %1 à espera</translation>
    </message>
</context>
<context>
    <name>conlab::QuotedValue</name>
    <message numerus="yes">
        <source>&apos;%1&apos; (%n characters)</source>
        <extracomment>a long value quoted in an error message, cut in the middle; %1 the quoted start and end, %n its length</extracomment>
        <translation>
            <numerusform>&apos;%1&apos; (%n caractere)</numerusform>
            <numerusform>&apos;%1&apos; (%n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::RaceTally</name>
    <message numerus="yes">
        <source>stopped after %1 of %n run(s)</source>
        <extracomment>%1 runs made, %n runs asked for</extracomment>
        <translation>
            <numerusform>parou após %1 de %n execução</numerusform>
            <numerusform>parou após %1 de %n execuções</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) so far</source>
        <extracomment>%1 runs made, %n runs asked for</extracomment>
        <translation>
            <numerusform>%1 de %n execução até agora</numerusform>
            <numerusform>%1 de %n execuções até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n execução</numerusform>
            <numerusform>%n execuções</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <extracomment>how a racy run ended: every result was read</extracomment>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>how a racy run ended: some results were never read</extracomment>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Hung</source>
        <extracomment>how a racy run ended: the report loop waited for ever</extracomment>
        <translation>Travada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an outcome (Complete, Lost, Hung), %2 how many runs ended so</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>every result read</source>
        <translation>todos os resultados lidos</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) lost</source>
        <extracomment>%n results one lost run lost</extracomment>
        <translation>
            <numerusform>%n resultado perdido</numerusform>
            <numerusform>%n resultados perdidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) lost in each</source>
        <extracomment>%n results each lost run lost</extracomment>
        <translation>
            <numerusform>%n resultado perdido em cada uma</numerusform>
            <numerusform>%n resultados perdidos em cada uma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %n results lost per run</source>
        <extracomment>%1 the fewest results a lost run lost, %n the most</extracomment>
        <translation>
            <numerusform>de %1 a %n resultado perdido por execução</numerusform>
            <numerusform>de %1 a %n resultados perdidos por execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worker %1 (%n run(s))</source>
        <extracomment>%1 a worker&apos;s number, %n how many hung runs waited for its pill</extracomment>
        <translation>
            <numerusform>trabalhador %1 (%n execução)</numerusform>
            <numerusform>trabalhador %1 (%n execuções)</numerusform>
        </translation>
    </message>
    <message>
        <source>a pill still queued for %1</source>
        <extracomment>%1 a list like &quot;worker 2 (3 runs), worker 1 (1 run)&quot;</extracomment>
        <translation>uma pílula ainda na fila para %1</translation>
    </message>
    <message>
        <source>every result printed, then get() waited until the grace limit</source>
        <translation>todos os resultados impressos, depois get() esperou até o limite de tolerância</translation>
    </message>
    <message numerus="yes">
        <source>seed(s) %1</source>
        <extracomment>%1 the seeds that replay these runs; %n how many seeds</extracomment>
        <translation>
            <numerusform>semente %1</numerusform>
            <numerusform>sementes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a verdict: failed, or short of results at the grace limit</source>
        <extracomment>%n runs that ended as none of complete, lost or hung</extracomment>
        <translation>
            <numerusform>%n execução sem veredito: falhou, ou ainda faltavam resultados no limite de tolerância</numerusform>
            <numerusform>%n execuções sem veredito: falharam, ou ainda faltavam resultados no limite de tolerância</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <extracomment>%1 and %2 the bounds of the number expected</extracomment>
        <translation>esperado um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperado um objeto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperado true ou false</translation>
    </message>
    <message>
        <source>%1 runs counted, more than the %2 planned</source>
        <extracomment>%1 the runs counted, %2 the runs planned</extracomment>
        <translation>%1 execuções contadas, mais que as %2 planejadas</translation>
    </message>
    <message>
        <source>does not match the counts, which add up to %1</source>
        <translation>não confere com as contagens, que somam %1</translation>
    </message>
    <message>
        <source>expected {&quot;min&quot;, &quot;max&quot;} or null</source>
        <translation>esperado {&quot;min&quot;, &quot;max&quot;} ou null</translation>
    </message>
    <message>
        <source>must be given exactly when some runs lost results</source>
        <translation>deve existir exatamente quando alguma execução perdeu resultados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a worker number</source>
        <translation>&quot;%1&quot; não é um número de worker</translation>
    </message>
    <message>
        <source>expected seeds as decimal text</source>
        <translation>esperadas sementes como texto decimal</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;emulation&quot;</source>
        <extracomment>%1 where in the file</extracomment>
        <translation>%1: esperado um objeto com &quot;emulation&quot;</translation>
    </message>
</context>
<context>
    <name>conlab::RaceTallyView</name>
    <message>
        <source>Emulation, racy procs.py: %1</source>
        <extracomment>heading of the repeated racy run&apos;s tally; %1 how far it is (&quot;3 of 10 runs so far&quot;)</extracomment>
        <translation>Emulação, procs.py com condição de corrida: %1</translation>
    </message>
    <message>
        <source>CPython, the same listing: %1</source>
        <extracomment>heading of CPython&apos;s tally; %1 how far it is (&quot;3 of 10 runs so far&quot;)</extracomment>
        <translation>CPython, a mesma listagem: %1</translation>
    </message>
</context>
<context>
    <name>conlab::RaceVerdict</name>
    <message>
        <source>complete: the last result was read after the last pill was taken</source>
        <translation>complete: o último resultado foi lido depois que a última pílula foi retirada</translation>
    </message>
    <message numerus="yes">
        <source>lost: jobs.empty() was true while %n result(s) were still on the way: %1</source>
        <extracomment>%n how many results were lost, %1 the numbers</extracomment>
        <translation>
            <numerusform>lost: jobs.empty() era verdadeiro enquanto %n resultado ainda estava a caminho: %1</numerusform>
            <numerusform>lost: jobs.empty() era verdadeiro enquanto %n resultados ainda estavam a caminho: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hung: every result was printed, but %n pill(s) were still in the job queue (worker %1 had not come back for its pill), so get() waits for a result that never comes</source>
        <extracomment>%n pills still in the job queue, %1 the worker that had not yet taken one</extracomment>
        <translation>
            <numerusform>hung: todos os resultados foram impressos, mas %n pílula ainda estava na fila de tarefas (o trabalhador %1 não tinha voltado para buscá-la), então get() espera por um resultado que nunca vem</numerusform>
            <numerusform>hung: todos os resultados foram impressos, mas %n pílulas ainda estavam na fila de tarefas (o trabalhador %1 não tinha voltado para buscar a sua), então get() espera por um resultado que nunca vem</numerusform>
        </translation>
    </message>
    <message>
        <source>hung: every result was printed, but the loop called get() again, and no worker will ever send another result</source>
        <translation>hung: todos os resultados foram impressos, mas o laço chamou get() de novo, e nenhum trabalhador vai enviar outro resultado</translation>
    </message>
</context>
<context>
    <name>conlab::RecordingOpener</name>
    <message>
        <source>Open recording</source>
        <translation>Abrir gravação</translation>
    </message>
    <message>
        <source>Concurrency Lab recordings (*.clrec.json *.json);;All files (*)</source>
        <translation>Gravações do Concurrency Lab (*.clrec.json *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading %1 (%2)…</source>
        <extracomment>%1 file name, %2 its size such as &quot;180 MB&quot;</extracomment>
        <translation>Lendo %1 (%2)…</translation>
    </message>
    <message>
        <source>Cannot open recording</source>
        <translation>Não foi possível abrir a gravação</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <extracomment>%1 file path, %2 what is wrong with it</extracomment>
        <translation>%1 não pode ser exibido: %2</translation>
    </message>
</context>
<context>
    <name>conlab::RedisConnection</name>
    <message>
        <source>the broker at %1</source>
        <extracomment>%1 host:port of the broker</extracomment>
        <translation>o broker em %1</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: memória esgotada</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <extracomment>%1 the broker, %2 the system&apos;s reason (e.g. Connection refused)</extracomment>
        <translation>não foi possível alcançar %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the password: %2</source>
        <extracomment>%1 the broker, %2 Redis&apos;s reason (WRONGPASS ...)</extracomment>
        <translation>%1 recusou a senha: %2</translation>
    </message>
    <message>
        <source>%1 needs a password: give it in the URL, redis://:PASSWORD@host:port/db</source>
        <translation>%1 exige uma senha: informe-a na URL, redis://:SENHA@host:porta/db</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: database %2: %3</source>
        <translation>%1: banco %2: %3</translation>
    </message>
    <message>
        <source>lost %1: %2</source>
        <extracomment>%1 the broker, %2 the reason (Connection reset, timed out ...)</extracomment>
        <translation>perdeu %1: %2</translation>
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
    <name>conlab::RoomPanel</name>
    <message>
        <source>Open to the room: this broker listens on the LAN at %1. Anyone with the command below can run tasks for it.</source>
        <extracomment>%1 is the LAN address and port of the app&apos;s Redis, as 192.168.1.20:40123</extracomment>
        <translation>Aberto à sala: este broker escuta na rede local em %1. Qualquer pessoa com o comando abaixo pode executar tarefas para ele.</translation>
    </message>
    <message>
        <source>With the app:</source>
        <translation>Com o app:</translation>
    </message>
    <message>
        <source>Celery only:</source>
        <translation>Só Celery:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy both commands</source>
        <translation>Copiar os dois comandos</translation>
    </message>
    <message>
        <source>Save tasks module…</source>
        <translation>Salvar módulo de tarefas…</translation>
    </message>
    <message>
        <source>Save primes_tasks.py, to run the Celery line in its folder on another machine</source>
        <translation>Salvar primes_tasks.py, para executar a linha do Celery na pasta dele em outra máquina</translation>
    </message>
    <message>
        <source>Save tasks module</source>
        <translation>Salvar módulo de tarefas</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <source>Saved %1. Run the Celery line in its folder.</source>
        <translation>%1 salvo. Execute a linha do Celery na pasta dele.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <extracomment>%1 is the file&apos;s path, %2 why it failed</extracomment>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>conlab::RoomTallyChart</name>
    <message numerus="yes">
        <source>The room: %n voted</source>
        <extracomment>Over the room&apos;s tally; %n how many voted from their phones</extracomment>
        <translation>
            <numerusform>A sala: %n votou</numerusform>
            <numerusform>A sala: %n votaram</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>One line of the room&apos;s tally as text: %1 the answer, %2 votes, %3 per cent</extracomment>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source> (the run showed this)</source>
        <translation> (a execução mostrou isto)</translation>
    </message>
</context>
<context>
    <name>conlab::RoundStatus</name>
    <message>
        <source>No question on this page: phones wait</source>
        <translation>Nenhuma pergunta nesta página: os celulares aguardam</translation>
    </message>
    <message numerus="yes">
        <source>%n voted</source>
        <extracomment>%n how many have voted in this round</extracomment>
        <translation>
            <numerusform>%n votou</numerusform>
            <numerusform>%n votaram</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting open · %1</source>
        <extracomment>%1 e.g. &quot;23 voted&quot;</extracomment>
        <translation>Votação aberta · %1</translation>
    </message>
    <message>
        <source>Revealed · %1</source>
        <extracomment>%1 e.g. &quot;23 voted&quot;</extracomment>
        <translation>Revelado · %1</translation>
    </message>
    <message>
        <source>Voting closed · %1</source>
        <extracomment>%1 e.g. &quot;23 voted&quot;</extracomment>
        <translation>Votação encerrada · %1</translation>
    </message>
</context>
<context>
    <name>conlab::RoundTally</name>
    <message>
        <source>%1% said %2; it %3.</source>
        <extracomment>The reveal of the room&apos;s vote. %1 a per cent, %2 the answer most chose (e.g. &quot;Keeps spinning&quot;), %3 what the run showed (e.g. &quot;never appeared&quot;)</extracomment>
        <translation>%1% disseram “%2”; o resultado: %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>In a recording file: %1 where, e.g. &quot;audience.counts&quot;, %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>three texts expected</source>
        <translation>esperados três textos</translation>
    </message>
    <message>
        <source>three counts expected</source>
        <translation>esperadas três contagens</translation>
    </message>
    <message>
        <source>a count must be a whole number from 0</source>
        <translation>uma contagem deve ser um número inteiro a partir de 0</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation>deve ser 1, 2 ou 3</translation>
    </message>
</context>
<context>
    <name>conlab::RunGate</name>
    <message>
        <source>“%1” is still running. One run at a time: stop it (Shift+F5 on its page) first.</source>
        <extracomment>%1 the title of the experiment that is running</extracomment>
        <translation>“%1” ainda está em execução. Uma execução por vez: pare-a primeiro (Shift+F5 na página dela).</translation>
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
        <extracomment>%1 the file&apos;s schema, %2 the schemas this version reads</extracomment>
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
    <message>
        <source>expected died, malformed or unresponsive</source>
        <translation>esperado died, malformed ou unresponsive</translation>
    </message>
    <message>
        <source>unknown spinner model &quot;%1&quot;</source>
        <extracomment>%1 the model name found in the file</extracomment>
        <translation>modelo de spinner desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown slow() kind &quot;%1&quot;</source>
        <extracomment>%1 the slow() kind found in the file</extracomment>
        <translation>tipo de slow() desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected exactly one number</source>
        <translation>esperado exatamente um número</translation>
    </message>
    <message>
        <source>expected seconds from 0 to %1</source>
        <extracomment>%1 the largest number of seconds accepted</extracomment>
        <translation>esperados segundos de 0 a %1</translation>
    </message>
    <message>
        <source>frame times must be non-negative and in the order drawn</source>
        <translation>os tempos dos quadros devem ser não negativos e estar na ordem em que foram desenhados</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>uma gravação</translation>
    </message>
    <message>
        <source>character %1 is %2; expected only 0 (not prime) and 1 (prime)</source>
        <extracomment>%1 the position in the text (0-based), %2 the character found there</extracomment>
        <translation>o caractere na posição %1 é %2; esperados apenas 0 (não primo) e 1 (primo)</translation>
    </message>
    <message>
        <source>unknown end of a CPython run &quot;%1&quot;</source>
        <extracomment>%1 the word found in the file</extracomment>
        <translation>fim desconhecido de uma execução no CPython &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected complete, lost or hung</source>
        <translation>esperado complete, lost ou hung</translation>
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
    <name>conlab::ServiceChild</name>
    <message>
        <source>%1 ended (%2)</source>
        <translation>%1 terminou (%2)</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>sinal %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <source>%1 was not ready within %2 s</source>
        <translation>%1 não ficou pronto em %2 s</translation>
    </message>
</context>
<context>
    <name>conlab::Settings</name>
    <message>
        <source>Settings could not be saved to %1; changes last only until the app quits.</source>
        <extracomment>%1 the settings file</extracomment>
        <translation>Não foi possível salvar as configurações em %1; as alterações valem só até o aplicativo ser fechado.</translation>
    </message>
</context>
<context>
    <name>conlab::SideBySideModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Emulation
(s)</source>
        <extracomment>column: seconds the emulation took for one number</extracomment>
        <translation>Emulação
(s)</translation>
    </message>
    <message>
        <source>CPython
(s)</source>
        <extracomment>column: seconds CPython took for one number</extracomment>
        <translation>CPython
(s)</translation>
    </message>
</context>
<context>
    <name>conlab::SideRatio</name>
    <message>
        <source>CPython ÷ emulation</source>
        <extracomment>column heading: CPython&apos;s figure divided by the emulation&apos;s</extracomment>
        <translation>CPython ÷ emulação</translation>
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
        <translation>em data desconhecida</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>há %n s</numerusform>
            <numerusform>há %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>em %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n workers at %2 pace, %3</source>
        <extracomment>%1 the baseline&apos;s model (sequential, processes...), %2 its workers, %3 its pace, %4 how long ago</extracomment>
        <translation>
            <numerusform>%1 com %n trabalhador no ritmo %2, %3</numerusform>
            <numerusform>%1 com %n trabalhadores no ritmo %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 pace, %3</source>
        <extracomment>%1 the baseline&apos;s model (sequential), %2 its pace (native, cpython...), %3 how long ago (&quot;2 min ago&quot;)</extracomment>
        <translation>%1 no ritmo %2, %3</translation>
    </message>
    <message>
        <source>%1 against %2 (%3 s, same numbers)</source>
        <extracomment>%1 the speedup (2.35×), %2 the baseline (&quot;sequential at cpython pace, 2 min ago&quot;), %3 its seconds</extracomment>
        <translation>%1 em relação a %2 (%3 s, mesmos números)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — more than %n cores can give: the baseline ran under load; run it again</source>
        <extracomment>%1 the speedup line so far, %n the machine&apos;s core count</extracomment>
        <translation>
            <numerusform>%1 — mais do que %n núcleo pode dar: a referência rodou sob carga; execute-a de novo</numerusform>
            <numerusform>%1 — mais do que %n núcleos podem dar: a referência rodou sob carga; execute-a de novo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerCPythonPanel</name>
    <message>
        <source>Emulation</source>
        <translation>Emulação</translation>
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
        <translation>--slow %1 não faz sentido com --model %2; com %2 escolha um de: %3</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerComparison</name>
    <message>
        <source>S8 took %1× as long as S7 (%2 s against %3 s)</source>
        <extracomment>%1 the ratio (e.g. 1.5), %2 and %3 seconds in slow() of S8 and S7</extracomment>
        <translation>S8 levou %1× o tempo de S7 (%2 s contra %3 s)</translation>
    </message>
    <message>
        <source>S8 ran at %1 pace and S7 at %2: run both at one pace to compare them</source>
        <extracomment>%1 and %2 pace names (native, cpython, book)</extracomment>
        <translation>S8 rodou no ritmo %1 e S7 no ritmo %2: execute os dois no mesmo ritmo para compará-los</translation>
    </message>
    <message>
        <source>Run S8 on the Power napping page to compare it with this S7 run</source>
        <translation>Execute S8 na página Cochilos estratégicos para compará-lo com esta execução de S7</translation>
    </message>
    <message>
        <source>Run S7 on the GIL quiz page to compare it with this S8 run</source>
        <translation>Execute S7 na página O quiz da GIL para compará-lo com esta execução de S8</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerGlyph</name>
    <message>
        <source>Spinner</source>
        <extracomment>The spinner glyph&apos;s name for a screen reader</extracomment>
        <translation>Spinner</translation>
    </message>
    <message>
        <source>no run yet</source>
        <extracomment>Screen reader: the spinner glyph before any run</extracomment>
        <translation>nenhuma execução ainda</translation>
    </message>
    <message>
        <source>nothing drawn yet</source>
        <extracomment>Screen reader: a run goes and the spinner has drawn nothing</extracomment>
        <translation>nada desenhado ainda</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) drawn, line wiped</source>
        <extracomment>Screen reader: the spinner drew frames, then wiped its line</extracomment>
        <translation>
            <numerusform>%n quadro desenhado, linha apagada</numerusform>
            <numerusform>%n quadros desenhados, linha apagada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) drawn, still spinning</source>
        <extracomment>Screen reader: the spinner is drawing while the run goes</extracomment>
        <translation>
            <numerusform>%n quadro desenhado, ainda girando</numerusform>
            <numerusform>%n quadros desenhados, ainda girando</numerusform>
        </translation>
    </message>
    <message>
        <source>never appeared</source>
        <extracomment>Screen reader: the run ended and the spinner never drew a frame</extracomment>
        <translation>nunca apareceu</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) drawn, then stopped</source>
        <extracomment>Screen reader: the run ended after the spinner drew frames</extracomment>
        <translation>
            <numerusform>%n quadro desenhado, depois parou</numerusform>
            <numerusform>%n quadros desenhados, depois parou</numerusform>
        </translation>
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
        <extracomment>%1 the GIL switch interval in ms</extracomment>
        <translation>GIL ligada, troca de %1 ms</translation>
    </message>
    <message>
        <source>GIL off</source>
        <translation>GIL desligada</translation>
    </message>
    <message>
        <source>Recorded at %1 pace</source>
        <extracomment>%1 the pace name (native, cpython, book) a replayed run was recorded at</extracomment>
        <translation>Gravado no ritmo %1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source>Replay of %1, recorded %2</source>
        <extracomment>%1 the recording&apos;s file name, %2 when it was recorded (date and time)</extracomment>
        <translation>Reprodução de %1, gravada em %2</translation>
    </message>
    <message>
        <source>The spinner moves at the recorded frame times; Run (F5) runs the variant live.</source>
        <translation>O spinner se move nos tempos de quadro gravados; Executar (F5) roda a variante ao vivo.</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the run on screen</extracomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export frame gaps as CSV…</source>
        <translation>Exportar intervalos entre quadros como CSV…</translation>
    </message>
    <message>
        <source>Export run as JSON…</source>
        <translation>Exportar execução como JSON…</translation>
    </message>
    <message>
        <source>Export Chrome trace for Perfetto…</source>
        <translation>Exportar trace do Chrome para o Perfetto…</translation>
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
        <source>stop the run first</source>
        <translation>pare a execução primeiro</translation>
    </message>
    <message>
        <source>this recording is of a primes run; open it on a primes page</source>
        <translation>esta gravação é de uma execução de primos; abra-a em uma página de primos</translation>
    </message>
    <message>
        <source>the recording holds no report of the run</source>
        <translation>a gravação não contém um relatório da execução</translation>
    </message>
    <message>
        <source>this page has no %1 spinner with slow() = %2; open the recording on the page that has it</source>
        <extracomment>%1 the recorded model (thread, process, coroutine), %2 the recorded slow() kind</extracomment>
        <translation>esta página não tem spinner %1 com slow() = %2; abra a gravação na página que o tem</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>uma gravação</translation>
    </message>
    <message>
        <source>no run to export yet</source>
        <translation>ainda não há execução para exportar</translation>
    </message>
    <message>
        <source>Export frame gaps as CSV</source>
        <translation>Exportar intervalos entre quadros como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export run as JSON</source>
        <translation>Exportar execução como JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
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
        <source>“%1” is running: one run at a time.</source>
        <extracomment>%1 the title of the experiment whose run is going</extracomment>
        <translation>“%1” está em execução: uma execução por vez.</translation>
    </message>
    <message>
        <source>At %1 pace slow() takes about %2 s: too quick to see what the spinner does.</source>
        <extracomment>%1 the pace name (native, cpython, book), %2 seconds slow() would take</extracomment>
        <translation>No ritmo %1, slow() leva cerca de %2 s: rápido demais para ver o que o spinner faz.</translation>
    </message>
    <message>
        <source>Use the CPython pace</source>
        <translation>Usar o ritmo CPython</translation>
    </message>
    <message>
        <source>Compressed Chrome trace (*.json.gz)</source>
        <translation>Trace do Chrome compactado (*.json.gz)</translation>
    </message>
    <message>
        <source>a run is under way; stop it first</source>
        <translation>há uma execução em andamento; pare-a primeiro</translation>
    </message>
    <message>
        <source>Run in CPython too</source>
        <translation>Executar também no CPython</translation>
    </message>
    <message>
        <source>After the emulated run, run the same listing in real CPython and show both</source>
        <translation>Depois da execução emulada, executa a mesma listagem no CPython real e mostra as duas</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerSideBySide</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Quadros</translation>
    </message>
    <message>
        <source>Longest gap</source>
        <translation>Maior intervalo</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difere</translation>
    </message>
    <message>
        <source>The CPython run was stopped before it ended.</source>
        <translation>A execução no CPython foi interrompida antes de terminar.</translation>
    </message>
    <message>
        <source>CPython measured nothing: %1</source>
        <extracomment>%1 why the CPython run has no figures (the interpreter&apos;s error, the listing&apos;s traceback)</extracomment>
        <translation>O CPython não mediu nada: %1</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>sem relatório</translation>
    </message>
    <message>
        <source>CPython agrees with the emulation: %1.</source>
        <extracomment>%1 the verdict, e.g. &quot;Kept spinning&quot;</extracomment>
        <translation>O CPython concorda com a emulação: %1.</translation>
    </message>
    <message>
        <source>They differ: the emulation says %1, CPython %2.</source>
        <extracomment>%1 the emulation&apos;s verdict, %2 CPython&apos;s</extracomment>
        <translation>Eles diferem: a emulação diz %1, o CPython, %2.</translation>
    </message>
</context>
<context>
    <name>conlab::SpinnerVerdict</name>
    <message>
        <source>the run was stopped before slow() returned, so there is nothing to judge</source>
        <translation>a execução foi parada antes de slow() retornar, então não há o que avaliar</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <extracomment>%1 the engine&apos;s error message</extracomment>
        <translation>a execução falhou: %1</translation>
    </message>
    <message>
        <source>slow() took %1 s: too quick to see the spinner; sleep longer</source>
        <extracomment>%1 seconds slow() took, e.g. 0.09</extracomment>
        <translation>slow() levou %1 s: rápido demais para ver o spinner; aumente a espera</translation>
    </message>
    <message>
        <source>slow() took %1 s: too quick to see the spinner; use the CPython pace</source>
        <extracomment>%1 seconds slow() took, e.g. 0.09</extracomment>
        <translation>slow() levou %1 s: rápido demais para ver o spinner; use o ritmo CPython</translation>
    </message>
    <message>
        <source>supervisor blocked the loop for %1 s; spin never got a turn</source>
        <extracomment>%1 seconds, e.g. 3.0</extracomment>
        <translation>supervisor bloqueou o laço por %1 s; spin nunca teve a sua vez</translation>
    </message>
    <message>
        <source>is_prime() held the loop for %1 s without an await; spin never got a turn</source>
        <extracomment>%1 seconds, e.g. 1.2</extracomment>
        <translation>is_prime() prendeu o laço por %1 s sem nenhum await; spin nunca teve a sua vez</translation>
    </message>
    <message>
        <source>the GIL never changed hands in %1 s (switch interval %2 ms); the spinner never got a turn</source>
        <extracomment>%1 seconds slow() ran, %2 the GIL switch interval in ms</extracomment>
        <translation>a GIL nunca trocou de mãos em %1 s (intervalo de troca de %2 ms); o spinner nunca teve a sua vez</translation>
    </message>
    <message>
        <source>no frame in %1 s: the spinner never got a turn</source>
        <extracomment>%1 seconds slow() ran</extracomment>
        <translation>nenhum quadro em %1 s: o spinner nunca teve a sua vez</translation>
    </message>
    <message>
        <source>the GIL changed hands only every %1 ms, so the spinner got a turn every %2 ms (at worst %3 ms)</source>
        <extracomment>%1 the GIL switch interval in ms, %2 the usual time between frames in ms, %3 the longest</extracomment>
        <translation>a GIL só trocou de mãos a cada %1 ms, então o spinner teve a sua vez a cada %2 ms (no pior caso, %3 ms)</translation>
    </message>
    <message>
        <source>is_prime() awaited sleep(0) too rarely: the spinner froze for up to %1 ms</source>
        <extracomment>%1 the longest time between two frames in ms</extracomment>
        <translation>is_prime() aguardou sleep(0) raramente demais: o spinner congelou por até %1 ms</translation>
    </message>
    <message>
        <source>the spinner froze for up to %1 ms; a steady one draws every 100 ms</source>
        <extracomment>%1 the longest time between two frames in ms</extracomment>
        <translation>o spinner congelou por até %1 ms; um spinner estável desenha a cada 100 ms</translation>
    </message>
    <message>
        <source>slow() ran in the parent and the spinner in its own process; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>slow() rodou no processo pai e o spinner no seu próprio processo; um quadro a cada %1 ms</translation>
    </message>
    <message>
        <source>time.sleep() let the spinner thread run; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>time.sleep() deixou a thread do spinner rodar; um quadro a cada %1 ms</translation>
    </message>
    <message>
        <source>the GIL changed hands every %1 ms, so the spinner got a turn every %2 ms</source>
        <extracomment>%1 the GIL switch interval in ms, %2 the usual time between frames in ms</extracomment>
        <translation>a GIL trocou de mãos a cada %1 ms, então o spinner teve a sua vez a cada %2 ms</translation>
    </message>
    <message>
        <source>no GIL: is_prime() and the spinner ran side by side; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>sem GIL: is_prime() e o spinner rodaram lado a lado; um quadro a cada %1 ms</translation>
    </message>
    <message>
        <source>await asyncio.sleep() gave the loop back; spin drew a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>await asyncio.sleep() devolveu o laço; spin desenhou um quadro a cada %1 ms</translation>
    </message>
    <message>
        <source>is_prime() awaited sleep(0) now and then, so spin got a turn every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>is_prime() aguardou sleep(0) de vez em quando, então spin teve a sua vez a cada %1 ms</translation>
    </message>
    <message>
        <source>is_prime() ran in a worker process and the loop stayed free; a frame every %1 ms</source>
        <extracomment>%1 the usual time between frames in ms</extracomment>
        <translation>is_prime() rodou em um processo trabalhador e o laço ficou livre; um quadro a cada %1 ms</translation>
    </message>
    <message>
        <source>a frame every %1 ms, at worst %2 ms</source>
        <extracomment>%1 the usual time between frames in ms, %2 the longest</extracomment>
        <translation>um quadro a cada %1 ms, no pior caso %2 ms</translation>
    </message>
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
    <message>
        <source>Kept spinning</source>
        <translation>Continuou girando</translation>
    </message>
    <message>
        <source>Stuttered</source>
        <translation>Engasgou</translation>
    </message>
    <message>
        <source>Never appeared</source>
        <translation>Nunca apareceu</translation>
    </message>
    <message>
        <source>Too quick to tell</source>
        <translation>Rápido demais para dizer</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Sem veredito</translation>
    </message>
</context>
<context>
    <name>conlab::SweepChartBuilder</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a note on the chart naming its series; %1 the series, %2 the note</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>shaded: fastest to slowest run</source>
        <translation>sombreado: da execução mais rápida à mais lenta</translation>
    </message>
    <message>
        <source>shaded: middle half of the runs</source>
        <translation>sombreado: metade central das execuções</translation>
    </message>
    <message>
        <source>ideal: T(1) / N</source>
        <translation>ideal: T(1) / N</translation>
    </message>
    <message>
        <source>ideal: N times faster</source>
        <translation>ideal: N vezes mais rápido</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>trabalhadores</translation>
    </message>
    <message>
        <source>median wall time (s)</source>
        <translation>tempo real mediano (s)</translation>
    </message>
    <message>
        <source>speedup (×)</source>
        <translation>ganho de velocidade (×)</translation>
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
            <numerusform>o livro, %n núcleo, escalado para este tempo com 1 trabalhador</numerusform>
            <numerusform>o livro, %n núcleos, escalado para este tempo com 1 trabalhador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the book, %n cores</source>
        <extracomment>%n the book machine&apos;s core count</extracomment>
        <translation>
            <numerusform>o livro, %n núcleo</numerusform>
            <numerusform>o livro, %n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <source>hollow: a run that lost a worker, left out of the medians</source>
        <translation>vazado: uma execução que perdeu um trabalhador, deixada fora das medianas</translation>
    </message>
</context>
<context>
    <name>conlab::SweepChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>A chart of %1 × %2 pixels cannot be made: each side must be from 1 to %3.</source>
        <extracomment>%1 width, %2 height, %3 the largest side accepted</extracomment>
        <translation>Não é possível gerar um gráfico de %1 × %2 pixels: cada lado deve ter de 1 a %3.</translation>
    </message>
    <message>
        <source>Sweep: median run time against worker count</source>
        <translation>Varredura: tempo mediano de execução pelo número de trabalhadores</translation>
    </message>
    <message>
        <source>The scale must be above 0, not %1.</source>
        <extracomment>%1 the scale asked for</extracomment>
        <translation>A escala deve ser maior que 0, não %1.</translation>
    </message>
    <message>
        <source>The PNG could not be encoded: %1</source>
        <extracomment>%1 the encoder&apos;s reason</extracomment>
        <translation>Não foi possível codificar o PNG: %1</translation>
    </message>
    <message>
        <source>The SVG could not be started.</source>
        <translation>Não foi possível iniciar o SVG.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Não foi possível iniciar o PDF.</translation>
    </message>
</context>
<context>
    <name>conlab::SweepConfig</name>
    <message>
        <source>processes</source>
        <translation>processos</translation>
    </message>
    <message>
        <source>coroutines + process executor</source>
        <translation>corrotinas + executor de processos</translation>
    </message>
    <message>
        <source>threads, GIL on</source>
        <translation>threads, GIL ligada</translation>
    </message>
    <message>
        <source>threads, GIL off</source>
        <translation>threads, GIL desligada</translation>
    </message>
    <message>
        <source>thread pool, GIL on</source>
        <translation>pool de threads, GIL ligada</translation>
    </message>
    <message>
        <source>thread pool, GIL off</source>
        <translation>pool de threads, GIL desligada</translation>
    </message>
    <message>
        <source>%1, switch %2 ms</source>
        <extracomment>%1 a series such as &quot;threads, GIL on&quot;, %2 the GIL switch interval in ms</extracomment>
        <translation>%1, troca de %2 ms</translation>
    </message>
    <message>
        <source>%1 runs on one thread whatever the worker count, so it has no sweep</source>
        <extracomment>%1 a model name (sequential or coroutines)</extracomment>
        <translation>%1 roda em uma única thread, qualquer que seja o número de trabalhadores, então não tem varredura</translation>
    </message>
    <message>
        <source>write gil=on or gil=off, once</source>
        <translation>escreva gil=on ou gil=off, uma única vez</translation>
    </message>
    <message>
        <source>write switch=MS, once, with MS in milliseconds</source>
        <translation>escreva switch=MS, uma única vez, com MS em milissegundos</translation>
    </message>
    <message>
        <source>choose at least one series to sweep</source>
        <translation>escolha pelo menos uma série para a varredura</translation>
    </message>
    <message>
        <source>a sweep has %1 series; the most is %2</source>
        <extracomment>%1 how many series were chosen, %2 the most a sweep may have</extracomment>
        <translation>a varredura tem %1 séries; o máximo é %2</translation>
    </message>
    <message>
        <source>series &apos;%1&apos; appears twice</source>
        <extracomment>%1 a series spec such as &quot;threads:gil=on&quot;</extracomment>
        <translation>a série &apos;%1&apos; aparece duas vezes</translation>
    </message>
    <message>
        <source>max workers is %1; use 1 to %2</source>
        <extracomment>%1 the value given, %2 the largest allowed</extracomment>
        <translation>máximo de trabalhadores: %1; use de 1 a %2</translation>
    </message>
    <message>
        <source>runs per count is %1; use 1 to %2</source>
        <extracomment>%1 the value given, %2 the largest allowed</extracomment>
        <translation>execuções por quantidade: %1; use de 1 a %2</translation>
    </message>
    <message>
        <source>the number list is empty</source>
        <translation>a lista de números está vazia</translation>
    </message>
    <message>
        <source>the list has %1 numbers; a sweep takes at most %2</source>
        <extracomment>%1 how many numbers were given, %2 the most a sweep may time</extracomment>
        <translation>a lista tem %1 números; uma varredura aceita no máximo %2</translation>
    </message>
    <message>
        <source>series %1: %2; use one of %3, with :switch=MS on threads and pool</source>
        <extracomment>%1 the series the user wrote, %2 what is wrong with it, %3 the accepted series</extracomment>
        <translation>série %1: %2; use uma de %3, com :switch=MS em threads e pool</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modelo desconhecido</translation>
    </message>
    <message>
        <source>unknown model %1</source>
        <translation>modelo desconhecido %1</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <extracomment>%1 an option such as &quot;gil=on&quot;</extracomment>
        <translation>opção desconhecida %1</translation>
    </message>
    <message>
        <source>%1 applies to threads and pool only</source>
        <extracomment>%1 an option such as &quot;gil=off&quot;</extracomment>
        <translation>%1 só se aplica a threads e pool</translation>
    </message>
    <message>
        <source>switch=%1 is out of range: use %2 to %3 ms</source>
        <extracomment>%1 the value given (quoted), %2 and %3 the accepted range in ms</extracomment>
        <translation>switch=%1 está fora do intervalo: use de %2 a %3 ms</translation>
    </message>
    <message>
        <source>procs.py in CPython</source>
        <translation>procs.py no CPython</translation>
    </message>
    <message>
        <source>procs.py in CPython %1</source>
        <translation>procs.py no CPython %1</translation>
    </message>
    <message>
        <source>write engine=emulated or engine=cpython, once</source>
        <translation>escreva engine=emulated ou engine=cpython, uma vez só</translation>
    </message>
    <message>
        <source>engine=cpython runs procs.py, so it applies to processes only</source>
        <translation>engine=cpython executa o procs.py, então só se aplica a processes</translation>
    </message>
    <message>
        <source>the list has %1 numbers; the CPython series takes at most %2, because procs.py fills its job queue before it starts a worker and blocks on its own queue past a few thousand</source>
        <extracomment>%1 how many numbers were given, %2 the most procs.py can take</extracomment>
        <translation>a lista tem %1 números; a série CPython aceita no máximo %2, porque o procs.py enche a sua fila de tarefas antes de iniciar um trabalhador e trava na própria fila depois de alguns milhares</translation>
    </message>
    <message>
        <source>Celery, thread pool</source>
        <translation>Celery, pool de threads</translation>
    </message>
    <message>
        <source>Celery, prefork pool</source>
        <translation>Celery, pool prefork</translation>
    </message>
    <message>
        <source>celery takes pool=prefork or pool=threads (solo has no pool to sweep)</source>
        <translation>celery aceita pool=prefork ou pool=threads (solo não tem pool para varrer)</translation>
    </message>
</context>
<context>
    <name>conlab::SweepFile</name>
    <message>
        <source>a run names series %1, which the sweep does not have</source>
        <extracomment>%1 the series number the run gives (counted from 0)</extracomment>
        <translation>uma execução indica a série %1, que a varredura não tem</translation>
    </message>
    <message>
        <source>a run took %1 s, which is not a time</source>
        <extracomment>%1 the run&apos;s time in seconds, negative or not a number
----------
%1 a run&apos;s measured time</extracomment>
        <translation>uma execução levou %1 s, o que não é um tempo válido</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <extracomment>%1 a file path</extracomment>
        <translation>%1 já existe</translation>
    </message>
    <message>
        <source>could not create %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <extracomment>%1 a file path, %2 the reason</extracomment>
        <translation>não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>the file has no complete header line</source>
        <translation>o arquivo não tem uma linha de cabeçalho completa</translation>
    </message>
    <message>
        <source>could not write to %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason (disk full, ...)</extracomment>
        <translation>não foi possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <extracomment>%1 the JSON parser&apos;s message, %2 a column number</extracomment>
        <translation>JSON inválido (%1 na coluna %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or malformed</source>
        <extracomment>%1 a field name in the file</extracomment>
        <translation>&quot;%1&quot; está ausente ou malformado</translation>
    </message>
    <message>
        <source>the header is too long for a sweep results file</source>
        <translation>o cabeçalho é longo demais para um arquivo de resultados de varredura</translation>
    </message>
    <message>
        <source>not a sweep results file (no &quot;format&quot;:&quot;%1&quot;)</source>
        <extracomment>%1 the format name a results file must have</extracomment>
        <translation>não é um arquivo de resultados de varredura (sem &quot;format&quot;:&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>version %1 is newer than this app reads (%2)</source>
        <extracomment>%1 the version in the file, %2 the newest version this app reads</extracomment>
        <translation>a versão %1 é mais nova do que as que este aplicativo lê (%2)</translation>
    </message>
    <message>
        <source>more than %1 numbers</source>
        <extracomment>%1 the most numbers a sweep may time</extracomment>
        <translation>mais de %1 números</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <extracomment>%1 the field name, %2 what is wrong and where</extracomment>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>numbers_hash &apos;%1&apos; does not match the numbers (%2)</source>
        <extracomment>%1 the hash in the file, %2 the hash of the numbers in the file</extracomment>
        <translation>numbers_hash &apos;%1&apos; não corresponde aos números (%2)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number, %2 what is wrong with that line</extracomment>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 more lines were skipped</source>
        <extracomment>%1 a line number, %2 how many more lines had problems</extracomment>
        <translation>linha %1: mais %2 linhas foram ignoradas</translation>
    </message>
    <message>
        <source>too long for a run</source>
        <translation>longa demais para uma execução</translation>
    </message>
    <message>
        <source>series &apos;%1&apos; is not in the header</source>
        <extracomment>%1 the series the line names</extracomment>
        <translation>a série &apos;%1&apos; não está no cabeçalho</translation>
    </message>
    <message>
        <source>&quot;workers&quot; must be a whole number from 1 to %1</source>
        <extracomment>%1 the largest worker count of the sweep</extracomment>
        <translation>&quot;workers&quot; deve ser um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be a whole number from 1 to %1</source>
        <extracomment>%1 how many runs per count the sweep has</extracomment>
        <translation>&quot;repeat&quot; deve ser um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <source>&quot;wall&quot; must be seconds from 0 to %1</source>
        <extracomment>%1 the longest run accepted, in seconds</extracomment>
        <translation>&quot;wall&quot; deve ser um número de segundos de 0 a %1</translation>
    </message>
    <message>
        <source>&quot;finished&quot; must be an ISO 8601 date and time</source>
        <translation>&quot;finished&quot; deve ser uma data e hora ISO 8601</translation>
    </message>
    <message>
        <source>a second result for %1 with %2 workers, run %3; the first is kept</source>
        <extracomment>%1 a series spec, %2 a worker count, %3 a run number</extracomment>
        <translation>um segundo resultado para %1 com %2 trabalhadores, execução %3; o primeiro é mantido</translation>
    </message>
    <message>
        <source>line 1: the file is larger than %1 MiB</source>
        <extracomment>%1 the largest size read, in MiB</extracomment>
        <translation>linha 1: o arquivo tem mais de %1 MiB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>the header is incomplete</source>
        <translation>o cabeçalho está incompleto</translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <extracomment>%1 what is wrong with the header line</extracomment>
        <translation>linha 1: %1</translation>
    </message>
    <message>
        <source>incomplete, the run in flight when the sweep stopped</source>
        <translation>incompleta, a execução em andamento quando a varredura parou</translation>
    </message>
    <message>
        <source>another sweep is writing it right now (in the window or a concurrency-lab sweep); let that one finish, or stop it, then resume</source>
        <translation>outra varredura está gravando neste arquivo agora mesmo (na janela ou em um concurrency-lab sweep); deixe-a terminar, ou pare-a, e então retome</translation>
    </message>
    <message>
        <source>a sweep results file</source>
        <translation>um arquivo de resultados de varredura</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <extracomment>%1 a field name, %2 its largest value</extracomment>
        <translation>&quot;%1&quot; deve ser um número inteiro de 0 a %2</translation>
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
        <translation>inacabada</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>unfinished: it can be resumed</source>
        <translation>inacabada: pode ser retomada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past sweeps&lt;/b&gt;</source>
        <extracomment>heading of the list of past sweeps</extracomment>
        <translation>&lt;b&gt;Varreduras anteriores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick one to see its chart; Ctrl+click a second to compare the two.</source>
        <translation>Escolha uma para ver o gráfico; Ctrl+clique em uma segunda para comparar as duas.</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>varredura</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>execuções</translation>
    </message>
    <message numerus="yes">
        <source>%n lines skipped</source>
        <extracomment>under the runs of a past sweep; %n how many lines of its file were unreadable</extracomment>
        <translation>
            <numerusform>%n linha ignorada</numerusform>
            <numerusform>%n linhas ignoradas</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>under the runs of a past sweep that a sweep (here or in a terminal) is still running</extracomment>
        <translation>em execução</translation>
    </message>
    <message>
        <source>a sweep is writing it right now (here or in a terminal)</source>
        <translation>uma varredura está gravando neste arquivo agora mesmo (aqui ou em um terminal)</translation>
    </message>
</context>
<context>
    <name>conlab::SweepPage</name>
    <message>
        <source>Sweep: how many processes?</source>
        <translation>Varredura: quantos processos?</translation>
    </message>
    <message>
        <source>The sweep cannot start: %1</source>
        <extracomment>%1 why the results file could not be made</extracomment>
        <translation>A varredura não pode começar: %1</translation>
    </message>
    <message>
        <source>Each finished run is saved at once in %1.</source>
        <extracomment>%1 the results file&apos;s name</extracomment>
        <translation>Cada execução concluída é salva imediatamente em %1.</translation>
    </message>
    <message>
        <source>The sweep stopped: %1 The runs done so far are kept in %2.</source>
        <extracomment>%1 what went wrong, %2 the results file&apos;s name</extracomment>
        <translation>A varredura parou: %1 As execuções feitas até aqui ficam guardadas em %2.</translation>
    </message>
    <message>
        <source>%1, paused after the run in flight</source>
        <extracomment>%1 the progress (&quot;57 / 240 runs&quot;); the run in flight finishes first</extracomment>
        <translation>%1, pausada após a execução em andamento</translation>
    </message>
    <message>
        <source>Estimating the time…</source>
        <translation>Estimando o tempo…</translation>
    </message>
    <message>
        <source>Series:</source>
        <extracomment>label before the series checkboxes of the sweep</extracomment>
        <translation>Séries:</translation>
    </message>
    <message>
        <source>Up to &amp;workers:</source>
        <translation>Má&amp;ximo de trabalhadores:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>Re&amp;petições:</translation>
    </message>
    <message>
        <source>Runs at each worker count; the chart plots their median.</source>
        <translation>Execuções para cada número de trabalhadores; o gráfico mostra a mediana delas.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>the pause button, while paused</extracomment>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this offer. The file stays and the list still opens it.</source>
        <translation>Oculta este aviso. O arquivo permanece e a lista ainda o abre.</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>menu button with the exports of the sweep on screen</extracomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Gráfico como PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>Gráfico como SVG…</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>Gráfico como PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Dados como CSV…</translation>
    </message>
    <message>
        <source>Data as JSON…</source>
        <translation>Dados como JSON…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>label of the chart&apos;s unit: time or speedup</extracomment>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>median time</source>
        <translation>tempo mediano</translation>
    </message>
    <message>
        <source>speedup T(1) / T(N)</source>
        <translation>ganho de velocidade T(1) / T(N)</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <extracomment>label of the shaded spread of the runs</extracomment>
        <translation>&amp;Faixa:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>fastest to slowest run</source>
        <translation>da execução mais rápida à mais lenta</translation>
    </message>
    <message>
        <source>quartiles</source>
        <translation>quartis</translation>
    </message>
    <message>
        <source>ideal T(1) / N</source>
        <translation>ideal T(1) / N</translation>
    </message>
    <message>
        <source>the book&apos;s medians</source>
        <translation>as medianas do livro</translation>
    </message>
    <message>
        <source>Figure 19-2&apos;s medians (6 cores), scaled so that their 1-worker time is this sweep&apos;s.</source>
        <translation>As medianas da Figura 19-2 (6 núcleos), escaladas para que o tempo com 1 trabalhador seja o desta varredura.</translation>
    </message>
    <message>
        <source>This rebuilds Figure 19-2 of the chapter: procs.py run with 1 to 20 worker processes, each count repeated several times, and the median time for each count plotted against the count, with a dotted line at the lowest median.</source>
        <translation>Isto reconstrói a Figura 19-2 do capítulo: procs.py executado com 1 a 20 processos trabalhadores, cada quantidade repetida várias vezes, e o tempo mediano de cada quantidade plotado contra a quantidade, com uma linha pontilhada na menor mediana.</translation>
    </message>
    <message>
        <source>In the book, on a machine with 6 cores, the time falls steeply from 1 to 6 processes (40.8 s to 10.4 s) and then stays flat or gets a little worse: once every core is busy, more processes only add start-up and switching costs. The lowest median sits at the core count.</source>
        <translation>No livro, em uma máquina com 6 núcleos, o tempo cai bruscamente de 1 para 6 processos (de 40,8 s para 10,4 s) e depois fica estável ou piora um pouco: quando todos os núcleos estão ocupados, mais processos só acrescentam custos de inicialização e de troca. A menor mediana fica no número de núcleos.</translation>
    </message>
    <message>
        <source>Press Start (F5) to measure it on this machine. Below are the book&apos;s own numbers, plotted the way the figure plots them.</source>
        <translation>Pressione Iniciar (F5) para medir nesta máquina. Abaixo estão os números do próprio livro, plotados do jeito que a figura os plota.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>pace: %1 · GIL switch every %2 ms (toolbar)</source>
        <extracomment>%1 the pace&apos;s name, %2 the GIL switch interval in ms</extracomment>
        <translation>ritmo: %1 · troca da GIL a cada %2 ms (barra de ferramentas)</translation>
    </message>
    <message>
        <source> px</source>
        <extracomment>unit after the chart size fields</extracomment>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largura:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Altura:</translation>
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
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the sweep chart</source>
        <translation>Exportar o gráfico da varredura</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export the sweep of %1 as JSON</source>
        <extracomment>%1 the sweep&apos;s date</extracomment>
        <translation>Exportar a varredura de %1 como JSON</translation>
    </message>
    <message>
        <source>Export the sweep of %1 as CSV</source>
        <extracomment>%1 the sweep&apos;s date</extracomment>
        <translation>Exportar a varredura de %1 como CSV</translation>
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
        <translation>não é possível retomar %1: %2</translation>
    </message>
    <message>
        <source>That sweep is complete already.</source>
        <translation>Essa varredura já está concluída.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abrindo…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <extracomment>%1 file name, %2 why it cannot be used</extracomment>
        <translation>não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Showing %1 from %2.</source>
        <extracomment>%1 the file&apos;s name, %2 its date</extracomment>
        <translation>Exibindo %1, de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n runs in %1, saved in %2.</source>
        <extracomment>%n runs, %1 a duration, %2 the results file&apos;s name</extracomment>
        <translation>
            <numerusform>Varredura concluída: %n execução em %1, salva em %2.</numerusform>
            <numerusform>Varredura concluída: %n execuções em %1, salvas em %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n runs. %2 keeps them; Resume carries on from there.</source>
        <extracomment>%1 runs done, %n runs in all, %2 the results file&apos;s name</extracomment>
        <translation>
            <numerusform>Parada após %1 de %n execução. Elas ficam guardadas em %2; Retomar continua daí.</numerusform>
            <numerusform>Parada após %1 de %n execuções. Elas ficam guardadas em %2; Retomar continua daí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs, about %1</source>
        <extracomment>%n runs in all, %1 a rough duration</extracomment>
        <translation>
            <numerusform>%n execução, cerca de %1</numerusform>
            <numerusform>%n execuções, cerca de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An unfinished sweep from %1 (%2 of %n runs).</source>
        <extracomment>%1 the sweep&apos;s date, %2 runs done, %n runs in all</extracomment>
        <translation>
            <numerusform>Uma varredura inacabada de %1 (%2 de %n execução).</numerusform>
            <numerusform>Uma varredura inacabada de %1 (%2 de %n execuções).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %2 with %1 workers lost a worker (it crashed or stopped answering): its time includes the recovery, so it is drawn hollow and left out of the medians.</source>
        <extracomment>%1 a worker count, %2 a run number</extracomment>
        <translation>A execução %2 com %1 trabalhadores perdeu um trabalhador (ele falhou ou parou de responder): o tempo dela inclui a recuperação, por isso ela é desenhada vazada e deixada fora das medianas.</translation>
    </message>
    <message>
        <source>Making the results file…</source>
        <translation>Criando o arquivo de resultados…</translation>
    </message>
    <message>
        <source>Stopped before the first run.</source>
        <translation>Parada antes da primeira execução.</translation>
    </message>
    <message>
        <source>The book&apos;s procs.py run by real CPython at each worker count, taking turns with the other series. The interpreter is chosen under Run &gt; CPython Interpreter; the chart names its version.</source>
        <translation>O procs.py do livro executado pelo CPython real em cada número de trabalhadores, alternando com as outras séries. O interpretador é escolhido em Executar &gt; Interpretador CPython; o gráfico indica a sua versão.</translation>
    </message>
</context>
<context>
    <name>conlab::SweepPython</name>
    <message>
        <source>this sweep&apos;s CPython series ran in CPython %1, but the interpreter found now is %2; choose a CPython %1 (the settings, or --python), or start a new sweep</source>
        <extracomment>%1 the version the sweep ran in, %2 the interpreter found now</extracomment>
        <translation>a série CPython desta varredura rodou no CPython %1, mas o interpretador encontrado agora é %2; escolha um CPython %1 (nas configurações, ou --python) ou inicie uma nova varredura</translation>
    </message>
</context>
<context>
    <name>conlab::SweepRunner</name>
    <message>
        <source>no results file is open for this sweep</source>
        <translation>nenhum arquivo de resultados está aberto para esta varredura</translation>
    </message>
    <message>
        <source>%1 with %2 workers, run %3: %4</source>
        <extracomment>%1 a series such as &quot;threads, GIL on&quot;, %2 a worker count, %3 a run number, %4 why it failed</extracomment>
        <translation>%1 com %2 trabalhadores, execução %3: %4</translation>
    </message>
    <message>
        <source>this sweep has a Celery series, and no Celery engine was given to run it</source>
        <translation>esta varredura tem uma série Celery, e nenhum motor Celery foi dado para executá-la</translation>
    </message>
</context>
<context>
    <name>conlab::SweepText</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a time in milliseconds, %1 the number</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time in seconds, %1 the number</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>under 1 s</source>
        <translation>menos de 1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <extracomment>a duration, %1 seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration, %1 minutes, %2 seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration, %1 hours, %2 minutes (two digits)</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>a speedup factor, %1 the number (&quot;1.9×&quot;)</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>lowest median %1 at %2</source>
        <extracomment>the dotted line on the sweep chart; %1 a time (&quot;0.47 s&quot;), %2 a worker count (&quot;2 workers&quot;)</extracomment>
        <translation>menor mediana %1 com %2</translation>
    </message>
    <message>
        <source>best speedup %1 at %2</source>
        <extracomment>the dotted line in speedup mode; %1 a factor (&quot;1.9×&quot;), %2 a worker count (&quot;2 workers&quot;)</extracomment>
        <translation>maior ganho de velocidade %1 com %2</translation>
    </message>
    <message>
        <source>%1, ETA %2</source>
        <extracomment>%1 the runs done (&quot;57 / 240 runs&quot;), %2 the estimated time left</extracomment>
        <translation>%1, restam cerca de %2</translation>
    </message>
    <message numerus="yes">
        <source>the book&apos;s %n numbers</source>
        <extracomment>the sweep chart&apos;s title: which numbers were checked</extracomment>
        <translation>
            <numerusform>o %n número do livro</numerusform>
            <numerusform>os %n números do livro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <extracomment>the sweep chart&apos;s title: how many numbers were checked</extracomment>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs per count</source>
        <extracomment>the sweep chart&apos;s title: how often each worker count ran</extracomment>
        <translation>
            <numerusform>%n execução por contagem</numerusform>
            <numerusform>%n execuções por contagem</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pace</source>
        <extracomment>the sweep chart&apos;s title; %1 the pace&apos;s name (&quot;native&quot;, &quot;cpython&quot;, &quot;book&quot;, &quot;4x&quot;)</extracomment>
        <translation>ritmo %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>the sweep chart&apos;s title: the machine; %1 its host name, %2 its cores (&quot;2 cores&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n workers</source>
        <extracomment>a worker count, as on the sweep chart</extracomment>
        <translation>
            <numerusform>%n trabalhador</numerusform>
            <numerusform>%n trabalhadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <extracomment>the machine&apos;s core count</extracomment>
        <translation>
            <numerusform>%n núcleo</numerusform>
            <numerusform>%n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM HH:mm:ss</source>
        <extracomment>how a legend tells two compared sweeps apart: day, month, hour:minute (Qt date format)</extracomment>
        <translation>d MMM HH:mm:ss</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n runs</source>
        <extracomment>sweep progress; %1 runs done, %n runs in all</extracomment>
        <translation>
            <numerusform>%1 / %n execução</numerusform>
            <numerusform>%1 / %n execuções</numerusform>
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
        <translation>Uma faixa por processo worker (host:pid) aparece aqui quando as tarefas começam.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>the end of the time axis, in seconds since the run began</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueueControls</name>
    <message>
        <source>Type the broker&apos;s URL, as redis://:password@host:6379/0</source>
        <translation>Digite a URL do broker, como redis://:senha@host:6379/0</translation>
    </message>
    <message>
        <source>Broker URL: %1</source>
        <extracomment>%1 says what is wrong with the broker URL the user typed</extracomment>
        <translation>URL do broker: %1</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>Pool:</translation>
    </message>
    <message>
        <source>prefork: processes; threads: threads under the GIL; solo: one task at a time</source>
        <translation>prefork: processos; threads: threads sob a GIL; solo: uma tarefa por vez</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>Concorrência:</translation>
    </message>
    <message>
        <source>Pool processes or threads per worker node</source>
        <translation>Processos ou threads do pool por nó worker</translation>
    </message>
    <message>
        <source>Local nodes:</source>
        <translation>Nós locais:</translation>
    </message>
    <message>
        <source>Celery worker nodes started on this machine; 0 uses only workers already attached</source>
        <translation>Nós worker do Celery iniciados nesta máquina; 0 usa só os workers já conectados</translation>
    </message>
    <message>
        <source>Late acks</source>
        <translation>Acks tardios</translation>
    </message>
    <message>
        <source>Acknowledge a task after it is done, so a killed worker&apos;s task goes to another</source>
        <translation>Confirmar a tarefa depois de concluída, para que a tarefa de um worker morto vá para outro</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>Broker:</translation>
    </message>
    <message>
        <source>This app&apos;s Redis</source>
        <translation>O Redis deste app</translation>
    </message>
    <message>
        <source>Redis at a URL</source>
        <translation>Redis numa URL</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueuePage</name>
    <message>
        <source>Task queues: Celery on Redis</source>
        <translation>Filas de tarefas: Celery sobre Redis</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <extracomment>%1 says what is wrong with the broker URL</extracomment>
        <translation>Não é possível executar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking the broker at %1 and starting %n worker node(s)…</source>
        <extracomment>%1 is the broker&apos;s URL with its password hidden; %n local worker nodes</extracomment>
        <translation>
            <numerusform>Verificando o broker em %1 e iniciando %n nó worker…</numerusform>
            <numerusform>Verificando o broker em %1 e iniciando %n nós worker…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting redis-server and %n worker node(s)…</source>
        <translation>
            <numerusform>Iniciando o redis-server e %n nó worker…</numerusform>
            <numerusform>Iniciando o redis-server e %n nós worker…</numerusform>
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
        <translation>Resultado malformado para %1, pedido de novo: %2</translation>
    </message>
    <message>
        <source>Lost: %1 (%2)</source>
        <extracomment>%1 is the number, %2 why it was lost</extracomment>
        <translation>Perdida: %1 (%2)</translation>
    </message>
    <message>
        <source>Redelivered: %1, its first worker died</source>
        <extracomment>%1 is the number whose worker died; the broker gave it to another</extracomment>
        <translation>Reentregue: %1, o primeiro worker dela morreu</translation>
    </message>
    <message>
        <source>Killed pool process %1: its task %2 went back to the queue and another worker took it (late acks).</source>
        <extracomment>%1 is a pid, %2 the number it was checking</extracomment>
        <translation>Processo do pool %1 morto: a tarefa %2 voltou à fila e outro worker a pegou (acks tardios).</translation>
    </message>
    <message>
        <source>Killed pool process %1: its task %2 is lost (no late acks).</source>
        <extracomment>%1 is a pid, %2 the number it was checking</extracomment>
        <translation>Processo do pool %1 morto: a tarefa %2 se perdeu (sem acks tardios).</translation>
    </message>
    <message>
        <source>No pool process to kill: only a prefork node on this machine has them.</source>
        <translation>Nenhum processo do pool para matar: só um nó prefork nesta máquina os tem.</translation>
    </message>
    <message>
        <source>Killed pool process %1 in the middle of %2. Watch the incidents: redelivered, or lost.</source>
        <extracomment>%1 is a pid, %2 the number it was checking</extracomment>
        <translation>Processo do pool %1 morto no meio de %2. Veja os incidentes: reentregue ou perdida.</translation>
    </message>
    <message>
        <source>Killed pool process %1 (it was idle). Celery starts another.</source>
        <extracomment>%1 is a pid</extracomment>
        <translation>Processo do pool %1 morto (estava ocioso). O Celery inicia outro.</translation>
    </message>
    <message>
        <source>The run ended without an outcome.</source>
        <translation>A execução terminou sem resultado.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <extracomment>%1 says why the broker or the worker nodes could not start</extracomment>
        <translation>Não foi possível iniciar: %1</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>A execução falhou: %1</translation>
    </message>
    <message>
        <source>No result for: %1.</source>
        <extracomment>%1 lists the numbers that got no result</extracomment>
        <translation>Sem resultado para: %1.</translation>
    </message>
    <message>
        <source>Stopped: the tasks not yet started were taken back off the queue.</source>
        <translation>Parado: as tarefas ainda não iniciadas foram retiradas da fila.</translation>
    </message>
    <message>
        <source>Done, but these tasks were lost: %1.</source>
        <extracomment>%1 lists the numbers whose tasks were lost</extracomment>
        <translation>Concluído, mas estas tarefas se perderam: %1.</translation>
    </message>
    <message>
        <source>Done: every number came back from the workers.</source>
        <translation>Concluído: todos os números voltaram dos workers.</translation>
    </message>
    <message>
        <source>Kill a pool process</source>
        <translation>Matar um processo do pool</translation>
    </message>
    <message>
        <source>SIGKILL one process of a local prefork node, one that is running a task if any (T4)</source>
        <translation>SIGKILL em um processo de um nó prefork local, de preferência um que esteja executando uma tarefa (T4)</translation>
    </message>
    <message>
        <source>Open to the room</source>
        <translation>Abrir à sala</translation>
    </message>
    <message>
        <source>Let workers on other machines in the room join this broker over the LAN</source>
        <translation>Permitir que workers em outras máquinas da sala se juntem a este broker pela rede local</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Could not open to the room: %1</source>
        <extracomment>%1 says why the broker or the worker nodes could not start
----------
%1 says why the broker could not listen on the LAN</extracomment>
        <translation>Não foi possível abrir à sala: %1</translation>
    </message>
    <message>
        <source>The room opens as soon as the broker is up.</source>
        <translation>A sala abre assim que o broker estiver no ar.</translation>
    </message>
    <message numerus="yes">
        <source>Starting redis-server and %n worker node(s) for the room…</source>
        <translation>
            <numerusform>Iniciando o redis-server e %n nó worker para a sala…</numerusform>
            <numerusform>Iniciando o redis-server e %n nós worker para a sala…</numerusform>
        </translation>
    </message>
    <message>
        <source>this machine has no IPv4 address on a network that is up</source>
        <translation>esta máquina não tem endereço IPv4 numa rede ativa</translation>
    </message>
    <message>
        <source>only the app&apos;s own Redis can be opened to the room</source>
        <translation>só o Redis do próprio app pode ser aberto à sala</translation>
    </message>
    <message>
        <source>Done. Now timing the same numbers sequentially in CPython (primes_sequential.py), for the speedup…</source>
        <extracomment>the speedup needs a sequential run of the same numbers in real CPython</extracomment>
        <translation>Pronto. Agora cronometrando os mesmos números em sequência no CPython (primes_sequential.py), para o ganho…</translation>
    </message>
    <message>
        <source>Done; the sequential CPython run for the speedup did not finish: %1</source>
        <extracomment>%1 why the sequential CPython run could not time the numbers</extracomment>
        <translation>Pronto; a execução sequencial no CPython para o ganho não terminou: %1</translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueueRun</name>
    <message>
        <source>the broker did not confirm the subscription to results</source>
        <translation>o broker não confirmou a assinatura dos resultados</translation>
    </message>
    <message>
        <source>its worker %1 was lost; the broker gave the task to another</source>
        <extracomment>%1 host:pid of the worker process that died</extracomment>
        <translation>seu worker %1 foi perdido; o broker deu a tarefa a outro</translation>
    </message>
    <message numerus="yes">
        <source>malformed %n time(s); not asked again</source>
        <extracomment>%1 how many times the number was asked</extracomment>
        <translation>
            <numerusform>malformado %n vez; não perguntado de novo</numerusform>
            <numerusform>malformado %n vezes; não perguntado de novo</numerusform>
        </translation>
    </message>
    <message>
        <source>no result for every number within %1 s</source>
        <translation>nenhum resultado para todos os números em %1 s</translation>
    </message>
    <message>
        <source>%1
%2 number(s) left without a result: %3</source>
        <extracomment>%1 what went wrong with the broker, %2 how many numbers, %3 the numbers</extracomment>
        <translation>%1
%2 número(s) ficaram sem resultado: %3</translation>
    </message>
</context>
<context>
    <name>conlab::TaskQueueTotals</name>
    <message>
        <source>Press Run: the numbers go to Redis as Celery tasks, and the workers send back the results.</source>
        <translation>Clique em Executar: os números vão para o Redis como tarefas do Celery, e os workers devolvem os resultados.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tasks done · %3 s · %n lane(s)</source>
        <extracomment>%1 of %2 results in, %3 seconds so far, %4 worker processes seen</extracomment>
        <translation>
            <numerusform>%1 de %2 tarefas concluídas · %3 s · %n faixa</numerusform>
            <numerusform>%1 de %2 tarefas concluídas · %3 s · %n faixas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tasks in %2 s on %n lane(s)</source>
        <extracomment>%1 tasks done in %2 seconds; %n lanes (worker processes)</extracomment>
        <translation>
            <numerusform>%1 tarefas em %2 s em %n faixa</numerusform>
            <numerusform>%1 tarefas em %2 s em %n faixas</numerusform>
        </translation>
    </message>
    <message>
        <source>overhead %1 ms per task</source>
        <extracomment>the broker&apos;s overhead per task, in milliseconds</extracomment>
        <translation>sobrecarga de %1 ms por tarefa</translation>
    </message>
    <message>
        <source>speedup %1× against the sum of task times (a sequential estimate)</source>
        <extracomment>%1 is the speedup, e.g. 1.9; the sum of the workers&apos; task times stands for a sequential run</extracomment>
        <translation>aceleração de %1× em relação à soma dos tempos das tarefas (uma estimativa sequencial)</translation>
    </message>
    <message>
        <source>speedup %1× against sequential CPython (%2 s)</source>
        <extracomment>%1 is the speedup, e.g. 1.9; %2 the seconds sequential.py took in CPython on the same numbers</extracomment>
        <translation>ganho de %1× sobre o CPython sequencial (%2 s)</translation>
    </message>
</context>
<context>
    <name>conlab::TaskResult</name>
    <message>
        <source>the result is %1 bytes, more than a result can be</source>
        <translation>o resultado tem %1 bytes, mais do que um resultado pode ter</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>não é JSON (%1 no byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>a STARTED state without its host and pid</source>
        <translation>um estado STARTED sem host e pid</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sem status</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>status desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;result&quot; is not an object</source>
        <translation>&quot;result&quot; não é um objeto</translation>
    </message>
    <message>
        <source>&quot;n&quot; is missing or not a number</source>
        <translation>&quot;n&quot; falta ou não é um número</translation>
    </message>
    <message>
        <source>&quot;n&quot; is %1, not a whole number from 0 to 2^64-1</source>
        <translation>&quot;n&quot; é %1, não um número inteiro de 0 a 2^64-1</translation>
    </message>
    <message>
        <source>&quot;n&quot; is %1, but this task asked about %2</source>
        <translation>&quot;n&quot; é %1, mas esta tarefa perguntou sobre %2</translation>
    </message>
    <message>
        <source>&quot;prime&quot; is not true or false</source>
        <translation>&quot;prime&quot; não é true nem false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation>&quot;%1&quot; falta ou não é um número</translation>
    </message>
    <message>
        <source>&quot;elapsed&quot; is %1 s</source>
        <translation>&quot;elapsed&quot; é %1 s</translation>
    </message>
    <message>
        <source>the times run from %1 to %2</source>
        <translation>os tempos vão de %1 a %2</translation>
    </message>
    <message>
        <source>&quot;host&quot; is not a host name</source>
        <translation>&quot;host&quot; não é um nome de host</translation>
    </message>
    <message>
        <source>&quot;pid&quot; is not a process id</source>
        <translation>&quot;pid&quot; não é um id de processo</translation>
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
        <translation>tempo</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>column header: the machine the Celery worker ran on</extracomment>
        <translation>host</translation>
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
    <message>
        <source>worker crashed</source>
        <translation>trabalhador falhou</translation>
    </message>
    <message>
        <source>Worker %1 (pid %2) crashed at %3 s</source>
        <extracomment>%1 worker number, %2 its process id, %3 seconds since the run started</extracomment>
        <translation>O trabalhador %1 (pid %2) falhou em %3 s</translation>
    </message>
    <message>
        <source>It had no number in flight: nothing was lost.</source>
        <translation>Ele não tinha nenhum número em andamento: nada se perdeu.</translation>
    </message>
    <message>
        <source>%1 goes to a fresh worker (try %2 of %3).</source>
        <extracomment>%1 the number, %2 this try, %3 the most tries</extracomment>
        <translation>%1 vai para um trabalhador novo (tentativa %2 de %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has cost %n workers in a row: the run stops.</source>
        <extracomment>%1 the number, %n how many workers it cost</extracomment>
        <translation>
            <numerusform>%1 já derrubou %n trabalhador seguido: a execução para.</numerusform>
            <numerusform>%1 já derrubou %n trabalhadores seguidos: a execução para.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline: one lane per worker, one bar per number checked</source>
        <extracomment>The primes timeline&apos;s name for a screen reader</extracomment>
        <translation>Linha do tempo: uma raia por trabalhador, uma barra por número verificado</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <extracomment>Screen reader: how many lanes (workers) the timeline has</extracomment>
        <translation>
            <numerusform>%n trabalhador</numerusform>
            <numerusform>%n trabalhadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 job(s) done</source>
        <extracomment>Screen reader: numbers checked so far; %1 how many the run was given</extracomment>
        <translation>
            <numerusform>%n de %1 tarefas concluída</numerusform>
            <numerusform>%n de %1 tarefas concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) done</source>
        <extracomment>Screen reader: numbers checked so far</extracomment>
        <translation>
            <numerusform>%n tarefa concluída</numerusform>
            <numerusform>%n tarefas concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>busiest worker %1: %n job(s), %2 s</source>
        <extracomment>Screen reader: the worker that spent the most time checking; %1 its name, %2 seconds it spent, %n the numbers it checked</extracomment>
        <translation>
            <numerusform>trabalhador mais ocupado %1: %n tarefa, %2 s</numerusform>
            <numerusform>trabalhador mais ocupado %1: %n tarefas, %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) never reported</source>
        <extracomment>Screen reader: results the racy report loop lost</extracomment>
        <translation>
            <numerusform>%n resultado nunca relatado</numerusform>
            <numerusform>%n resultados nunca relatados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GIL hold(s)</source>
        <extracomment>Screen reader: how many times a thread took the GIL</extracomment>
        <translation>
            <numerusform>GIL detida %n vez</numerusform>
            <numerusform>GIL detida %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker crash(es)</source>
        <extracomment>Screen reader: worker processes that died during the run</extracomment>
        <translation>
            <numerusform>%n falha de trabalhador</numerusform>
            <numerusform>%n falhas de trabalhadores</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>Screen reader: the run still goes</extracomment>
        <translation>em execução</translation>
    </message>
</context>
<context>
    <name>conlab::VerdictBanner</name>
    <message>
        <source>(no guess was made)</source>
        <translation>(ninguém deu palpite)</translation>
    </message>
    <message>
        <source>(your guess, %1, cannot be checked)</source>
        <extracomment>%1 the guess the room made, e.g. &quot;Stutters&quot;</extracomment>
        <translation>(o palpite, %1, não pode ser conferido)</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ acertou</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ errou</translation>
    </message>
    <message>
        <source>you guessed “%1”</source>
        <extracomment>after the right/wrong mark; %1 the guess the room made, e.g. &quot;Stutters&quot;</extracomment>
        <translation>o palpite foi “%1”</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The verdict banner&apos;s name for a screen reader, before a run ends</extracomment>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <extracomment>The verdict banner&apos;s name for a screen reader; %1 the verdict, e.g. &quot;Never appeared&quot;</extracomment>
        <translation>Veredito: %1</translation>
    </message>
</context>
<context>
    <name>conlab::ViewExporter</name>
    <message>
        <source>Export PNG</source>
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
        <extracomment>%1 the file path</extracomment>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Export SVG</source>
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
    <message>
        <source>worker %1 (pid %2) gave no answer within %3 s</source>
        <extracomment>%1 worker number, %2 its pid, %3 the watchdog&apos;s limit in seconds</extracomment>
        <translation>o trabalhador %1 (pid %2) não respondeu em %3 s</translation>
    </message>
    <message>
        <source>gave up on %1: its worker failed %2 times in a row; the last time, %3</source>
        <extracomment>%1 the number, %2 how many worker processes it cost, %3 how the last one ended</extracomment>
        <translation>%1 foi abandonado: seu trabalhador falhou %2 vezes seguidas; na última vez, %3</translation>
    </message>
    <message>
        <source>worker %1 answered out of turn</source>
        <extracomment>%1 worker number</extracomment>
        <translation>o trabalhador %1 respondeu fora da sua vez</translation>
    </message>
    <message>
        <source>the spinner&apos;s process (pid %1) drew no frame for %2 s: it is stopped or hung, and was killed</source>
        <extracomment>%1 the child&apos;s pid, %2 the watchdog&apos;s limit in seconds</extracomment>
        <translation>o processo do spinner (pid %1) não desenhou nenhum quadro em %2 s: está parado ou travado, e foi encerrado</translation>
    </message>
</context>
<context>
    <name>conlab::WorkerNode</name>
    <message>
        <source>worker node %1 did not start: %2</source>
        <translation>o nó worker %1 não iniciou: %2</translation>
    </message>
</context>
<context>
    <name>conlab::cli::CeleryPrimes</name>
    <message>
        <source>celery: each node&apos;s pool, prefork (processes, the default), threads or solo.</source>
        <translation>celery: o pool de cada nó, prefork (processos, o padrão), threads ou solo.</translation>
    </message>
    <message>
        <source>celery: local worker nodes to start, 0 to 16 (default 1; 0 uses only workers already on the broker).</source>
        <translation>celery: nós worker locais a iniciar, de 0 a 16 (padrão 1; 0 usa só os workers já no broker).</translation>
    </message>
    <message>
        <source>celery: an existing Redis, redis://[:PASSWORD@]HOST:PORT/DB (default: the app starts its own on 127.0.0.1).</source>
        <translation>celery: um Redis existente, redis://[:SENHA@]HOST:PORTA/DB (padrão: o app inicia o seu em 127.0.0.1).</translation>
    </message>
    <message>
        <source>celery: on (the default) acknowledges a task after it ran, so a killed worker&apos;s task comes back; off acknowledges it when it starts.</source>
        <translation>celery: on (o padrão) confirma a tarefa depois de executada, então a tarefa de um worker morto volta; off a confirma quando começa.</translation>
    </message>
    <message>
        <source>--%1 applies to --model celery only</source>
        <extracomment>%1 the option&apos;s name</extracomment>
        <translation>--%1 só se aplica a --model celery</translation>
    </message>
    <message>
        <source>--%1 does not apply to --model celery: the workers are real CPython processes</source>
        <translation>--%1 não se aplica a --model celery: os workers são processos CPython reais</translation>
    </message>
    <message>
        <source>--nodes 0 needs --broker: the app&apos;s own broker has no other workers</source>
        <translation>--nodes 0 exige --broker: o broker do próprio app não tem outros workers</translation>
    </message>
    <message>
        <source>cancelled before any task was sent</source>
        <translation>cancelado antes de enviar qualquer tarefa</translation>
    </message>
    <message>
        <source>cancelled; %1 of %2 numbers checked; the rest were taken off the queue</source>
        <translation>cancelado; %1 de %2 números verificados; o resto foi retirado da fila</translation>
    </message>
    <message>
        <source>lost %1 task(s), never checked: %2</source>
        <extracomment>%1 how many, %2 the numbers</extracomment>
        <translation>%1 tarefa(s) perdida(s), nunca verificada(s): %2</translation>
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
        <translation>Executa cada lição no CPython real e na emulação, alternando, e imprime
os dois lado a lado: S1 a S8 (S6 também com intervalo de troca de 300 ms), S8/S7,
P1 sequencial, P2 processes 2, P3 threads 2 (GIL ligada) e P5, o laço de relatório
com condição de corrida. Cada linha mostra as duas medianas e se elas concordam
dentro da faixa da linha: tempo dentro de 10%, quadros por segundo dentro de 1,
nenhum quadro, o mesmo engasgo, o mesmo resultado de corrida mais frequente.
É um benchmark: ele relata, não falha numa linha que difere. Uma rodada leva
cerca de 2 minutos com a amostra do livro.</translation>
    </message>
    <message>
        <source>Runs of each row in each engine, 1 to 50 (default 3).</source>
        <translation>Execuções de cada linha em cada motor, de 1 a 50 (padrão 3).</translation>
    </message>
    <message>
        <source>The numbers P1 to P3 check (default the book&apos;s 20).</source>
        <translation>Os números que P1 a P3 verificam (padrão: os 20 do livro).</translation>
    </message>
    <message>
        <source>Read P1 to P3&apos;s numbers from FILE.</source>
        <translation>Lê os números de P1 a P3 de FILE.</translation>
    </message>
    <message>
        <source>The CPython interpreter to run (default python3 on PATH).</source>
        <translation>O interpretador CPython a executar (padrão: python3 no PATH).</translation>
    </message>
    <message>
        <source>Print the table as JSON instead of text.</source>
        <translation>Imprime a tabela em JSON em vez de texto.</translation>
    </message>
    <message numerus="yes">
        <source>%1 against the emulation, %n round(s)</source>
        <extracomment>%1 the interpreter (&quot;CPython 3.11.2 (/usr/bin/python3)&quot;), %n the rounds</extracomment>
        <translation>
            <numerusform>%1 contra a emulação, %n rodada</numerusform>
            <numerusform>%1 contra a emulação, %n rodadas</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>conlab::cli::FidelityTable</name>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>a fidelity cell: frames per second</extracomment>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n quadro</numerusform>
            <numerusform>%n quadros</numerusform>
        </translation>
    </message>
    <message>
        <source>gap %1 ms</source>
        <extracomment>a fidelity cell: the longest frozen glyph</extracomment>
        <translation>intervalo %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1 against the emulation, medians of %n round(s)</source>
        <extracomment>the fidelity table&apos;s title: %1 the interpreter (&quot;CPython 3.11.2 (/usr/bin/python3)&quot;), %n the rounds</extracomment>
        <translation>
            <numerusform>%1 contra a emulação, medianas de %n rodada</numerusform>
            <numerusform>%1 contra a emulação, medianas de %n rodadas</numerusform>
        </translation>
    </message>
    <message>
        <source>row</source>
        <translation>linha</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>execuções</translation>
    </message>
    <message>
        <source>emulation</source>
        <translation>emulação</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>razão</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredito</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <extracomment>%1 why the run failed</extracomment>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>[%1/%2] %3 in %4: %5</source>
        <extracomment>a progress line: %1 run number, %2 all runs, %3 the row, %4 the engine, %5 what it measured</extracomment>
        <translation>[%1/%2] %3 com %4: %5</translation>
    </message>
    <message>
        <source>the emulation</source>
        <translation>a emulação</translation>
    </message>
</context>
<context>
    <name>conlab::cli::InterruptGuard</name>
    <message>
        <source>concurrency-lab %1: interrupted before anything ran</source>
        <extracomment>%1 the command, e.g. sweep</extracomment>
        <translation>concurrency-lab %1: interrompido antes que algo fosse executado</translation>
    </message>
</context>
<context>
    <name>conlab::cli::JoinCommand</name>
    <message>
        <source>Runs a Celery worker node for another machine&apos;s task-queue session: the URL is the one
its page shows under &quot;Open to the room&quot;.</source>
        <translation>Executa um nó worker do Celery para a sessão de fila de tarefas de outra máquina: a URL é a que
a página dela mostra em &quot;Abrir para a sala&quot;.</translation>
    </message>
    <message>
        <source>redis://worker:PASSWORD@HOST:PORT/0</source>
        <translation>redis://worker:SENHA@HOST:PORTA/0</translation>
    </message>
    <message>
        <source>prefork (the default), threads or solo.</source>
        <translation>prefork (o padrão), threads ou solo.</translation>
    </message>
    <message>
        <source>Pool size, 1 to 64 (default: the CPU count).</source>
        <translation>Tamanho do pool, de 1 a 64 (padrão: o número de CPUs).</translation>
    </message>
    <message>
        <source>The node&apos;s name before @host (default: room).</source>
        <translation>O nome do nó antes de @host (padrão: room).</translation>
    </message>
    <message>
        <source>give the session&apos;s broker URL, as its page shows it: concurrency-lab join redis://worker:PASSWORD@HOST:PORT/0</source>
        <translation>informe a URL do broker da sessão, como a página dela mostra: concurrency-lab join redis://worker:SENHA@HOST:PORTA/0</translation>
    </message>
    <message>
        <source>--name: one word without @, not &quot;%1&quot;</source>
        <translation>--name: uma palavra sem @, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>joined %1 as node %2@this machine (%3 pool of %4); Ctrl+C leaves</source>
        <extracomment>%1 the node&apos;s name, %2 the broker (password hidden), %3 pool, %4 size</extracomment>
        <translation>entrou em %1 como nó %2@esta máquina (pool %3 de %4); Ctrl+C sai</translation>
    </message>
    <message>
        <source>concurrency-lab join: the session&apos;s broker has been gone for 10 s (%1); leaving</source>
        <translation>concurrency-lab join: o broker da sessão sumiu há 10 s (%1); saindo</translation>
    </message>
    <message>
        <source>left the session</source>
        <translation>saiu da sessão</translation>
    </message>
</context>
<context>
    <name>conlab::cli::Options</name>
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
        <source>this command takes only options (see --help)</source>
        <translation>este comando só aceita opções (veja --help)</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <extracomment>%1 the option the user typed, quoted</extracomment>
        <translation>Opção desconhecida %1.</translation>
    </message>
    <message>
        <source>unexpected argument %1; %2</source>
        <extracomment>%1 the unexpected word on the command line (quoted), %2 a hint on what to do instead</extracomment>
        <translation>argumento inesperado %1; %2</translation>
    </message>
    <message>
        <source>--%1: %2 is not a whole number from %3 to %4</source>
        <extracomment>%1 option name, %2 the value given (quoted), %3 and %4 the valid range</extracomment>
        <translation>--%1: %2 não é um número inteiro de %3 a %4</translation>
    </message>
    <message>
        <source>--%1: unknown value %2; choose one of %3</source>
        <extracomment>%1 option name, %2 the value given (quoted), %3 the valid values</extracomment>
        <translation>--%1: valor desconhecido %2; escolha um de %3</translation>
    </message>
    <message>
        <source>--%1: %2 is outside %3 to %4 %5</source>
        <extracomment>%1 option name, %2 value given (quoted), %3 and %4 the range, %5 the unit</extracomment>
        <translation>--%1: %2 está fora do intervalo de %3 a %4 %5</translation>
    </message>
    <message>
        <source>reading numbers from the FIFO %1 (Ctrl+C to stop)…</source>
        <extracomment>%1 the FIFO&apos;s path, quoted</extracomment>
        <translation>lendo números do FIFO %1 (Ctrl+C para parar)…</translation>
    </message>
    <message>
        <source>emulated (default): the app&apos;s C++ rebuild; cpython: run the matching listing in real CPython (python3 -u, from a temporary folder), reported the same way.</source>
        <translation>emulated (padrão): a reconstrução em C++ do app; cpython: executa a listagem correspondente no CPython real (python3 -u, a partir de uma pasta temporária), relatada da mesma forma.</translation>
    </message>
    <message>
        <source>With --engine cpython: the interpreter to run (default: python3 on PATH; --gil off looks for python3.13t or python3.14t).</source>
        <translation>Com --engine cpython: o interpretador a executar (padrão: python3 no PATH; --gil off procura python3.13t ou python3.14t).</translation>
    </message>
    <message>
        <source>With --engine cpython: seconds the listing may run before it counts as not finished and is killed (default: several times CPython&apos;s time).</source>
        <translation>Com --engine cpython: segundos que a listagem pode rodar antes de contar como não terminada e ser encerrada (padrão: várias vezes o tempo do CPython).</translation>
    </message>
    <message>
        <source>--%1 applies to --engine cpython only</source>
        <extracomment>%1 an option name</extracomment>
        <translation>--%1 só se aplica a --engine cpython</translation>
    </message>
    <message>
        <source>--%1 does not apply to --engine cpython: the listing runs as written, at CPython&apos;s own speed</source>
        <extracomment>%1 an option name</extracomment>
        <translation>--%1 não se aplica a --engine cpython: a listagem roda como foi escrita, na velocidade do próprio CPython</translation>
    </message>
</context>
<context>
    <name>conlab::cli::OutputPath</name>
    <message>
        <source>--%1: cannot write %2: %3</source>
        <extracomment>%1 option name, %2 the path given (quoted), %3 why it cannot be written</extracomment>
        <translation>--%1: não foi possível gravar %2: %3</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file %3</source>
        <extracomment>%1 and %2 option names, %3 the path both name (quoted)</extracomment>
        <translation>--%1 e --%2 indicam o mesmo arquivo %3</translation>
    </message>
    <message>
        <source>--%1 and --%2 would both write to standard output (-); send one of them to a file</source>
        <extracomment>%1 and %2 option names; &quot;-&quot; is what the user typed for standard output</extracomment>
        <translation>--%1 e --%2 gravariam ambos na saída padrão (-); envie um deles para um arquivo</translation>
    </message>
    <message>
        <source>--%1 -: standard output is a terminal; redirect it (&gt; chart.%1) or pipe it</source>
        <extracomment>%1 option name such as png</extracomment>
        <translation>--%1 -: a saída padrão é um terminal; redirecione-a (&gt; chart.%1) ou use um pipe</translation>
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
        <source>Worker threads or processes, 1 to 256 (default: the CPU count).</source>
        <translation>Threads ou processos trabalhadores, de 1 a 256 (padrão: o número de CPUs).</translation>
    </message>
    <message>
        <source>native, cpython (~31 ns per division), book (~93 ns), or a multiplier.</source>
        <translation>native, cpython (~31 ns por divisão), book (~93 ns) ou um multiplicador.</translation>
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
        <extracomment>%1 numbers checked, %2 numbers given</extracomment>
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
        <source>numbers go after --numbers, as in --numbers 2,3,5</source>
        <translation>os números vêm depois de --numbers, como em --numbers 2,3,5</translation>
    </message>
    <message>
        <source>%1; a fresh worker retries %2</source>
        <extracomment>%1 how the worker was lost, %2 the number given to a fresh worker</extracomment>
        <translation>%1; um trabalhador novo verifica %2 de novo</translation>
    </message>
    <message>
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev). FILE - is stdout; the book&apos;s lines then go to stderr, and --json is refused.</source>
        <translation>Grava também a execução como JSON do Chrome Trace Event em FILE (abre em ui.perfetto.dev). FILE - é a stdout; as linhas do livro vão então para a stderr, e --json é recusado.</translation>
    </message>
    <message>
        <source>--race-seed applies to --racy only</source>
        <translation>--race-seed só se aplica a --racy</translation>
    </message>
    <message>
        <source>--race-seed: expected a whole number from 1, not &quot;%1&quot;</source>
        <extracomment>%1 the value given</extracomment>
        <translation>--race-seed: esperado um número inteiro a partir de 1, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--sample and --numbers (or --numbers-file) each choose the numbers; give one</source>
        <translation>--sample e --numbers (ou --numbers-file) escolhem, cada um, os números; informe só um</translation>
    </message>
    <message>
        <source>processes only: the report loop of the book&apos;s py36/procs.py, which stops when the job queue is empty. Reports the outcome: complete, lost (naming the results) or hung (exit code 3).</source>
        <translation>só processes: o laço de relatório do py36/procs.py do livro, que para quando a fila de tarefas fica vazia. Informa o desfecho: complete, lost (nomeando os resultados) ou hung (código de saída 3).</translation>
    </message>
    <message>
        <source>--racy: the seed of the race&apos;s timing, to replay a run (default: a fresh one, printed with the outcome).</source>
        <translation>--racy: a semente da temporização da corrida, para repetir uma execução (padrão: uma nova, impressa com o desfecho).</translation>
    </message>
    <message>
        <source>The numbers to check: book (the book&apos;s 20, the default) or small (400 numbers from 1000000, which provoke the race).</source>
        <translation>Os números a verificar: book (os 20 do livro, o padrão) ou small (400 números a partir de 1000000, que provocam a corrida).</translation>
    </message>
    <message>
        <source>race: the report loop waits for a result that will never come; ending the wait after its grace time</source>
        <translation>race: o laço de relatório espera por um resultado que nunca virá; a espera termina após o tempo de tolerância</translation>
    </message>
    <message>
        <source>race: %1 (%2; replay with --race-seed %3)</source>
        <translation>race: %1 (%2; repita com --race-seed %3)</translation>
    </message>
    <message>
        <source>race: %1 (%2)</source>
        <extracomment>%1 the outcome (complete, lost or hung), %2 why, %3 the seed</extracomment>
        <translation>race: %1 (%2)</translation>
    </message>
    <message>
        <source>One of %1 (default sequential), or celery: real Celery workers on a real Redis (the chapter&apos;s task queues).</source>
        <extracomment>%1 the model names, separated by commas</extracomment>
        <translation>Um de %1 (padrão sequential), ou celery: workers Celery reais num Redis real (as filas de tarefas do capítulo).</translation>
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
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev). FILE - is stdout; the animation then goes to stderr, and --json is refused.</source>
        <translation>Grava também a execução como JSON do Chrome Trace Event em FILE (abre em ui.perfetto.dev). FILE - é a stdout; a animação vai então para a stderr, e --json é recusado.</translation>
    </message>
    <message>
        <source>%1; a fresh worker retries %2</source>
        <extracomment>%1 how the worker was lost, %2 the number given to a fresh worker</extracomment>
        <translation>%1; um trabalhador novo verifica %2 de novo</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <extracomment>%1 the verdict (&quot;Kept spinning&quot;, &quot;Stuttered&quot;, ...), %2 why, one line</extracomment>
        <translation>Veredito: %1. %2</translation>
    </message>
</context>
<context>
    <name>conlab::cli::SweepCommand</name>
    <message>
        <source>to continue: %1</source>
        <extracomment>%1 a command line the user can copy</extracomment>
        <translation>para continuar: %1</translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3</source>
        <extracomment>a skipped line of a results file; %1 the file, %2 the line number, %3 why</extracomment>
        <translation>%1:%2: ignorada: %3</translation>
    </message>
    <message>
        <source>--resume: cannot use %1: %2</source>
        <extracomment>%1 the results file (quoted), %2 why it cannot be used</extracomment>
        <translation>--resume: não é possível usar %1: %2</translation>
    </message>
    <message>
        <source>--%1: could not write %2: %3</source>
        <extracomment>%1 option name, %2 the path (quoted), %3 the reason</extracomment>
        <translation>--%1: não foi possível gravar %2: %3</translation>
    </message>
    <message>
        <source>the results are safe in %1; to export them again, run:</source>
        <extracomment>%1 the results file</extracomment>
        <translation>os resultados estão a salvo em %1; para exportá-los de novo, execute:</translation>
    </message>
    <message>
        <source>%1 runs to do (%2 series, 1 to %3 workers, %4 runs each), about %5</source>
        <extracomment>%1 runs left, %2 series, %3 the largest worker count, %4 runs per count, %5 a duration</extracomment>
        <translation>%1 execuções a fazer (%2 séries, de 1 a %3 trabalhadores, %4 execuções cada), cerca de %5</translation>
    </message>
    <message>
        <source>series go after --series, as in --series threads:gil=off</source>
        <translation>as séries vêm depois de --series, como em --series threads:gil=off</translation>
    </message>
    <message>
        <source>%1 holds a finished sweep (%2 runs); nothing is left to run</source>
        <extracomment>%1 the results file, %2 how many runs it holds</extracomment>
        <translation>%1 contém uma varredura concluída (%2 execuções); não resta nada a executar</translation>
    </message>
    <message>
        <source>an unfinished sweep is in %1; --resume %2 continues it</source>
        <extracomment>%1 a results file, %2 the same path, quoted for a shell</extracomment>
        <translation>há uma varredura inacabada em %1; --resume %2 a continua</translation>
    </message>
    <message>
        <source>results: %1</source>
        <extracomment>%1 the results file</extracomment>
        <translation>resultados: %1</translation>
    </message>
    <message>
        <source>interrupted; %1 of %2 runs are saved in %3</source>
        <extracomment>%1 runs done, %2 runs in all, %3 the results file</extracomment>
        <translation>interrompida; %1 de %2 execuções estão salvas em %3</translation>
    </message>
    <message>
        <source>the sweep stopped before its end</source>
        <translation>a varredura parou antes do fim</translation>
    </message>
    <message>
        <source>%1 of %2 runs are saved in %3</source>
        <extracomment>%1 runs done, %2 runs in all, %3 the results file</extracomment>
        <translation>%1 de %2 execuções estão salvas em %3</translation>
    </message>
    <message>
        <source>sweep took %1 s; its runs %2 s; overhead %3%</source>
        <extracomment>%1 seconds in all, %2 seconds the runs took, %3 the difference in percent</extracomment>
        <translation>a varredura levou %1 s; suas execuções, %2 s; custo adicional de %3%</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) lost a worker (crashed or stalled) and time the recovery, not the model: they are marked in the results file and left out of the medians</source>
        <extracomment>%n runs during which a worker crashed or stalled</extracomment>
        <translation>
            <numerusform>%n execução perdeu um trabalhador (falhou ou travou) e mede a recuperação, não o modelo: ela está marcada no arquivo de resultados e fica fora das medianas</numerusform>
            <numerusform>%n execuções perderam um trabalhador (falhou ou travou) e medem a recuperação, não o modelo: elas estão marcadas no arquivo de resultados e ficam fora das medianas</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the results file: %1</source>
        <extracomment>%1 the system&apos;s reason, naming the file</extracomment>
        <translation>não foi possível criar o arquivo de resultados: %1</translation>
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
        <translation>Cronometra a carga de trabalho do procs.py com 1 a N trabalhadores, várias execuções em
cada número, e imprime a mediana por número, como o run_procs.sh fez para a Figura 19-2
do livro. Cada execução terminada é gravada na hora em um arquivo de resultados na pasta
de dados do app: uma varredura interrompida por Ctrl+C, por uma falha ou por uma queda de
energia continua com --resume. Códigos de saída: 0 concluído, 1 uma execução ou um arquivo
de saída falhou (o arquivo de resultados é mantido), 2 entrada inválida (nada é executado;
também uma série CPython sem interpretador para executá-la), 130 interrompido.
FILE - envia um de --out, --png, --svg e --pdf para stdout; as linhas de mediana vão então
para stderr, e --json é recusado (PNG e PDF só quando stdout não é um terminal).</translation>
    </message>
    <message>
        <source>the CPython series runs procs.py in CPython %1</source>
        <extracomment>%1 a CPython version such as 3.11.2</extracomment>
        <translation>a série CPython executa o procs.py no CPython %1</translation>
    </message>
</context>
<context>
    <name>conlab::cli::SweepProgressPrinter</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration; %1 seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration; %1 minutes, %2 seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration; %1 hours, %2 minutes (two digits)</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>[%1/%2] %3  workers %4  run %5/%6  %7 s</source>
        <extracomment>progress of a sweep (&quot;workers 1&quot; reads right for every count); %1 runs done, %2 runs in all, %3 the series, %4 worker count, %5 this run&apos;s repeat, %6 repeats per count, %7 the run&apos;s wall time in seconds</extracomment>
        <translation>[%1/%2] %3  trabalhadores: %4  execução %5/%6  %7 s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <extracomment>%1 the estimated time left, such as &quot;2 min 10 s&quot;</extracomment>
        <translation>restam cerca de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) crashed</source>
        <translation>
            <numerusform>%n trabalhador falhou</numerusform>
            <numerusform>%n trabalhadores falharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) stalled</source>
        <extracomment>the watchdog killed workers that stopped answering</extracomment>
        <translation>
            <numerusform>%n trabalhador travou</numerusform>
            <numerusform>%n trabalhadores travaram</numerusform>
        </translation>
    </message>
    <message>
        <source>DISTURBED (%1): an outlier, left out of the medians</source>
        <extracomment>a run during which workers died or hung; %1 e.g. &quot;1 worker crashed, 1 worker stalled&quot;</extracomment>
        <translation>PERTURBADA (%1): um valor atípico, deixado fora das medianas</translation>
    </message>
</context>
<context>
    <name>conlab::cli::SweepRequestParser</name>
    <message>
        <source>--series: &apos;%1&apos; is given twice</source>
        <extracomment>%1 a series spec such as threads:gil=on</extracomment>
        <translation>--series: &apos;%1&apos; foi informada duas vezes</translation>
    </message>
    <message>
        <source>Worker counts from 1 to N, N from 1 to 256 (default 20, as in the book).</source>
        <translation>Número de trabalhadores de 1 a N, com N de 1 a 256 (padrão 20, como no livro).</translation>
    </message>
    <message>
        <source>Runs at each count, 1 to 1000 (default 12, as in the book); the medians are plotted.</source>
        <translation>Execuções para cada quantidade, de 1 a 1000 (padrão 12, como no livro); as medianas são plotadas.</translation>
    </message>
    <message>
        <source>native (default), cpython (~31 ns per division), book (~93 ns), or a multiplier.</source>
        <translation>native (padrão), cpython (~31 ns por divisão), book (~93 ns) ou um multiplicador.</translation>
    </message>
    <message>
        <source>Numbers each run checks, separated by commas or spaces (default: the book&apos;s 20).</source>
        <translation>Números que cada execução verifica, separados por vírgulas ou espaços (padrão: os 20 do livro).</translation>
    </message>
    <message>
        <source>Read the numbers from a file, with the same rules.</source>
        <translation>Lê os números de um arquivo, com as mesmas regras.</translation>
    </message>
    <message>
        <source>Continue the unfinished sweep in FILE (its configuration is used); a finished one is only exported again.</source>
        <translation>Continua a varredura inacabada em FILE (usando a configuração dela); uma já concluída só é exportada de novo.</translation>
    </message>
    <message>
        <source>Write every run as tidy CSV to FILE.</source>
        <translation>Grava cada execução como CSV organizado (tidy) em FILE.</translation>
    </message>
    <message>
        <source>Print the runs and the statistics as JSON instead of the median lines.</source>
        <translation>Imprime as execuções e as estatísticas em JSON em vez das linhas de medianas.</translation>
    </message>
    <message>
        <source>Draw the chart to a PNG file.</source>
        <translation>Desenha o gráfico em um arquivo PNG.</translation>
    </message>
    <message>
        <source>Draw the chart to an SVG file.</source>
        <translation>Desenha o gráfico em um arquivo SVG.</translation>
    </message>
    <message>
        <source>Draw the chart to a PDF file.</source>
        <translation>Desenha o gráfico em um arquivo PDF.</translation>
    </message>
    <message>
        <source>Chart size in logical pixels (default 1600x900).</source>
        <translation>Tamanho do gráfico em pixels lógicos (padrão 1600x900).</translation>
    </message>
    <message>
        <source>PNG pixels per logical pixel, 0.25 to 8 (default 1; 2 for a sharp slide).</source>
        <translation>Pixels do PNG por pixel lógico, de 0.25 a 8 (padrão 1; 2 para um slide nítido).</translation>
    </message>
    <message>
        <source>Chart the speedup T(1)/T(N) instead of the time.</source>
        <translation>Mostra no gráfico o ganho de velocidade T(1)/T(N) em vez do tempo.</translation>
    </message>
    <message>
        <source>The spread drawn around each median: none, minmax (default) or quartiles.</source>
        <translation>A dispersão desenhada em torno de cada mediana: none, minmax (padrão) ou quartiles.</translation>
    </message>
    <message>
        <source>Draw the ideal curve: T(1)/N, or N in speedup mode.</source>
        <translation>Desenha a curva ideal: T(1)/N, ou N no modo de ganho de velocidade.</translation>
    </message>
    <message>
        <source>Overlay the book&apos;s medians, scaled to this sweep&apos;s 1-worker median.</source>
        <translation>Sobrepõe as medianas do livro, escaladas para a mediana com 1 trabalhador desta varredura.</translation>
    </message>
    <message>
        <source>Mark N cores on the chart (default: the cores of the machine that ran it).</source>
        <translation>Marca N núcleos no gráfico (padrão: os núcleos da máquina que a executou).</translation>
    </message>
    <message>
        <source>--resume: no file given</source>
        <translation>--resume: nenhum arquivo informado</translation>
    </message>
    <message>
        <source>--size and --scale: the PNG would be more than %1 pixels wide or high</source>
        <extracomment>%1 the largest side in pixels of a PNG</extracomment>
        <translation>--size e --scale: o PNG teria mais de %1 pixels de largura ou altura</translation>
    </message>
    <message>
        <source>--%1 applies to the chart; add --png, --svg or --pdf</source>
        <extracomment>%1 an option name such as speedup</extracomment>
        <translation>--%1 se aplica ao gráfico; acrescente --png, --svg ou --pdf</translation>
    </message>
    <message>
        <source>--scale applies to --png only; SVG and PDF scale by themselves</source>
        <translation>--scale só se aplica a --png; SVG e PDF se ajustam sozinhos</translation>
    </message>
    <message>
        <source>--%1 %2 conflicts with the sweep in %3, which has %4; a resumed sweep keeps its configuration (leave --%1 out)</source>
        <extracomment>%1 option name, %2 the value given, %3 the results file, %4 the file&apos;s value</extracomment>
        <translation>--%1 %2 conflita com a varredura em %3, que tem %4; uma varredura retomada mantém sua configuração (omita --%1)</translation>
    </message>
    <message>
        <source>(%1 numbers)</source>
        <extracomment>%1 how many numbers</extracomment>
        <translation>(%1 números)</translation>
    </message>
    <message>
        <source>other numbers (%1 of them)</source>
        <extracomment>%1 how many numbers the results file has</extracomment>
        <translation>outros números (%1 ao todo)</translation>
    </message>
    <message>
        <source>--size: %1 is not WIDTHxHEIGHT with each side from %2 to %3 pixels (for example 1600x900)</source>
        <extracomment>%1 the value given (quoted), %2 and %3 the smallest and largest side in pixels</extracomment>
        <translation>--size: %1 não está no formato LARGURAxALTURA com cada lado de %2 a %3 pixels (por exemplo 1600x900)</translation>
    </message>
    <message>
        <source>A line of the chart: %1. Repeat it, or separate specs with commas, for several (default processes). &apos;:switch=MS&apos; sets the GIL&apos;s switch interval of the threaded ones. processes:engine=cpython runs the book&apos;s procs.py in real CPython at each count, beside the emulated series (at CPython&apos;s own speed: --pace does not apply to it).</source>
        <extracomment>%1 the series a user may write, such as &quot;processes, threads, threads:gil=off&quot;</extracomment>
        <translation>Uma linha do gráfico: %1. Repita a opção, ou separe as especificações com vírgulas, para várias (padrão processes). &apos;:switch=MS&apos; define o intervalo de troca da GIL das séries com threads. processes:engine=cpython executa o procs.py do livro no CPython real em cada número, ao lado das séries emuladas (na velocidade do próprio CPython: --pace não se aplica a ela).</translation>
    </message>
    <message>
        <source>The interpreter of a processes:engine=cpython series (default: python3 on PATH). Without one the sweep is refused before it starts.</source>
        <translation>O interpretador de uma série processes:engine=cpython (padrão: python3 no PATH). Sem um interpretador, a varredura é recusada antes de começar.</translation>
    </message>
    <message>
        <source>--python: no interpreter given</source>
        <translation>--python: nenhum interpretador informado</translation>
    </message>
    <message>
        <source>--python applies to a series with engine=cpython, such as processes:engine=cpython</source>
        <translation>--python se aplica a uma série com engine=cpython, como processes:engine=cpython</translation>
    </message>
    <message>
        <source>--python applies to a series with engine=cpython, and the sweep in %1 has none</source>
        <extracomment>%1 the results file</extracomment>
        <translation>--python se aplica a uma série com engine=cpython, e a varredura em %1 não tem nenhuma</translation>
    </message>
</context>
<context>
    <name>conlab::cli::TraceFile</name>
    <message>
        <source>could not write the trace %1: %2</source>
        <extracomment>%1 the trace file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>não foi possível gravar o trace %1: %2</translation>
    </message>
    <message>
        <source>could not write the trace to standard output: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation>não foi possível gravar o trace na saída padrão: %1</translation>
    </message>
</context>
<context>
    <name>conlab::gui::DisplayCheck</name>
    <message>
        <source>or offscreen (nothing shown):              QT_QPA_PLATFORM=offscreen concurrency-lab
The headless commands need no display:     concurrency-lab primes --help</source>
        <translation>ou offscreen (nada é exibido):             QT_QPA_PLATFORM=offscreen concurrency-lab
Os comandos headless dispensam a tela:     concurrency-lab primes --help</translation>
    </message>
    <message>
        <source>concurrency-lab: WAYLAND_DISPLAY is set but DISPLAY is not, and Qt&apos;s Wayland platform plugin is not installed.
Install it (Debian, Ubuntu):               sudo apt install qt6-wayland
or use XWayland if the session runs it:    DISPLAY=:0 concurrency-lab
</source>
        <translation>concurrency-lab: WAYLAND_DISPLAY está definida, mas DISPLAY não, e o plugin de plataforma Wayland do Qt não está instalado.
Instale-o (Debian, Ubuntu):                sudo apt install qt6-wayland
ou use o XWayland, se a sessão o rodar:    DISPLAY=:0 concurrency-lab
</translation>
    </message>
    <message>
        <source>concurrency-lab: no display found (DISPLAY is not set).
Run the window under a virtual X server:   xvfb-run -a concurrency-lab
</source>
        <translation>concurrency-lab: nenhuma tela encontrada (DISPLAY não está definida).
Rode a janela em um servidor X virtual:    xvfb-run -a concurrency-lab
</translation>
    </message>
</context>
<context>
    <name>conlab::gui::GuiApp</name>
    <message>
        <source>Concurrency Lab: the concurrency models of Python, live.</source>
        <translation>Concurrency Lab: os modelos de concorrência do Python, ao vivo.</translation>
    </message>
    <message>
        <source>Press Run as soon as the window is up.</source>
        <translation>Pressiona Executar assim que a janela abrir.</translation>
    </message>
    <message>
        <source>Open experiment N of the window&apos;s list, counting from 1.</source>
        <extracomment>help of --experiment, N its value</extracomment>
        <translation>Abre o experimento N da lista da janela, contando a partir de 1.</translation>
    </message>
    <message>
        <source>Open in presentation mode: full screen, larger text (F11 in the window).</source>
        <translation>Abre no modo de apresentação: tela cheia, texto maior (F11 na janela).</translation>
    </message>
    <message>
        <source>Usage: concurrency-lab [options]
       concurrency-lab COMMAND [options]</source>
        <extracomment>the usage lines of --help; keep &quot;concurrency-lab&quot; and the layout</extracomment>
        <translation>Uso: concurrency-lab [opções]
     concurrency-lab COMMAND [opções]</translation>
    </message>
    <message>
        <source>Commands (headless, no display needed):</source>
        <translation>Comandos (headless, sem precisar de tela):</translation>
    </message>
    <message>
        <source>check numbers for primality in one of six concurrency models</source>
        <translation>verifica se números são primos em um de seis modelos de concorrência</translation>
    </message>
    <message>
        <source>run the spinner supervisor and show how the spinner fares</source>
        <translation>executa o supervisor do spinner e mostra como o spinner se sai</translation>
    </message>
    <message>
        <source>time the primes workload at 1 to N workers and chart it</source>
        <translation>cronometra a carga de primos com 1 a N trabalhadores e gera o gráfico</translation>
    </message>
    <message>
        <source>Run &apos;concurrency-lab COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Execute &apos;concurrency-lab COMMAND --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <extracomment>%1 the option the user typed, quoted</extracomment>
        <translation>Opção desconhecida %1.</translation>
    </message>
    <message>
        <source>--experiment takes a number from 1 to %2, not %1</source>
        <extracomment>%1 the value given (quoted), %2 the number of experiments</extracomment>
        <translation>--experiment aceita um número de 1 a %2, não %1</translation>
    </message>
    <message>
        <source>run every lesson in real CPython and in the emulation, side by side</source>
        <translation>executa cada lição no CPython real e na emulação, lado a lado</translation>
    </message>
    <message>
        <source>unexpected argument %1; the headless commands are primes, spinner, sweep and fidelity</source>
        <extracomment>%1 the unexpected word on the command line (quoted)</extracomment>
        <translation>argumento inesperado %1; os comandos sem janela são primes, spinner, sweep e fidelity</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <extracomment>%1 why the room&apos;s vote could not start, e.g. a port in use</extracomment>
        <translation>Audiência: %1</translation>
    </message>
    <message>
        <source>Start with Audience on, the room&apos;s vote, listening on port N (0: a free one).</source>
        <extracomment>help of --audience-port, N its value</extracomment>
        <translation>Iniciar com a Audiência ligada, a votação da sala, escutando na porta N (0: uma livre).</translation>
    </message>
    <message>
        <source>Start with Audience on, listening on ADDR (default: the LAN address).</source>
        <extracomment>help of --audience-bind, ADDR its value</extracomment>
        <translation>Iniciar com a Audiência ligada, escutando em ADDR (padrão: o endereço da rede local).</translation>
    </message>
    <message>
        <source>Start with Audience on, with this 4-digit session code (default: a random one).</source>
        <extracomment>help of --audience-code, CODE its value</extracomment>
        <translation>Iniciar com a Audiência ligada, com este código de sessão de 4 dígitos (padrão: um aleatório).</translation>
    </message>
</context>
</TS>
