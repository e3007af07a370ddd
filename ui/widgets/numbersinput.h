// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/numbers/numberlist.h"

#include <QFutureWatcher>
#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace conlab {

// The numbers a primes run checks: a field, a file loader and a button back
// to the book's sample, all parsed with the CLI's rules (NumberListParser).
// The field is validated as the user types; an invalid list names its
// offending token inline and makes the input invalid, which the page turns
// into a disabled Run. Files are read and parsed off the GUI thread, so a
// list of a million numbers never freezes the window; they are not pasted
// into the field, whose text would then be megabytes long.
class NumbersInput : public QWidget
{
    Q_OBJECT
public:
    // The field's limit; longer lists go through a file.
    static constexpr int kMaxFieldChars = 200'000;

    explicit NumbersInput(QWidget *parent = nullptr);

    bool isValid() const { return valid_; }
    const std::vector<std::uint64_t> &numbers() const { return numbers_; }
    QString errorText() const;
    void setText(const QString &text);
    void loadFile(const QString &path); // asynchronous; validityChanged() tells the outcome
    void useSample();

signals:
    void validityChanged(bool valid);
    void numbersChanged();

private:
    void validateField();
    void chooseFile();
    void fileParsed();
    void apply(NumberList list, const QString &origin);
    void setPending();
    void retranslateUi();
    void showStatus();
    void changeEvent(QEvent *event) override;

    QLineEdit *field_ = nullptr;
    QPushButton *loadButton_ = nullptr;
    QPushButton *sampleButton_ = nullptr;
    QLabel *status_ = nullptr;
    QTimer *debounce_ = nullptr;
    QFutureWatcher<NumberList> fileWatcher_;
    QString pendingPath_;
    std::vector<std::uint64_t> numbers_;
    std::optional<NumberListError> error_;
    QString origin_;     // the file the numbers or the error came from; empty for the field
    QString fileName_;   // where the valid numbers came from; empty for the field
    QString failedFile_; // the last file, when it could not be used; empty otherwise
    bool valid_ = false;
};

} // namespace conlab
