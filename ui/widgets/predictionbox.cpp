// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/predictionbox.h"

#include "ui/widgets/accessibletext.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace conlab {

PredictionBox::PredictionBox(QWidget *parent) : QGroupBox(parent)
{
    group_ = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(this);
    for (int i = 0; i < 3; ++i) {
        options_[i] = new QRadioButton(this);
        group_->addButton(options_[i], i + 1);
        layout->addWidget(options_[i]);
    }
    clear_ = new QPushButton(this);
    auto *row = new QHBoxLayout;
    row->addWidget(clear_);
    row->addStretch(1);
    layout->addLayout(row);
    connect(clear_, &QPushButton::clicked, this, [this] { setGuess(std::nullopt); });
    connect(group_, &QButtonGroup::idToggled, this, [this] { updateAccessibleText(); });
    retranslateUi();
}

std::optional<SpinnerOutcome> PredictionBox::guess() const
{
    const int id = group_->checkedId();
    if (id < 1 || id > 3)
        return std::nullopt;
    return static_cast<SpinnerOutcome>(id);
}

void PredictionBox::setGuess(std::optional<SpinnerOutcome> guess)
{
    if (!guess) {
        // An exclusive group never lets the last button go by itself.
        group_->setExclusive(false);
        for (QRadioButton *b : options_)
            b->setChecked(false);
        group_->setExclusive(true);
        return;
    }
    options_[static_cast<int>(*guess) - 1]->setChecked(true);
}

void PredictionBox::setMeasured(std::optional<SpinnerOutcome> outcome)
{
    measured_ = outcome;
    updateAccessibleText();
}

void PredictionBox::updateAccessibleText()
{
    // The question is the name; the description is the answer chosen and,
    // after the reveal, whether it was right.
    a11y::setName(this, title());
    const std::optional<SpinnerOutcome> g = guess();
    QString text;
    if (!g) {
        //: Screen reader: no answer to the prediction is chosen
        text = tr("no guess");
    } else {
        //: Screen reader: %1 the answer chosen, e.g. "Stutters"
        text = tr("guess: %1").arg(SpinnerVerdict::name(*g));
    }
    if (measured_) {
        //: Screen reader, after the reveal; %1 what the spinner did, e.g. "Never appears"
        const QString showed = tr("the run showed: %1").arg(SpinnerVerdict::name(*measured_));
        //: Screen reader, after the reveal: the guess matched what the run showed
        const QString right = tr("right");
        //: Screen reader, after the reveal: the guess did not match what the run showed
        const QString wrong = tr("wrong");
        if (g)
            text += QStringLiteral("; ") + (*g == *measured_ ? right : wrong);
        text += QStringLiteral("; ") + showed;
    }
    a11y::setDescription(this, text);
}

void PredictionBox::retranslateUi()
{
    setTitle(tr("Predict: what will the spinner do?"));
    //: Keyboard hint: the key 1 picks this answer
    options_[0]->setText(tr("1  Keep spinning"));
    //: Keyboard hint: the key 2 picks this answer
    options_[1]->setText(tr("2  Stutter"));
    //: Keyboard hint: the key 3 picks this answer
    options_[2]->setText(tr("3  Never appear"));
    clear_->setText(tr("No guess"));
    updateAccessibleText();
}

void PredictionBox::answerKeysIn(QWidget *page)
{
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (int i = 0; i < 3; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(keys[i]), page);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { setGuess(static_cast<SpinnerOutcome>(i + 1)); });
    }
    page->installEventFilter(this);
}

bool PredictionBox::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_3 && key->modifiers() == Qt::NoModifier) {
            setGuess(static_cast<SpinnerOutcome>(key->key() - Qt::Key_1 + 1));
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void PredictionBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace conlab
