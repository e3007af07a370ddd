// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QWidget>

class QLabel;

namespace conlab {

// Before any sweep is shown: what the experiment measures, with the book's
// own figure to compare against.
class SweepPreview : public QWidget
{
    Q_OBJECT
public:
    explicit SweepPreview(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitToFont();

    QLabel *text_ = nullptr;
};

} // namespace conlab
