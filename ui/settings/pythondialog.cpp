// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/settings/pythondialog.h"

#include "ui/settings/pythonprobe.h"
#include "ui/settings/settings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace conlab {

PythonDialog::PythonDialog(Settings *settings, QWidget *parent) : QDialog(parent), settings_(settings)
{
    probe_ = new PythonProbe(this);
    connect(probe_, &PythonProbe::answered, this, &PythonDialog::showAnswer);

    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    onPath_ = new QRadioButton(this);
    chosen_ = new QRadioButton(this);
    path_ = new QLineEdit(this);
    path_->setClearButtonEnabled(true);
    browse_ = new QPushButton(this);
    found_ = new QLabel(this);
    gilOff_ = new QLabel(this);
    for (QLabel *l : {found_, gilOff_}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    recheck_ = new QPushButton(this);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->addButton(recheck_, QDialogButtonBox::ActionRole);

    auto *choiceGrid = new QGridLayout;
    choiceGrid->addWidget(onPath_, 0, 0, 1, 3);
    choiceGrid->addWidget(chosen_, 1, 0);
    choiceGrid->addWidget(path_, 1, 1);
    choiceGrid->addWidget(browse_, 1, 2);
    choiceGrid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(choiceGrid);
    layout->addWidget(found_);
    layout->addWidget(gilOff_);
    layout->addStretch(1);
    layout->addWidget(buttons_);

    // Typing probes once the lecturer pauses, not at every key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(400);
    connect(typing, &QTimer::timeout, this, &PythonDialog::probe);
    connect(path_, &QLineEdit::textEdited, this, [this, typing] {
        chosen_->setChecked(true);
        typing->start();
    });
    connect(onPath_, &QRadioButton::toggled, this, [this](bool onPath) {
        path_->setEnabled(!onPath);
        if (!onPath)
            path_->setFocus(); // the next thing to do is to type the path
        probe();
    });
    connect(browse_, &QPushButton::clicked, this, &PythonDialog::browse);
    connect(recheck_, &QPushButton::clicked, this, &PythonDialog::probe);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        settings_->setCpythonInterpreter(choice());
        accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    setChoice(settings_->cpythonInterpreter());
    // At 1024x768 the dialog stays well inside the screen; the texts wrap.
    resize(600, sizeHint().height());
    fitHeight();
}

QString PythonDialog::choice() const
{
    return chosen_->isChecked() ? path_->text().trimmed() : QString();
}

void PythonDialog::setChoice(const QString &path)
{
    path_->setText(path);
    const bool onPath = path.trimmed().isEmpty();
    {
        // One probe below, not a second one from the toggle.
        const QSignalBlocker block(onPath_);
        (onPath ? onPath_ : chosen_)->setChecked(true);
    }
    path_->setEnabled(!onPath);
    probe();
}

QString PythonDialog::foundText() const
{
    return found_->text();
}

QString PythonDialog::gilOffText() const
{
    return gilOff_->text();
}

bool PythonDialog::isProbing() const
{
    return probe_->isBusy();
}

void PythonDialog::browse()
{
    const QString start = path_->text().isEmpty() ? QStringLiteral("/usr/bin") : path_->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a CPython interpreter"), start);
    if (file.isEmpty())
        return;
    path_->setText(file);
    chosen_->setChecked(true);
    probe();
}

void PythonDialog::probe()
{
    if (chosen_->isChecked() && path_->text().trimmed().isEmpty()) {
        answered_ = false;
        found_->setText(tr("Type or choose the interpreter's path."));
        gilOff_->clear();
        found_->setStyleSheet(QString());
        buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    answered_ = false;
    found_->setText(tr("Asking the interpreter…"));
    found_->setStyleSheet(QString());
    gilOff_->clear();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(true);
    probe_->probe(choice());
}

void PythonDialog::showAnswer(const PythonInterpreter &interpreter, const PythonInterpreter &freeThreaded)
{
    interpreter_ = interpreter;
    freeThreaded_ = freeThreaded;
    answered_ = true;
    // A bad choice is said in red, and can still be stored: the pages then
    // say the same when they would run it.
    const QString problem = QStringLiteral("color: #b00020");
    if (interpreter.ok()) {
        //: %1 an interpreter such as "CPython 3.11.2 (/usr/bin/python3)"
        found_->setText(interpreter.freeThreaded
                            ? tr("Found %1: free-threaded, so GIL off can run in it too.").arg(interpreter.describe())
                            //: %1 an interpreter such as "CPython 3.11.2 (/usr/bin/python3)"
                            : tr("Found %1, with the GIL (not free-threaded).").arg(interpreter.describe()));
        found_->setStyleSheet(QString());
    } else {
        found_->setText(interpreter.error);
        found_->setStyleSheet(problem);
    }
    if (freeThreaded.ok()) {
        //: %1 an interpreter such as "CPython 3.13.1 free-threaded (/usr/bin/python3.13t)"
        gilOff_->setText(tr("GIL off runs in %1, with PYTHON_GIL=0.").arg(freeThreaded.describe()));
        gilOff_->setStyleSheet(QString());
    } else {
        gilOff_->setText(freeThreaded.error);
        gilOff_->setStyleSheet(QString());
    }
    fitHeight();
}

void PythonDialog::fitHeight()
{
    // The answers wrap to more lines than the dialog had room for when it
    // opened; a top-level window does not grow for them by itself.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void PythonDialog::retranslateUi()
{
    setWindowTitle(tr("CPython Interpreter"));
    intro_->setText(tr("The CPython that runs the book's listings beside the emulation: "
                       "\"Run in CPython too\" and the sweep's CPython series."));
    onPath_->setText(tr("&python3 on PATH"));
    chosen_->setText(tr("&This interpreter:"));
    path_->setPlaceholderText(tr("/usr/bin/python3"));
    browse_->setText(tr("&Browse…"));
    recheck_->setText(tr("Check &again"));
    if (answered_)
        showAnswer(interpreter_, freeThreaded_);
}

void PythonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace conlab
