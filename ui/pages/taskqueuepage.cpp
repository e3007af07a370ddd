// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/taskqueuepage.h"

#include "core/taskqueue/celerylocator.h"
#include "core/taskqueue/taskqueuerun.h"
#include "ui/engine/cpythonfollowup.h"
#include "ui/pages/sequentialbaseline.h"
#include "ui/taskqueue/queuelengthchart.h"
#include "ui/taskqueue/roompanel.h"
#include "ui/taskqueue/tasklanesview.h"
#include "ui/taskqueue/taskqueuecontrols.h"
#include "ui/taskqueue/taskqueuerunshare.h"
#include "ui/taskqueue/taskqueuetotals.h"
#include "ui/taskqueue/taskresultsmodel.h"
#include "ui/theme/palette.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace conlab {

TaskQueuePage::TaskQueuePage(QWidget *parent) : ExperimentPage(parent)
{
    setObjectName(QStringLiteral("taskQueuePage"));
    results_ = new TaskResultsModel(this);
    runSession_ = new RunSession(this);
    stages_ = runSession_->addChannel<Stage>([this](std::vector<Stage> &&b) { showStages(std::move(b)); });
    started_ = runSession_->addChannel<TaskStarted>([this](std::vector<TaskStarted> &&b) { showStarted(std::move(b)); });
    done_ = runSession_->addChannel<TaskDone>([this](std::vector<TaskDone> &&b) { showDone(std::move(b)); });
    incidentChannel_ =
        runSession_->addChannel<TaskIncident>([this](std::vector<TaskIncident> &&b) { showIncidents(std::move(b)); });
    samples_ = runSession_->addChannel<QueueSample>([this](std::vector<QueueSample> &&b) { queue_->addSamples(b); });
    connect(runSession_, &RunSession::ticked, this, [this] { updateTotals(false); });
    connect(runSession_, &RunSession::finished, this, &TaskQueuePage::runEnded);
    sequential_ = new CPythonFollowUp(this);
    connect(sequential_, &CPythonFollowUp::finished, this, &TaskQueuePage::sequentialEnded);
    buildLayout();
    connect(controls_, &TaskQueueControls::changed, this, &TaskQueuePage::updateControls);
    connect(killButton_, &QPushButton::clicked, this, &TaskQueuePage::killPoolProcess);
    connectRoom();
    retranslateUi();
    updateControls();
}

TaskQueuePage::~TaskQueuePage()
{
    // The run's thread stops a session nobody keeps; the room's session
    // stops here, with its redis-server and nodes.
    if (share_) {
        share_->setKeep(false);
        share_->cancel();
    }
    roomSession_.reset();
}

QString TaskQueuePage::title() const
{
    return tr("Task queues: Celery on Redis");
}

bool TaskQueuePage::isRunning() const
{
    return runSession_->isRunning() || sequential_->isRunning();
}

bool TaskQueuePage::canRun() const
{
    return !isRunning() && !isRunBlocked() && !roomBusy_ && controls_->isValid();
}

void TaskQueuePage::applySettings(const RunSettings &settings)
{
    // The workers are real CPython: no pace, no emulated GIL to apply. Only
    // the chosen interpreter matters, for the sequential baseline.
    settings_ = settings;
}

QWidget *TaskQueuePage::liveView()
{
    return live_;
}

QString TaskQueuePage::statusText() const
{
    return status_->text();
}

QString TaskQueuePage::totalsText() const
{
    return totals_->text();
}

QString TaskQueuePage::killText() const
{
    return killLabel_->text();
}

void TaskQueuePage::setStatus(const QString &text, bool error)
{
    QPalette pal = status_->palette();
    pal.setColor(QPalette::WindowText, error ? theme::wrong : theme::text);
    status_->setPalette(pal);
    QFont f = status_->font();
    f.setBold(error);
    status_->setFont(f);
    // A failed node's error carries its last lines of output (Celery's
    // banner): the first line is what the room reads, the rest is in the
    // tooltip for the lecturer.
    const qsizetype newline = text.indexOf(u'\n');
    status_->setText(newline < 0 ? text : text.left(newline) + u" …");
    status_->setToolTip(newline < 0 ? QString() : text);
}

void TaskQueuePage::updateControls()
{
    const bool running = isRunning();
    controls_->setSessionLocked(running || roomBusy_ || roomSession_ != nullptr);
    controls_->setNumbersLocked(running);
    killButton_->setEnabled(running && sessionUp_ && killable_);
    // The room is the app's own Redis; a broker at a URL is someone else's.
    roomToggle_->setEnabled(controls_->usesEmbeddedBroker() && !roomBusy_);
    if (!controls_->usesEmbeddedBroker() && roomToggle_->isChecked())
        roomToggle_->setChecked(false);
    const bool can = canRun();
    if (can != lastCanRun_) {
        lastCanRun_ = can;
        emit canRunChanged(can);
    }
}

void TaskQueuePage::clearViews()
{
    results_->clear();
    lanes_->clear();
    queue_->clear();
    incidents_->clear();
    busy_.clear();
    doneNumbers_.clear();
    killedTask_ = 0;
    killedPid_ = 0;
    killText_.clear();
    killLabel_->clear();
    total_ = 0;
    runClock_.invalidate();
    totals_->setNumbers({});
}

void TaskQueuePage::resetPage()
{
    if (isRunning())
        return;
    clearViews();
    setStatus(QString(), false);
}

void TaskQueuePage::run()
{
    if (!canRun()) {
        // Said on the page, never a silent Run that does nothing.
        if (!controls_->brokerError().isEmpty())
            //: %1 says what is wrong with the broker URL
            setStatus(tr("Cannot run: %1").arg(controls_->brokerError()), true);
        return;
    }
    clearViews();
    const TaskQueueSession::Setup setup = controls_->setup();
    TaskQueueRun::Config config;
    config.numbers = controls_->numbers();
    config.origin = QStringLiteral("concurrency-lab");
    runNumberList_ = config.numbers;
    runNumbers_ = SequentialBaseline::fingerprint(config.numbers);
    total_ = static_cast<qsizetype>(config.numbers.size());
    sessionUp_ = false;
    killable_ = setup.node.pool == CeleryPool::Prefork && setup.nodes > 0;

    auto share = std::make_shared<TaskQueueRunShare>();
    share->setSession(roomSession_);
    share->setKeep(roomSession_ != nullptr);
    share_ = share;
    const bool haveSession = roomSession_ != nullptr;
    if (haveSession)
        config.broker = roomSession_->broker();
    if (setup.broker)
        //: %1 is the broker's URL with its password hidden; %n local worker nodes
        setStatus(tr("Checking the broker at %1 and starting %n worker node(s)…", nullptr, setup.nodes)
                      .arg(setup.broker->displayString()),
                  false);
    else if (!haveSession)
        setStatus(tr("Starting redis-server and %n worker node(s)…", nullptr, setup.nodes), false);

    runSession_->begin();
    auto stages = stages_->inbox();
    auto started = started_->inbox();
    auto done = done_->inbox();
    auto incidents = incidentChannel_->inbox();
    auto samples = samples_->inbox();
    std::function<Outcome()> work = [share, setup, config, stages, started, done, incidents, samples]() mutable {
        Outcome out;
        std::shared_ptr<TaskQueueSession> session = share->session();
        if (!session) {
            stages->push(Stage{Stage::Kind::Starting, {}});
            session = std::make_shared<TaskQueueSession>();
            if (!session->start(setup)) {
                out.startError = session->error();
                return out; // the session stopped everything it had started
            }
            share->setSession(session);
            config.broker = session->broker();
        }
        const CeleryInterpreter celery = CeleryLocator::find();
        //: what runs the tasks: %1 the interpreter with Celery, %2 the broker's URL (password hidden)
        stages->push(Stage{Stage::Kind::Up, TaskQueuePage::tr("%1 · broker %2")
                                                .arg(celery.ok() ? celery.describe() : celery.error,
                                                     session->broker().displayString())});
        session.reset(); // the share holds it now; Kill reaches it there
        TaskQueueRun run(config);
        if (share->attach(&run)) {
            TaskQueueRun::Callbacks callbacks;
            callbacks.onStarted = [started](const TaskStarted &e) { started->push(e); };
            callbacks.onDone = [done](const TaskDone &e) { done->push(e); };
            callbacks.onIncident = [incidents](const TaskIncident &e) { incidents->push(e); };
            callbacks.onQueue = [samples](const QueueSample &e) { samples->push(e); };
            out.summary = run.exec(callbacks);
            out.ran = true;
        } else {
            out.summary.cancelled = true;
        }
        std::shared_ptr<TaskQueueSession> toStop;
        share->release(&toStop);
        // Dropped here, not on the GUI thread: its last owner stops it, and
        // nodes take a moment to end. Only the last owner, so a room being
        // closed on a pool thread never sees it stopped under it.
        toStop.reset();
        // A node stopped mid-task may have stored its state after the run
        // cleaned up: once the nodes are gone, clean up again.
        if (out.ran && out.summary.cancelled)
            run.clearBroker();
        return out;
    };
    runSession_->start<Outcome>(std::move(work), [share] { share->cancel(); });
    lanes_->setLive(true);
    emit runningChanged(true);
    updateControls();
    updateTotals(false);
}

void TaskQueuePage::stop()
{
    if (runSession_->isRunning())
        runSession_->stop();
    if (sequential_->isRunning())
        sequential_->stop();
}

void TaskQueuePage::showStages(std::vector<Stage> &&batch)
{
    for (const Stage &stage : batch) {
        if (stage.kind == Stage::Kind::Up) {
            sessionUp_ = true;
            runClock_.start();
            setStatus(stage.text, false);
            // Asked for while the session was starting: open it now.
            if (roomToggle_->isChecked() && roomUrl_.host.isEmpty() && !roomBusy_)
                roomToggled(true);
        }
    }
    updateControls();
}

void TaskQueuePage::showStarted(std::vector<TaskStarted> &&batch)
{
    // The channels drain in turn, so a task's start can come after its
    // result: a number that is done is not busy.
    for (const TaskStarted &s : batch)
        if (!doneNumbers_.count(s.n))
            busy_[s.n] = s.pid;
    lanes_->addStarted(batch);
}

void TaskQueuePage::showDone(std::vector<TaskDone> &&batch)
{
    for (const TaskDone &d : batch) {
        busy_.erase(d.result.n);
        doneNumbers_.insert(d.result.n);
    }
    lanes_->addDone(batch);
    results_->append(batch);
    updateTotals(false);
}

void TaskQueuePage::showIncidents(std::vector<TaskIncident> &&batch)
{
    for (const TaskIncident &incident : batch) {
        QString text;
        switch (incident.kind) {
        case TaskIncident::Kind::Malformed:
            //: %1 is the number, %2 what was wrong with its result
            text = tr("Malformed result for %1, asked again: %2").arg(incident.n).arg(incident.why);
            break;
        case TaskIncident::Kind::Lost:
            //: %1 is the number, %2 why it was lost
            text = tr("Lost: %1 (%2)").arg(incident.n).arg(incident.why);
            break;
        case TaskIncident::Kind::Redelivered:
            //: %1 is the number whose worker died; the broker gave it to another
            text = tr("Redelivered: %1, its first worker died").arg(incident.n);
            break;
        }
        auto *item = new QListWidgetItem(text, incidents_);
        item->setForeground(incident.kind == TaskIncident::Kind::Redelivered ? theme::text : theme::wrong);
        incidents_->scrollToItem(item);
        if (incident.n == killedTask_ && killedPid_ != 0) {
            if (incident.kind == TaskIncident::Kind::Redelivered)
                //: %1 is a pid, %2 the number it was checking
                killText_ = tr("Killed pool process %1: its task %2 went back to the queue and another worker "
                               "took it (late acks).")
                                .arg(killedPid_)
                                .arg(killedTask_);
            else if (incident.kind == TaskIncident::Kind::Lost)
                //: %1 is a pid, %2 the number it was checking
                killText_ = tr("Killed pool process %1: its task %2 is lost (no late acks).")
                                .arg(killedPid_)
                                .arg(killedTask_);
            killLabel_->setText(killText_);
        }
    }
}

void TaskQueuePage::killPoolProcess()
{
    if (!share_ || !sessionUp_)
        return;
    std::set<qint64> busy;
    for (const auto &[n, pid] : busy_)
        busy.insert(pid);
    const qint64 pid = share_->killOnePoolProcess(busy);
    if (pid == 0) {
        killText_ = tr("No pool process to kill: only a prefork node on this machine has them.");
    } else {
        killedPid_ = pid;
        killedTask_ = 0;
        for (const auto &[n, p] : busy_)
            if (p == pid)
                killedTask_ = n;
        if (killedTask_ != 0)
            //: %1 is a pid, %2 the number it was checking
            killText_ = tr("Killed pool process %1 in the middle of %2. Watch the incidents: redelivered, or lost.")
                            .arg(pid)
                            .arg(killedTask_);
        else
            //: %1 is a pid
            killText_ = tr("Killed pool process %1 (it was idle). Celery starts another.").arg(pid);
    }
    killLabel_->setText(killText_);
}

void TaskQueuePage::runEnded()
{
    const Outcome *out = runSession_->outcome<Outcome>();
    lanes_->setLive(false);
    sessionUp_ = false;
    if (std::shared_ptr<TaskQueueRunShare> share = std::move(share_)) {
        // A session the open room keeps: the engine thread left it in the
        // share. Taken out of it, since the finished run's closure still
        // holds the share, and a session closed later must not live on there.
        std::shared_ptr<TaskQueueSession> kept = share->session();
        share->setSession(nullptr);
        if (roomToggle_->isChecked() && !roomSession_)
            roomSession_ = std::move(kept);
    }
    if (!out) {
        setStatus(tr("The run ended without an outcome."), true);
    } else if (!out->startError.isEmpty()) {
        //: %1 says why the broker or the worker nodes could not start
        setStatus(tr("Could not start: %1").arg(out->startError), true);
        totals_->setNumbers({});
    } else if (!out->summary.error.isEmpty()) {
        QString text = tr("The run failed: %1").arg(out->summary.error);
        if (!out->summary.left.empty()) {
            QStringList left;
            for (std::uint64_t n : out->summary.left)
                left << QString::number(n);
            //: %1 lists the numbers that got no result
            text += u' ' + tr("No result for: %1.").arg(left.join(QStringLiteral(", ")));
        }
        setStatus(text, true);
    } else if (out->summary.cancelled) {
        setStatus(tr("Stopped: the tasks not yet started were taken back off the queue."), false);
    } else if (!out->summary.lost.empty()) {
        QStringList lost;
        for (std::uint64_t n : out->summary.lost)
            lost << QString::number(n);
        //: %1 lists the numbers whose tasks were lost
        setStatus(tr("Done, but these tasks were lost: %1.").arg(lost.join(QStringLiteral(", "))), true);
    } else {
        setStatus(tr("Done: every number came back from the workers."), false);
    }
    if (out && out->ran)
        updateTotals(true);
    const bool whole = out && out->ran && out->summary.ok() && out->summary.lost.empty();
    if (whole && startSequentialBaseline())
        return; // finishRun() when it ends
    finishRun();
}

bool TaskQueuePage::startSequentialBaseline()
{
    if (runNumberList_.empty() || sequentialWall_.contains(runNumbers_))
        return false;
    //: the speedup needs a sequential run of the same numbers in real CPython
    setStatus(tr("Done. Now timing the same numbers sequentially in CPython (primes_sequential.py), for the "
                 "speedup…"),
              false);
    PrimesConfig config;
    config.model = PrimesModel::Sequential;
    config.workers = 1;
    config.numbers = runNumberList_;
    sequential_->startPrimes(config, CPythonFollowUp::options(settings_));
    updateControls();
    return true;
}

void TaskQueuePage::sequentialEnded(const CPythonSide &side)
{
    if (side.summary && side.summary->ok() && side.error.isEmpty()) {
        sequentialWall_.insert(runNumbers_, side.summary->wall);
        setStatus(tr("Done: every number came back from the workers."), false);
    } else {
        //: %1 why the sequential CPython run could not time the numbers
        setStatus(tr("Done; the sequential CPython run for the speedup did not finish: %1")
                      .arg(side.error.isEmpty() && side.summary ? side.summary->error : side.error),
                  !side.error.isEmpty() || (side.summary && !side.summary->cancelled));
    }
    updateTotals(true);
    finishRun();
}

void TaskQueuePage::finishRun()
{
    emit runningChanged(false);
    updateControls();
    if (roomToggle_->isChecked() && !roomSession_ && !roomBusy_)
        roomToggled(true); // the room was asked for while the run started: open it now
}

void TaskQueuePage::updateTotals(bool ended)
{
    TaskQueueTotals::Numbers n;
    n.total = total_;
    n.tasks = results_->rowCount();
    n.lanes = lanes_->laneCount();
    n.sumElapsed = results_->sumOfElapsed();
    n.sequentialCPython = sequentialWall_.value(runNumbers_, 0.0);
    n.ended = ended;
    if (ended) {
        const Outcome *out = runSession_->outcome<Outcome>();
        n.wall = out ? out->summary.wall : 0.0;
        if (out && out->summary.lanes > 0)
            n.lanes = out->summary.lanes;
    } else {
        n.wall = runClock_.isValid() ? runClock_.nsecsElapsed() / 1e9 : 0.0;
    }
    totals_->setNumbers(n);
}

void TaskQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange && totals_) {
        totals_->fitToFont(font());
        fitTable();
    }
    ExperimentPage::changeEvent(event);
}

} // namespace conlab
