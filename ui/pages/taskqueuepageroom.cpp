// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// TaskQueuePage, T3: "Open to the room". The app's Redis then also listens
// on the LAN, for the ACL user `worker`, and the session outlives each run,
// so machines that joined keep working for the next one. Starting the
// session, opening and closing the room all talk to redis-server or start
// processes, so they run off the GUI thread.
#include "ui/pages/taskqueuepage.h"

#include "core/audience/lanaddress.h"
#include "ui/taskqueue/roompanel.h"
#include "ui/taskqueue/taskqueuecontrols.h"
#include "ui/taskqueue/taskqueuerunshare.h"

#include <QCheckBox>
#include <QtConcurrent>

namespace conlab {

namespace {
// Stops a session (and closes its room first) on a pool thread: its nodes
// take a moment to end, and the GUI thread never waits for them.
void stopInBackground(std::shared_ptr<TaskQueueSession> session, bool closeRoom)
{
    if (!session)
        return;
    QThreadPool::globalInstance()->start([session = std::move(session), closeRoom]() mutable {
        if (closeRoom && session->embedded())
            session->embedded()->closeToRoom();
        session.reset(); // the last owner stops it
    });
}
} // namespace

void TaskQueuePage::connectRoom()
{
    connect(roomToggle_, &QCheckBox::toggled, this, &TaskQueuePage::roomToggled);
    connect(&roomStart_, &QFutureWatcherBase::finished, this, [this] {
        const QString error = roomStart_.result();
        std::shared_ptr<TaskQueueSession> session =
            roomStartSlot_ ? std::move(roomStartSlot_->session) : std::shared_ptr<TaskQueueSession>();
        roomStartSlot_.reset();
        roomBusy_ = false;
        if (!session) {
            //: %1 says why the broker or the worker nodes could not start
            roomPanel_->setStatus(tr("Could not open to the room: %1").arg(error), true);
            const QSignalBlocker block(roomToggle_);
            roomToggle_->setChecked(false);
            updateControls();
            return;
        }
        if (!roomToggle_->isChecked()) { // turned off while it started
            stopInBackground(std::move(session), false);
            updateControls();
            return;
        }
        roomSession_ = std::move(session);
        openRoomOn(roomSession_);
    });
    connect(&roomOpen_, &QFutureWatcherBase::finished, this, [this] {
        const auto [room, error] = roomOpen_.result();
        roomOpened(room, error);
    });
}

void TaskQueuePage::roomToggled(bool on)
{
    if (!on) {
        closeRoom();
        return;
    }
    if (roomBusy_)
        return;
    if (isRunning()) {
        // The run's session, once it is up; until then showStages() opens it.
        if (std::shared_ptr<TaskQueueSession> session = share_ ? share_->session() : nullptr) {
            share_->setKeep(true);
            openRoomOn(std::move(session));
        } else {
            roomPanel_->setStatus(tr("The room opens as soon as the broker is up."), false);
        }
        return;
    }
    if (roomSession_) {
        openRoomOn(roomSession_);
        return;
    }
    // Idle: the room needs a broker to join, and the local nodes beside it.
    const TaskQueueSession::Setup setup = controls_->setup();
    roomBusy_ = true;
    roomPanel_->setStatus(tr("Starting redis-server and %n worker node(s) for the room…", nullptr, setup.nodes), false);
    updateControls();
    roomStartSlot_ = std::make_shared<RoomStart>();
    roomStart_.setFuture(QtConcurrent::run([setup, slot = roomStartSlot_]() -> QString {
        auto session = std::make_shared<TaskQueueSession>();
        if (!session->start(setup))
            return session->error();
        slot->session = std::move(session);
        return {};
    }));
}

void TaskQueuePage::openRoomOn(std::shared_ptr<TaskQueueSession> session)
{
    const QString lan = lanIPv4Address();
    if (lan.isEmpty()) {
        roomOpened({}, tr("this machine has no IPv4 address on a network that is up"));
        return;
    }
    if (!session || !session->embedded()) {
        roomOpened({}, tr("only the app's own Redis can be opened to the room"));
        return;
    }
    roomBusy_ = true;
    updateControls();
    roomOpen_.setFuture(QtConcurrent::run([session, lan]() -> std::pair<BrokerUrl, QString> {
        EmbeddedBroker *broker = session->embedded();
        const BrokerUrl room = broker->openToRoom(lan);
        return {room, room.host.isEmpty() ? broker->error() : QString()};
    }));
}

void TaskQueuePage::roomOpened(const BrokerUrl &room, const QString &error)
{
    roomBusy_ = false;
    if (!error.isEmpty() || room.host.isEmpty()) {
        //: %1 says why the broker could not listen on the LAN
        roomPanel_->setStatus(tr("Could not open to the room: %1").arg(error), true);
        const QSignalBlocker block(roomToggle_);
        roomToggle_->setChecked(false);
        if (share_)
            share_->setKeep(false);
        if (!isRunning())
            dropRoomSession();
        roomSession_.reset();
        updateControls();
        return;
    }
    if (!roomToggle_->isChecked()) { // turned off while it opened
        closeRoom();
        return;
    }
    roomUrl_ = room;
    roomPanel_->setRoom(room, WorkerNode::poolName(controls_->pool()), controls_->concurrency());
    updateControls();
}

void TaskQueuePage::closeRoom()
{
    roomPanel_->clearRoom();
    const bool wasOpen = !roomUrl_.host.isEmpty();
    roomUrl_ = BrokerUrl{};
    if (roomBusy_) {
        updateControls();
        return; // the watcher's end sees the box unchecked and undoes it
    }
    if (isRunning() && share_) {
        // The run goes on; its session ends with it.
        share_->setKeep(false);
        roomSession_.reset();
        if (wasOpen)
            if (std::shared_ptr<TaskQueueSession> session = share_->session())
                QThreadPool::globalInstance()->start([session] {
                    if (session->embedded())
                        session->embedded()->closeToRoom();
                });
    } else {
        dropRoomSession();
    }
    updateControls();
}

void TaskQueuePage::dropRoomSession()
{
    stopInBackground(std::move(roomSession_), true);
    roomSession_.reset();
}

} // namespace conlab
