// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepresumebanner.h"

#include "ui/sweep/sweeptext.h"
#include "ui/theme/palette.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

// The texts keep the sweep page's translation context: they were the page's,
// and the translations are filed under it.
namespace conlab {

SweepResumeBanner::SweepResumeBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("resumeBanner"));
    setStyleSheet(QStringLiteral("#resumeBanner { background: %1; border: 3px solid %2; border-radius: 4px; }")
                      .arg(theme::sweepBannerFill.name(), theme::sweepBannerBorder.name()));
    label_ = new QLabel(this);
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::PlainText);
    resume_ = new QPushButton(this);
    discard_ = new QPushButton(this);
    connect(resume_, &QPushButton::clicked, this, &SweepResumeBanner::resumeClicked);
    connect(discard_, &QPushButton::clicked, this, &SweepResumeBanner::discard);
    auto *row = new QHBoxLayout(this);
    row->addWidget(label_, 1);
    row->addWidget(resume_);
    row->addWidget(discard_);
    retranslateUi();
    hide();
}

void SweepResumeBanner::offer(const SweepListing &sweep)
{
    if (discarded_.contains(sweep.path)) {
        withdraw();
        return;
    }
    offered_ = sweep;
    retranslateUi();
    show();
}

void SweepResumeBanner::withdraw()
{
    hide();
}

QString SweepResumeBanner::text() const
{
    return isHidden() ? QString() : label_->text();
}

void SweepResumeBanner::setResumeEnabled(bool enabled)
{
    resume_->setEnabled(enabled);
}

void SweepResumeBanner::discard()
{
    // Only the offer goes: the file stays, and the list still opens it.
    if (offered_)
        discarded_.insert(offered_->path);
    withdraw();
}

void SweepResumeBanner::retranslateUi()
{
    resume_->setText(QCoreApplication::translate("conlab::SweepPage", "Resume"));
    discard_->setText(QCoreApplication::translate("conlab::SweepPage", "Discard"));
    discard_->setToolTip(QCoreApplication::translate("conlab::SweepPage",
                                                     "Hide this offer. The file stays and the list still opens it."));
    if (offered_)
        //: %1 the sweep's date, %2 runs done, %n runs in all
        label_->setText(QCoreApplication::translate("conlab::SweepPage", "An unfinished sweep from %1 (%2 of %n runs).",
                                                    nullptr, offered_->total)
                            .arg(SweepText::date(offered_->created))
                            .arg(offered_->done));
}

void SweepResumeBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace conlab
