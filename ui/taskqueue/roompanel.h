// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/brokerurl.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace conlab {

// T3, "Open to the room": while the app's Redis listens on the LAN, the
// page says so in a frame nobody can miss, and gives the two ways to join
// from another machine: `concurrency-lab join URL` where the app is
// installed, else the plain celery line beside a saved primes_tasks.py.
// The URL carries the room's password (the ACL user `worker`, which may run
// only what Celery needs), so it is shown only while the room is open.
class RoomPanel : public QFrame
{
    Q_OBJECT
public:
    explicit RoomPanel(QWidget *parent = nullptr);

    // The URL other machines use; an invalid one hides the panel.
    void setRoom(const BrokerUrl &room, const QString &pool, int concurrency);
    void clearRoom();
    // While opening or when it failed: one line in place of the commands.
    void setStatus(const QString &text, bool error);

    QString joinCommand() const;
    QString celeryCommand() const;
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyCommands();
    void saveTasksModule();

    QLabel *banner_ = nullptr;
    QLabel *joinLabel_ = nullptr;
    QLineEdit *join_ = nullptr;
    QLabel *celeryLabel_ = nullptr;
    QLineEdit *celery_ = nullptr;
    QPushButton *copy_ = nullptr;
    QPushButton *save_ = nullptr;
    QLabel *status_ = nullptr;
    BrokerUrl room_;
    QString pool_ = QStringLiteral("prefork");
    int concurrency_ = 2;
};

} // namespace conlab
