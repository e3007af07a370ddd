// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/taskqueue/roompanel.h"

#include "core/cpython/listingstage.h"
#include "ui/theme/palette.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace conlab {

RoomPanel::RoomPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("roomPanel"));
    // A strong border and a pale fill: the room must see at a glance that
    // this broker is reachable from the LAN while it is.
    setFrameShape(QFrame::Box);
    setLineWidth(3);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme::replayBannerFill);
    pal.setColor(QPalette::WindowText, theme::wrong);
    setPalette(pal);

    banner_ = new QLabel(this);
    banner_->setObjectName(QStringLiteral("roomBanner"));
    banner_->setWordWrap(true);
    QFont big = banner_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    banner_->setFont(big);
    QPalette textPal = palette();
    textPal.setColor(QPalette::WindowText, theme::text);
    joinLabel_ = new QLabel(this);
    joinLabel_->setPalette(textPal);
    celeryLabel_ = new QLabel(this);
    celeryLabel_->setPalette(textPal);
    join_ = new QLineEdit(this);
    join_->setObjectName(QStringLiteral("roomJoinCommand"));
    join_->setReadOnly(true);
    celery_ = new QLineEdit(this);
    celery_->setObjectName(QStringLiteral("roomCeleryCommand"));
    celery_->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF());
    join_->setFont(mono);
    celery_->setFont(mono);
    copy_ = new QPushButton(this);
    save_ = new QPushButton(this);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("roomStatus"));
    status_->setWordWrap(true);
    status_->setPalette(textPal);
    connect(copy_, &QPushButton::clicked, this, &RoomPanel::copyCommands);
    connect(save_, &QPushButton::clicked, this, &RoomPanel::saveTasksModule);

    auto *grid = new QGridLayout;
    grid->addWidget(joinLabel_, 0, 0);
    grid->addWidget(join_, 0, 1);
    grid->addWidget(copy_, 0, 2);
    grid->addWidget(celeryLabel_, 1, 0);
    grid->addWidget(celery_, 1, 1);
    grid->addWidget(save_, 1, 2);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(banner_);
    layout->addLayout(grid);
    layout->addWidget(status_);
    retranslateUi();
    clearRoom();
}

void RoomPanel::setRoom(const BrokerUrl &room, const QString &pool, int concurrency)
{
    room_ = room;
    pool_ = pool;
    concurrency_ = concurrency;
    join_->setText(joinCommand());
    join_->setCursorPosition(0);
    celery_->setText(celeryCommand());
    celery_->setCursorPosition(0);
    status_->clear();
    status_->hide();
    // setStatus() hid it while the room was opening.
    banner_->show();
    for (QWidget *w : {static_cast<QWidget *>(joinLabel_), static_cast<QWidget *>(join_),
                       static_cast<QWidget *>(copy_), static_cast<QWidget *>(celeryLabel_),
                       static_cast<QWidget *>(celery_), static_cast<QWidget *>(save_)})
        w->show();
    retranslateUi();
    show();
}

void RoomPanel::clearRoom()
{
    room_ = BrokerUrl{};
    join_->clear();
    celery_->clear();
    hide();
}

void RoomPanel::setStatus(const QString &text, bool error)
{
    for (QWidget *w : {static_cast<QWidget *>(joinLabel_), static_cast<QWidget *>(join_),
                       static_cast<QWidget *>(copy_), static_cast<QWidget *>(celeryLabel_),
                       static_cast<QWidget *>(celery_), static_cast<QWidget *>(save_)})
        w->setVisible(!room_.host.isEmpty());
    banner_->setVisible(!room_.host.isEmpty());
    QPalette pal = status_->palette();
    pal.setColor(QPalette::WindowText, error ? theme::wrong : theme::text);
    status_->setPalette(pal);
    status_->setText(text);
    status_->setVisible(!text.isEmpty());
    show();
}

QString RoomPanel::joinCommand() const
{
    if (room_.host.isEmpty())
        return {};
    return QStringLiteral("concurrency-lab join ") + room_.toString();
}

QString RoomPanel::celeryCommand() const
{
    if (room_.host.isEmpty())
        return {};
    return QStringLiteral("celery -A primes_tasks -b %1 worker --pool %2 --concurrency %3")
        .arg(room_.toString(), pool_)
        .arg(concurrency_);
}

QString RoomPanel::statusText() const
{
    return status_->text();
}

void RoomPanel::retranslateUi()
{
    if (!room_.host.isEmpty())
        //: %1 is the LAN address and port of the app's Redis, as 192.168.1.20:40123
        banner_->setText(tr("Open to the room: this broker listens on the LAN at %1. Anyone with the command "
                            "below can run tasks for it.")
                             .arg(room_.host + u':' + QString::number(room_.port)));
    joinLabel_->setText(tr("With the app:"));
    celeryLabel_->setText(tr("Celery only:"));
    copy_->setText(tr("Copy"));
    copy_->setToolTip(tr("Copy both commands"));
    save_->setText(tr("Save tasks module…"));
    save_->setToolTip(tr("Save primes_tasks.py, to run the Celery line in its folder on another machine"));
}

void RoomPanel::copyCommands()
{
    if (!room_.host.isEmpty())
        QApplication::clipboard()->setText(joinCommand() + u'\n' + celeryCommand() + u'\n');
}

void RoomPanel::saveTasksModule()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save tasks module"),
                                                      QDir::home().filePath(QStringLiteral("primes_tasks.py")),
                                                      tr("Python (*.py)"));
    if (path.isEmpty())
        return;
    const QString text = ListingStage::source(QStringLiteral("primes_tasks.py"));
    // Written off the GUI thread, as every file is here (a network folder can stall).
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            //: %1 is the file's path
            setStatus(tr("Saved %1. Run the Celery line in its folder.").arg(QDir::toNativeSeparators(path)), false);
        else
            //: %1 is the file's path, %2 why it failed
            setStatus(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error), true);
    });
    watcher->setFuture(QtConcurrent::run([path, text]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return file.errorString();
        file.write(text.toUtf8());
        return file.commit() ? QString() : file.errorString();
    }));
}

void RoomPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace conlab
