// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/audience/audiencecontroller.h"

#include "core/audience/audienceservice.h"
#include "core/audience/lanaddress.h"
#include "core/vote/tallycsv.h"
#include "ui/audience/audiencestrip.h"
#include "ui/audience/joinoverlay.h"
#include "ui/engine/filejob.h"
#include "ui/pages/experimentpage.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QStandardPaths>

namespace conlab {

namespace {
QuestionTexts inWindowLanguage(const AudienceQuestion &q)
{
    const auto t = [](const PhoneText &p) { return QCoreApplication::translate(p.context, p.source); };
    QuestionTexts texts{t(q.question), {}, {}};
    for (const PhoneText &a : q.answers)
        texts.answers << t(a);
    for (const PhoneText &o : q.outcomes)
        texts.outcomes << t(o);
    return texts;
}
} // namespace

AudienceController::AudienceController(QWidget *pageArea, QObject *parent) : QObject(parent), pageArea_(pageArea)
{
    service_ = new AudienceService(this);
    toggle_ = new QAction(this);
    toggle_->setObjectName(QStringLiteral("audienceToggle"));
    toggle_->setCheckable(true);
    showJoin_ = new QAction(this);
    showJoin_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    countsLive_ = new QAction(this);
    countsLive_->setCheckable(true);
    export_ = new QAction(this);
    export_->setEnabled(false); // until a round is revealed
    strip_ = new AudienceStrip(showJoin_, pageArea->parentWidget());
    connect(strip_, &AudienceStrip::turnOffRequested, this, &AudienceController::stop);
    strip_->hide();
    overlay_ = new JoinOverlay(pageArea);

    connect(toggle_, &QAction::triggered, this, [this](bool on) {
        if (!on) {
            stop();
            return;
        }
        QString error;
        if (!start({}, &error)) {
            toggle_->setChecked(false);
            //: %1 why the listener could not start
            emit message(tr("Audience is off: %1").arg(error));
        }
    });
    connect(showJoin_, &QAction::triggered, this, [this] {
        if (isOn())
            overlay_->showOver();
    });
    connect(countsLive_, &QAction::toggled, service_, &AudienceService::setCountsShownLive);
    connect(export_, &QAction::triggered, this, &AudienceController::exportCsv);
    connect(service_, &AudienceService::tallyChanged, this, &AudienceController::onTallyChanged);
    pageArea->installEventFilter(this);
    retranslate();
    stop();
}

AudienceController::~AudienceController() = default;

bool AudienceController::isOn() const
{
    return service_->isListening();
}

bool AudienceController::start(AudienceOptions options, QString *error)
{
    if (options.bind.isNull()) {
        const QString lan = lanIPv4Address();
        if (lan.isEmpty()) {
            *error = tr("this machine has no network address phones could reach; "
                        "connect to the room's network, or give --audience-bind");
            return false;
        }
        options.bind = QHostAddress(lan);
    }
    if (!service_->start(options, error))
        return false;
    loopbackOnly_ = options.bind.isLoopback();
    toggle_->setChecked(true);
    showJoin_->setEnabled(true);
    countsLive_->setEnabled(true);
    strip_->setAddress(service_->url(), service_->code(), loopbackOnly_);
    overlay_->setAddress(service_->url(), service_->joinUrl(), service_->code(), loopbackOnly_);
    strip_->show();
    openRoundForPage();
    overlay_->showOver(); // the room needs the code first
    return true;
}

void AudienceController::stop()
{
    service_->stop();
    toggle_->setChecked(false);
    showJoin_->setEnabled(false);
    countsLive_->setEnabled(false);
    overlay_->hide();
    strip_->hide();
    if (page_)
        page_->showRoomTally(std::nullopt);
}

void AudienceController::setCurrentPage(ExperimentPage *page)
{
    if (page_)
        disconnect(page_, nullptr, this, nullptr);
    page_ = page;
    if (page_) {
        connect(page_, &ExperimentPage::questionAsked, this, &AudienceController::openRoundForPage);
        connect(page_, &ExperimentPage::runningChanged, this, &AudienceController::onRunningChanged);
        connect(page_, &ExperimentPage::revealed, this, &AudienceController::onRevealed);
    }
    openRoundForPage();
}

void AudienceController::openRoundForPage()
{
    if (!isOn())
        return;
    const std::optional<AudienceQuestion> q = page_ ? page_->audienceQuestion() : std::nullopt;
    if (!q || page_->isRunning()) {
        service_->clearRound();
        return;
    }
    service_->openRound(*q, inWindowLanguage(*q));
    page_->showRoomTally(std::nullopt);
}

void AudienceController::onRunningChanged(bool running)
{
    // Run closes the round before the first frame can give the answer away,
    // and the join screen goes: the room watches the run.
    if (running && isOn()) {
        service_->closeRound();
        overlay_->hide();
    }
}

void AudienceController::onRevealed()
{
    if (!isOn() || !page_)
        return;
    const std::optional<int> outcome = page_->audienceOutcome();
    const RoundTally before = service_->tally();
    if (!outcome || before.round == 0 || before.open)
        return;
    service_->reveal(*outcome);
    const RoundTally t = service_->tally();
    if (!t.revealed)
        return;
    if (rounds_.empty() || rounds_.back().round != t.round)
        rounds_.push_back(t);
    else
        rounds_.back() = t;
    export_->setEnabled(true);
    page_->showRoomTally(t);
}

void AudienceController::onTallyChanged()
{
    const RoundTally t = service_->tally();
    const bool hasQuestion = page_ && page_->audienceQuestion().has_value();
    strip_->setTally(t, hasQuestion);
    overlay_->setTally(t, hasQuestion);
    export_->setEnabled(!rounds_.empty());
}

void AudienceController::exportCsv()
{
    if (rounds_.empty())
        return;
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/room-votes.csv");
    const QString path = QFileDialog::getSaveFileName(pageArea_->window(), tr("Export the room's votes"), start,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const std::vector<RoundTally> rounds = rounds_; // a copy: the job runs off the GUI thread
    FileJob::exportFrom(pageArea_->window(), path, [rounds] { return TallyCsv::write(rounds); });
}

void AudienceController::retranslate()
{
    toggle_->setText(tr("&Audience: the room votes from phones"));
    toggle_->setToolTip(tr("Serve a voting page on the local network, with a QR code and a session code"));
    showJoin_->setText(tr("Show the &join code"));
    showJoin_->setIconText(tr("Join code"));
    countsLive_->setText(tr("Show the &counts while voting"));
    countsLive_->setToolTip(tr("Off: the room sees the counts only at the reveal, so nobody follows the crowd"));
    export_->setText(tr("&Export the room's votes (CSV)…"));
}

bool AudienceController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == pageArea_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace conlab
