// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"
#include "core/taskqueue/taskqueueevents.h"
#include "core/taskqueue/taskqueuesession.h"
#include "ui/engine/runsession.h"
#include "ui/pages/experimentpage.h"
#include "ui/settings/runsettings.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>

#include <map>
#include <memory>
#include <set>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;

namespace conlab {

class CodePane;
class CPythonFollowUp;
class QueueLengthChart;
class RoomPanel;
class TaskLanesView;
class TaskQueueControls;
class TaskQueueRunShare;
class TaskQueueTotals;
class TaskResultsModel;

// Experiment 10, the chapter's last third: procs.py's job queue on a real
// broker. The app's own redis-server (or one at a URL) holds the queue and
// the results; unmodified Celery worker nodes, started here or on machines
// in the room, run primes_tasks.py. The page starts the session and the run
// off the GUI thread (core's TaskQueueSession and TaskQueueRun) and shows
// what comes back: a lane per worker process, the queue's length, the
// results in completion order with host and pid, the incidents (T4), and
// the totals with the overhead per task (T5).
class TaskQueuePage : public ExperimentPage
{
    Q_OBJECT
public:
    // How the engine thread's work ended.
    struct Outcome
    {
        QString startError; // the session could not start: nothing was sent
        bool ran = false;
        TaskQueueSummary summary;
    };
    // Where the engine thread is before the first task.
    struct Stage
    {
        enum class Kind { Starting, Up };
        Kind kind = Kind::Starting;
        QString text; // Up: what runs the tasks (Celery's version, the broker)
    };

    explicit TaskQueuePage(QWidget *parent = nullptr);
    ~TaskQueuePage() override;

    QString title() const override;
    bool canRun() const override;
    bool isRunning() const override;
    void applySettings(const RunSettings &settings) override;
    QWidget *liveView() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    // For tests and scripted lectures.
    TaskQueueControls *controls() const { return controls_; }
    TaskResultsModel *results() const { return results_; }
    TaskLanesView *lanes() const { return lanes_; }
    QueueLengthChart *queueChart() const { return queue_; }
    QListWidget *incidents() const { return incidents_; }
    RoomPanel *roomPanel() const { return roomPanel_; }
    QCheckBox *roomToggle() const { return roomToggle_; }
    QPushButton *killButton() const { return killButton_; }
    QString statusText() const;
    QString totalsText() const;
    QString killText() const;
    // The worker pid running each number now, as the page last heard.
    const std::map<std::uint64_t, qint64> &busy() const { return busy_; }
    // The session the open room keeps between runs (none while closed).
    bool hasRoomSession() const { return roomSession_ != nullptr; }

public slots:
    void run() override;
    void stop() override;
    void resetPage() override;
    // T4: SIGKILLs one pool process of a local prefork node, a busy one
    // when there is one.
    void killPoolProcess();

protected:
    void runBlockChanged() override { updateControls(); }
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslateUi();
    void fitTable();
    void updateControls();
    void setStatus(const QString &text, bool error);
    void clearViews();
    void showStages(std::vector<Stage> &&batch);
    void showStarted(std::vector<TaskStarted> &&batch);
    void showDone(std::vector<TaskDone> &&batch);
    void showIncidents(std::vector<TaskIncident> &&batch);
    void runEnded();
    // The speedup's baseline: primes_sequential.py on the same numbers in
    // real CPython, once per number list (the cores are the run's until
    // then, so it counts as part of the run). False when there is nothing
    // to time, or it is known already.
    bool startSequentialBaseline();
    void sequentialEnded(const CPythonSide &side);
    void finishRun();
    void updateTotals(bool ended);
    // Open to the room (taskqueuepageroom.cpp).
    void connectRoom();
    void roomToggled(bool on);
    void openRoomOn(std::shared_ptr<TaskQueueSession> session);
    void roomOpened(const BrokerUrl &room, const QString &error);
    void closeRoom();
    void dropRoomSession();

    TaskQueueControls *controls_ = nullptr;
    QPushButton *killButton_ = nullptr;
    QLabel *killLabel_ = nullptr;
    QCheckBox *roomToggle_ = nullptr;
    QLabel *status_ = nullptr;
    RoomPanel *roomPanel_ = nullptr;
    TaskQueueTotals *totals_ = nullptr;
    TaskLanesView *lanes_ = nullptr;
    QueueLengthChart *queue_ = nullptr;
    TaskResultsModel *results_ = nullptr;
    QTableView *table_ = nullptr;
    QListWidget *incidents_ = nullptr;
    QLabel *incidentsLabel_ = nullptr;
    CodePane *code_ = nullptr;
    QWidget *live_ = nullptr;
    QSplitter *withCode_ = nullptr;
    QSplitter *views_ = nullptr;

    RunSession *runSession_ = nullptr;
    RunSession::Channel<Stage> *stages_ = nullptr;
    RunSession::Channel<TaskStarted> *started_ = nullptr;
    RunSession::Channel<TaskDone> *done_ = nullptr;
    RunSession::Channel<TaskIncident> *incidentChannel_ = nullptr;
    RunSession::Channel<QueueSample> *samples_ = nullptr;
    std::shared_ptr<TaskQueueRunShare> share_; // the run going, if any
    bool sessionUp_ = false;                   // the run's session is up: Kill may act
    bool killable_ = false;                    // ...and it has a local prefork node
    qsizetype total_ = 0;
    QElapsedTimer runClock_;
    std::map<std::uint64_t, qint64> busy_; // number -> pid running it now
    std::set<std::uint64_t> doneNumbers_;
    std::uint64_t killedTask_ = 0;         // the number the killed process held
    qint64 killedPid_ = 0;
    QString killText_;
    bool lastCanRun_ = false;
    RunSettings settings_;
    // The speedup's baseline: sequential CPython's wall time per number list
    // (SequentialBaseline::fingerprint), measured once each.
    CPythonFollowUp *sequential_ = nullptr;
    QHash<QByteArray, double> sequentialWall_;
    QByteArray runNumbers_; // the fingerprint of the run on screen
    std::vector<std::uint64_t> runNumberList_;

    // The room (T3): the session it keeps between runs, and its URL.
    std::shared_ptr<TaskQueueSession> roomSession_;
    BrokerUrl roomUrl_;
    bool roomBusy_ = false; // starting the session or opening the room
    // The room's session as it starts: the pool thread leaves it here, not
    // in the future, whose result would keep it (and its processes) alive
    // as long as the watcher holds the future.
    struct RoomStart
    {
        std::shared_ptr<TaskQueueSession> session;
    };
    std::shared_ptr<RoomStart> roomStartSlot_;
    QFutureWatcher<QString> roomStart_;
    QFutureWatcher<std::pair<BrokerUrl, QString>> roomOpen_;
};

} // namespace conlab

Q_DECLARE_METATYPE(conlab::TaskQueuePage::Outcome)
