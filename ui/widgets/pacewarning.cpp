// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/pacewarning.h"

#include "ui/theme/palette.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace conlab {

// The texts keep the spinner page's translation context, where they were
// translated before the warning became a widget of its own.
PaceWarning::PaceWarning(QWidget *parent) : QWidget(parent)
{
    text_ = new QLabel(this);
    text_->setWordWrap(true);
    text_->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(theme::paceWarningText.name()));
    usePace_ = new QPushButton(this);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(text_, 1);
    row->addWidget(usePace_, 0, Qt::AlignTop);
    connect(usePace_, &QPushButton::clicked, this, [this] { emit paceRequested(Pace::cpython()); });
    retranslateUi();
    hide();
}

void PaceWarning::check(const SpinnerConfig &next)
{
    next_ = next;
    setVisible(next.tooQuickToWatch());
    retranslateUi();
}

void PaceWarning::retranslateUi()
{
    usePace_->setText(QCoreApplication::translate("conlab::SpinnerPage", "Use the CPython pace"));
    //: %1 the pace name (native, cpython, book), %2 seconds slow() would take
    text_->setText(
        QCoreApplication::translate("conlab::SpinnerPage",
                                    "At %1 pace slow() takes about %2 s: too quick to see what the spinner does.")
            .arg(next_.pace.name())
            .arg(next_.expectedSlowSeconds(), 0, 'f', 2));
}

void PaceWarning::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace conlab
