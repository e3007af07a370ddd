// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/numbersinput.h"

#include "core/numbers/sample.h"
#include "ui/theme/palette.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace conlab {

namespace {
QString sampleText()
{
    QStringList parts;
    for (std::uint64_t n : kBookSample)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}
} // namespace

NumbersInput::NumbersInput(QWidget *parent) : QWidget(parent)
{
    field_ = new QLineEdit(this);
    field_->setMaxLength(kMaxFieldChars);
    field_->setClearButtonEnabled(true);
    loadButton_ = new QPushButton(this);
    sampleButton_ = new QPushButton(this);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout;
    row->addWidget(field_, 1);
    row->addWidget(loadButton_);
    row->addWidget(sampleButton_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(status_);

    // Parsing is fast, but a paste of 200,000 characters on every keystroke
    // would still be felt; wait for a pause in the typing.
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(150);
    connect(debounce_, &QTimer::timeout, this, &NumbersInput::validateField);
    connect(field_, &QLineEdit::textEdited, this, [this] {
        setPending();
        debounce_->start();
    });
    connect(loadButton_, &QPushButton::clicked, this, &NumbersInput::chooseFile);
    connect(sampleButton_, &QPushButton::clicked, this, &NumbersInput::useSample);
    connect(&fileWatcher_, &QFutureWatcher<NumberList>::finished, this, &NumbersInput::fileParsed);

    retranslateUi();
    useSample();
}

void NumbersInput::retranslateUi()
{
    if (!failedFile_.isEmpty())
        //: placeholder after a file of numbers could not be used; %1 its file name
        field_->setPlaceholderText(tr("%1 could not be used: type numbers here or load another file").arg(failedFile_));
    else if (fileName_.isEmpty())
        //: placeholder of the numbers field
        field_->setPlaceholderText(tr("numbers, separated by commas or spaces"));
    else
        //: placeholder while the numbers come from a file; %1 the file name
        field_->setPlaceholderText(tr("numbers from %1 (type here to replace them)").arg(fileName_));
    //: button that opens a file of numbers
    loadButton_->setText(tr("Load file…"));
    //: button that puts the book's 20 numbers back in the field
    sampleButton_->setText(tr("Book sample"));
}

void NumbersInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showStatus();
    }
    QWidget::changeEvent(event);
}

void NumbersInput::useSample()
{
    setText(sampleText());
}

void NumbersInput::setText(const QString &text)
{
    debounce_->stop();
    field_->setText(text);
    // Show the list from its start, not the end the cursor went to.
    field_->setCursorPosition(0);
    validateField();
}

// While the user types, the list is neither valid nor refused yet; Run waits.
void NumbersInput::setPending()
{
    if (valid_) {
        valid_ = false;
        emit validityChanged(false);
    }
}

void NumbersInput::validateField()
{
    pendingPath_.clear();
    if (!fileName_.isEmpty() || !failedFile_.isEmpty()) {
        fileName_.clear();
        failedFile_.clear();
        retranslateUi();
    }
    if (field_->text().size() >= kMaxFieldChars) {
        NumberList tooLong;
        //: %1 the field's limit in characters
        tooLong.error = NumberListError{tr("the field holds at most %1 characters; use Load file… for longer lists")
                                            .arg(QLocale().toString(kMaxFieldChars)),
                                        {},
                                        0,
                                        0,
                                        0};
        apply(std::move(tooLong), {});
        return;
    }
    apply(NumberListParser::parse(field_->text()), {});
}

void NumbersInput::chooseFile()
{
    //: title of the file dialog that loads numbers
    const QString path = QFileDialog::getOpenFileName(this, tr("Load numbers"), {},
                                                      //: file dialog filter
                                                      tr("Number lists (*.txt *.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void NumbersInput::loadFile(const QString &path)
{
    debounce_->stop();
    pendingPath_ = path;
    setPending();
    //: %1 file name being read
    status_->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    fileWatcher_.setFuture(QtConcurrent::run([path] { return NumberListParser::parseFile(path); }));
}

void NumbersInput::fileParsed()
{
    // A newer file, or typing since, replaced this load.
    if (pendingPath_.isEmpty())
        return;
    const QString name = QFileInfo(pendingPath_).fileName();
    pendingPath_.clear();
    NumberList list = fileWatcher_.result();
    if (list.ok()) {
        field_->clear();
        fileName_ = name;
        failedFile_.clear();
    } else {
        // The numbers of an earlier file are not what is on offer now: the
        // field must not go on naming that file, nor Run check its numbers.
        fileName_.clear();
        failedFile_ = name;
        numbers_.clear();
    }
    retranslateUi();
    apply(std::move(list), name);
}

void NumbersInput::apply(NumberList list, const QString &origin)
{
    const bool wasValid = valid_;
    error_ = list.error;
    origin_ = origin;
    valid_ = list.ok();
    if (valid_)
        numbers_ = std::move(list.numbers);
    showStatus();
    field_->setStyleSheet(valid_ || !origin.isEmpty()
                              ? QString()
                              : QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(theme::wrong.name()));
    if (valid_ != wasValid || valid_)
        emit validityChanged(valid_);
    if (valid_)
        emit numbersChanged();
}

void NumbersInput::showStatus()
{
    QPalette pal = status_->palette();
    pal.setColor(QPalette::WindowText, valid_ ? theme::mutedText : theme::wrong.darker(130));
    status_->setPalette(pal);
    if (!valid_) {
        status_->setText(errorText());
        return;
    }
    const int count = static_cast<int>(numbers_.size());
    //: %Ln how many numbers
    status_->setText(origin_.isEmpty() ? tr("%Ln numbers", nullptr, count)
                                       : //: %Ln how many numbers, %1 the file they came from
                         tr("%Ln numbers from %1", nullptr, count).arg(origin_));
}

QString NumbersInput::errorText() const
{
    if (!error_)
        return {};
    // A pasted blob without separators is one token; show its ends only.
    NumberListError shown = *error_;
    if (shown.token.size() > 48)
        shown.token = shown.token.left(32) + u'…' + shown.token.right(8);
    //: %1 file name, %2 what is wrong in it (line, column, token and reason)
    return origin_.isEmpty() ? shown.describe() : tr("%1: %2").arg(origin_, shown.describe());
}

} // namespace conlab
